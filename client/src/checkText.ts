// The message after a workspace check (no vscode import: unit-tested).

import type { CheckWorkspaceResult } from '../../server/src/protocol';

/** `3 errors, 12 warnings, 40 infos` (the counts that are not zero), or `no problems`. */
export function describeCheck(r: CheckWorkspaceResult): string {
  const parts = [
    [r.errors, 'error'],
    [r.warnings, 'warning'],
    [r.infos, 'info'],
    [r.hints, 'hint'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  const cables = `${r.cables} cable${r.cables === 1 ? '' : 's'}`;
  return `Checked ${cables}: ${parts.length ? parts.join(', ') : 'no problems'}.`;
}
