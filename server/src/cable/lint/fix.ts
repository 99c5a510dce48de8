// Applying the rules' fixes to a whole text (`cable check --fix`): pass after pass, each fix whole or not at all.

import { parseCable } from '../parse';
import { applyEdits, lintCable } from './index';
import type { Fix, RuleSettings, TextEdit } from './types';

/** Passes at most: a fix may reveal another (a mangled number fixed, the numbering is checked again). */
const MAX_PASSES = 10;

/**
 * Fixes left to the editor, where a person looks at them: renumbering rewrites a cable's own numbering, which in a
 * published cable may be an extract's (`22.` first), a paragraph the copy ran into another, or a second telegram in
 * the same file.
 */
const NOT_AUTOMATIC: ReadonlySet<string> = new Set(['paragraph-sequence']);

export interface FixResult {
  text: string;
  /** How many findings were fixed (a fix shared by several findings, such as renumbering, counts for each). */
  fixed: number;
}

/** Do two edits touch the same text? An insertion touches what starts or ends where it goes (it is left to the next pass). */
const insertsInto = (a: TextEdit, b: TextEdit): boolean => a.start === a.end && b.start <= a.start && a.start <= b.end;
const overlaps = (a: TextEdit, b: TextEdit): boolean => (a.start < b.end && b.start < a.end) || insertsInto(a, b) || insertsInto(b, a);

/**
 * Applies every fix the enabled rules offer, renumbering aside. Each pass takes the fixes in text order whose edits touch no edit
 * already taken, applies them, and checks the text again; it stops when nothing is left to fix, or when a pass
 * leaves no fewer fixable findings than it found (a fix that does not take: that pass is not kept).
 */
export function fixCable(text: string, settings: RuleSettings = {}, fileName?: string): FixResult {
  const check = (t: string) => lintCable(parseCable(t, { fileName }), t, settings);
  const fixable = (list: readonly { code: string; fix?: Fix }[]) => list.filter((f) => f.fix && !NOT_AUTOMATIC.has(f.code)).length;
  let fixed = 0;
  let findings = check(text);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const taken: TextEdit[] = [];
    const chosen = new Set<Fix>();
    let fixedNow = 0;
    for (const f of findings) {
      if (!f.fix || NOT_AUTOMATIC.has(f.code)) continue;
      if (chosen.has(f.fix)) {
        fixedNow++;
        continue;
      }
      const edits = f.fix.edits;
      if (edits.length === 0 || edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
      taken.push(...edits);
      chosen.add(f.fix);
      fixedNow++;
    }
    if (taken.length === 0) break;
    const next = applyEdits(text, taken);
    if (next === text) break;
    const after = check(next);
    if (fixable(after) >= fixable(findings)) break;
    text = next;
    findings = after;
    fixed += fixedNow;
  }
  return { text, fixed };
}
