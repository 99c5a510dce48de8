// The status bar text of a cable (no vscode import, so that it can be tested anywhere).

import type { CableSummaryResult } from '../../server/src/protocol';

/** The conventional banner colours as coloured squares, legible on any status bar. */
const SQUARES: Record<string, string> = {
  UNCLASSIFIED: '🟩',
  'LIMITED OFFICIAL USE': '🟪',
  CONFIDENTIAL: '🟦',
  SECRET: '🟥',
  'TOP SECRET': '🟧',
};

/** The text of the item, e.g. `🟦 CONFIDENTIAL//NOFORN · 04ISTANBUL1019`. */
export function statusText(summary: Pick<CableSummaryResult, 'classification' | 'referenceId'>): string {
  const level = summary.classification.level;
  const label = level ? [level, ...summary.classification.caveats].join('//') : 'NO BANNER';
  return `${level ? SQUARES[level] : '$(shield)'} ${label}${summary.referenceId ? ` · ${summary.referenceId}` : ''}`;
}
