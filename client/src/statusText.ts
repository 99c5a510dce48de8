// The status bar text of a cable (no vscode import, so that it can be tested anywhere).

import type { CableSummaryResult } from '../../server/src/protocol';

/** The text of the item, e.g. `$(shield) CONFIDENTIAL//NOFORN · 04ISTANBUL1019`. */
export function statusText(summary: Pick<CableSummaryResult, 'classification' | 'referenceId'>): string {
  const level = summary.classification.level ? [summary.classification.level, ...summary.classification.caveats].join('//') : 'NO BANNER';
  return `$(shield) ${level}${summary.referenceId ? ` · ${summary.referenceId}` : ''}`;
}
