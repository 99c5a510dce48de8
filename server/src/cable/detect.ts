// Cable detection: does a plain-text file look like a cable? Used for `.txt` files by the CLI, the workspace
// index and the client's `cable.detectPlainText`.

import { matchBanner } from './banner';
import { fieldAtStart } from './fields';
import { routingLineKind } from './routing';

/**
 * True when the first 80 lines hold a classification banner and at least two of E.O., TAGS, SUBJECT and
 * Classified By, or a routing header (a `VZCZC` transmission id, or a precedence/DTG line with `FM` and `TO`).
 */
export function looksLikeCable(text: string): boolean {
  const lines = text.slice(0, 20_000).split(/\r\n|\r|\n/, 80);
  let banner = false;
  const fields = new Set<string>();
  const routing = new Set<string>();
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const kind = routingLineKind(line);
    if (kind) routing.add(kind);
    if (!banner) {
      const b = matchBanner(line);
      if (b && (b.rest === '' || b.section || b.serial)) banner = true;
    }
    const f = fieldAtStart(line)?.kind;
    if (f && f !== 'ref') fields.add(f);
    // Partial extracts run the fields together on one line.
    for (const kw of line.match(/\b(?:tags|subject|classified by)\b\s*:/gi) ?? []) {
      const k = kw.replace(/\s*:$/, '').toLowerCase();
      fields.add(k === 'classified by' ? 'classifiedBy' : k);
    }
  }
  if (banner && fields.size >= 2) return true;
  return routing.has('transmission') || (routing.has('precedence') && routing.has('from') && routing.has('to'));
}
