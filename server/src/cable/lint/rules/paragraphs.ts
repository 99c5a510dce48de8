// Paragraph rules: mangled `¶` numbers, the numbering sequence, and unterminated summaries.

import type { Fix, Rule, RuleFinding, TextEdit } from '../types';
import type { Cable, Paragraph } from '../../model';
import { findParagraphMentions } from '../../mentions';
import { blankedOut } from '../facts';

/** The paragraphs that take part in the numbering (not `2a.` sub-paragraphs, nor the items of a list in a paragraph). */
function numbered(cable: Cable): Paragraph[] {
  return cable.paragraphs.filter((p) => !p.subLetter && p.listIn === null);
}

/** The edit that writes `value` in place of a paragraph's digits (keeping `¶`, a sub-letter and the dot), or null. */
function writeNumber(p: Paragraph, text: string, value: number): TextEdit | null {
  const digits = /\d+/.exec(text.slice(p.numberSpan.start, p.numberSpan.end));
  if (!digits || digits[0] === String(value)) return null;
  const at = p.numberSpan.start + digits.index;
  return { start: at, end: at + digits[0].length, newText: String(value) };
}

/** Edits that renumber every numbered paragraph 1, 2, 3 … keeping `¶` and the written style, and its mentions. */
export function renumberEdits(cable: Cable, text: string): TextEdit[] {
  return renumbering(cable, text).edits;
}

/**
 * Renumbering: every numbered paragraph 1, 2, 3 …, and the mentions of the paragraphs in the text (`see para 4`)
 * with them, except mentions of a number that two paragraphs share (which one is meant is unknown).
 */
export function renumbering(cable: Cable, text: string): { edits: TextEdit[]; mentions: number } {
  const ps = numbered(cable);
  const edits: TextEdit[] = [];
  const renumbered = new Map<Paragraph, number>();
  const count = new Map<number, number>();
  ps.forEach((p, i) => {
    renumbered.set(p, i + 1);
    count.set(p.number, (count.get(p.number) ?? 0) + 1);
    const e = writeNumber(p, text, i + 1);
    if (e) edits.push(e);
  });
  if (edits.length === 0) return { edits, mentions: 0 };
  let mentions = 0;
  for (const m of findParagraphMentions(cable, text, cable.header?.end ?? 0, text.length)) {
    const p = cable.paragraphs[m.paragraph];
    const value = renumbered.get(p);
    const written = text.slice(m.start, m.end);
    // The digits of one number: the middle of a range (`3-5`) stands for the numbers it spans.
    if (value === undefined || count.get(p.number) !== 1 || !/^\d+$/.test(written) || Number(written) === value) continue;
    edits.push({ start: m.start, end: m.end, newText: String(value) });
    mentions++;
  }
  return { edits, mentions };
}

export const paragraphNumberMangled: Rule = {
  code: 'paragraph-number-mangled',
  group: 'Paragraphs',
  defaultSeverity: 'warning',
  description: 'A paragraph number `1N.` where N is expected: the `¶` mark before the number was turned into a `1`.',
  example: '5. (C) … 16. (C) …   (16. stands for ¶6.)',
  fixDescription: 'Writes the number meant: 16. → 6.',
  check({ cable, text }) {
    return cable.paragraphs
      .filter((p) => p.mangled)
      .map((p) => {
        const edit = writeNumber(p, text, p.number)!;
        return {
          start: p.numberSpan.start, end: p.numberSpan.end,
          message: `${p.written} stands for ¶${p.number}.: the paragraph mark was turned into a leading 1; this is paragraph ${p.number}.`,
          fix: { title: `Write ${p.number}.`, edits: [edit] },
        };
      });
  },
};

export const paragraphNumberMalformed: Rule = {
  code: 'paragraph-number-malformed',
  group: 'Paragraphs',
  defaultSeverity: 'warning',
  description: 'A paragraph number typed with a comma where its stop goes (`7, (U)`), or with no stop (`15 (SBU)`), read as the number it means.',
  example: '7, (U) See concluding paragraphs of this message …',
  fixDescription: 'Writes the stop: 7, → 7. and 15 → 15.',
  check({ cable, text }) {
    const findings: RuleFinding[] = [];
    for (const p of cable.paragraphs) {
      const end = p.numberSpan.end;
      const last = text.charCodeAt(end - 1);
      const comma = last === 44; /* , */
      // (Digits and no stop: `15 (SBU) He also called …`, 07DUBAI355; not a letter of a sub-paragraph, `2a`.)
      if (!comma && !(last >= 48 && last <= 57)) continue;
      findings.push({
        start: p.numberSpan.start, end,
        message: comma ? `${p.written} is paragraph ${p.number} typed with a comma: a paragraph number ends with a stop, ${p.number}.` : `${p.written} is paragraph ${p.number} typed without its stop: ${p.number}.`,
        fix: { title: `Write ${p.number}.`, edits: [comma ? { start: end - 1, end, newText: '.' } : { start: end, end, newText: '.' }] },
      });
    }
    return findings;
  },
};

/** The number a heading carries (`(7). (S) Transnational Terrorism`, `7. Background`), or null. */
function headingNumber(text: string): number | null {
  const m = /^\(?(\d{1,3})\)?\.?\s/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Does a heading before `before` carry the number `n`? */
function headingNumbered(cable: Cable, n: number, before: number): boolean {
  return cable.headings.some((h) => h.start < before && headingNumber(h.text) === n);
}

/**
 * Do headings between `from` and `to` carry the numbers `first` … `last - 1`, in order? Numbered titles over a rule
 * (`¶5. WMD Proliferation Financing Issues`, `¶6. Terrorist Financing Issues`, 06VIENNA515) take their place in the
 * paragraphs' numbering.
 */
function numberedHeadingsBetween(cable: Cable, first: number, last: number, from: number, to: number): boolean {
  let n = first;
  for (const h of cable.headings) if (h.start > from && h.start < to && headingNumber(h.text) === n) n++;
  return n === last;
}

/** How many lines of `text[from, to)` hold a redaction marker (`XXXXXXXXXXXX`) and nothing else. */
function redactedLines(text: string, from: number, to: number): number {
  return text.slice(from, to).match(/^[ \t]*X{6,}[ \t]*$/gm)?.length ?? 0;
}

export const paragraphSequence: Rule = {
  code: 'paragraph-sequence',
  group: 'Paragraphs',
  defaultSeverity: 'warning',
  description: 'A paragraph number that leaves a gap, repeats, or goes backwards (the items of a numbered list inside a paragraph are counted apart; a partial extract, which holds only some of the paragraphs, may leave gaps).',
  example: '1. (C) … 2. (C) … 4. (C) …',
  fixDescription: 'Renumbers all paragraphs 1, 2, 3 …, and the mentions of them in the text (`see para 4`) with them (a source action “Renumber paragraphs” does the same).',
  check({ cable, text }) {
    const ps = numbered(cable);
    const findings: RuleFinding[] = [];
    let fix: Fix | undefined;
    const renumber = () => (fix ??= new RenumberFix(cable, text));
    const seen = new Set<number>();
    const extract = cable.partialExtract !== null;
    ps.forEach((p, i) => {
      const expected = i === 0 ? 1 : ps[i - 1].number + 1;
      let problem: string | null = null;
      if (seen.has(p.number)) problem = `Paragraph ${p.number} appears twice: paragraphs are numbered once each, in order.`;
      else if (i > 0 && p.number < ps[i - 1].number) problem = `Paragraph ${p.number} comes after paragraph ${ps[i - 1].number}: paragraphs are numbered in order.`;
      // (The first paragraph may go on from numbered headings above it: `(6) (S) Indigenous Terrorism`, `(7). (S)
      // Transnational Terrorism`, then `¶8. (U) Point of contact`, 09PESHAWAR41.)
      // (Nor where the published text blanked out the paragraphs left out, number and all: `XXXXXXXXXXXX` on a line
      // of its own for each, 09BAMAKO776.)
      // (Nor in a partial extract, which holds only some of the cable's paragraphs: `¶23. (C) On bilateral relations …`
      // first, 05MADRID1317.)
      else if (p.number !== expected && !extract && !(i === 0 && headingNumbered(cable, p.number - 1, p.start)) && !(i > 0 && numberedHeadingsBetween(cable, expected, p.number, ps[i - 1].start, p.start)) && !(i > 0 && p.number > expected && (p.number - expected <= redactedLines(text, ps[i - 1].start, p.start) || blankedOut(ps[i - 1], text)))) {
        problem = i === 0 ? `The first paragraph is numbered ${p.number}: paragraphs are numbered from 1.` : `Paragraph ${p.number} follows paragraph ${ps[i - 1].number}: ${expected === p.number - 1 ? `paragraph ${expected} is` : `paragraphs ${expected}–${p.number - 1} are`} missing.`;
      }
      seen.add(p.number);
      if (problem) findings.push({ start: p.numberSpan.start, end: p.numberSpan.end, message: problem, fix: renumber() });
    });
    return findings;
  },
};

/** The renumbering fix, shared by a cable's findings and worked out when first read: a code action asks for it, a
 * diagnostic does not. */
class RenumberFix implements Fix {
  private worked: { title: string; edits: TextEdit[] } | null = null;

  constructor(
    private readonly cable: Cable,
    private readonly text: string,
  ) {}

  get title(): string {
    return this.work().title;
  }

  get edits(): TextEdit[] {
    return this.work().edits;
  }

  /** As a plain object, for JSON (`cable check --format json`). */
  toJSON(): { title: string; edits: TextEdit[] } {
    return this.work();
  }

  private work(): { title: string; edits: TextEdit[] } {
    if (!this.worked) {
      const r = renumbering(this.cable, this.text);
      const title = r.mentions > 0 ? `Renumber paragraphs 1, 2, 3 … and ${r.mentions} mention${r.mentions === 1 ? '' : 's'} of them` : 'Renumber paragraphs 1, 2, 3 …';
      this.worked = { title, edits: r.edits };
    }
    return this.worked;
  }
}

export const summaryUnterminated: Rule = {
  code: 'summary-unterminated',
  group: 'Paragraphs',
  defaultSeverity: 'warning',
  description: 'A summary opened in the text (`Summary:`) without an `End Summary`.',
  example: '1. (C) Summary: The minister agreed …   (no "End Summary." follows)',
  fixDescription: 'Inserts “End Summary.” at the end of the paragraph.',
  check({ cable, text }) {
    return cable.blocks
      .filter((b) => b.kind === 'summary' && b.style === 'inline' && !b.close)
      .map((b) => {
        const para = cable.paragraphs.find((p) => p.start <= b.start && b.start <= p.end);
        const end = para ? para.end : b.end;
        const needsSpace = end > 0 && !/\s/.test(text.charAt(end - 1));
        return {
          start: b.open.start, end: b.open.end,
          message: 'This summary has no "End Summary": close it where the summary ends so readers know where the body starts.',
          fix: { title: 'Insert "End Summary." at the end of the paragraph', edits: [{ start: end, end, newText: `${needsSpace ? ' ' : ''}End Summary.` }] },
        };
      });
  },
};
