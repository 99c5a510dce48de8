import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gluedParagraphNumberAt, paragraphNumberAt } from '../../../server/src/cable/numbers';
import { collapseSpaces } from '../../../server/src/cable/text';
import { findCloser, parseCable } from '../../../server/src/cable/parse';
import { findCableCitations, STOP_WORDS, type CableCitation } from '../../../server/src/cable/header';
import { readSeed, seedFiles } from '../../helpers/text';
import { makeCable } from '../../helpers/cables';

// The patterns the hand-written readers stand for: they must agree on every input.
const PARAGRAPH_NUMBER = (digits: number) => new RegExp(`^(¶\\s?)?(\\d{1,${digits}})([a-z])?\\s?\\.(?:\\.(?=\\s|\\())?(?!\\d)(?=\\s|\\(|$|[A-Za-z]{1,3}\\))`);
const pieces = fc.constantFrom(...'¶1234567890.()abcCSU /\t\n\u00a0x'.split(''), 'NF)', '(C)', '12.', '¶ 6.');

describe('paragraphNumberAt', () => {
  it('reads the seed forms', () => {
    expect(paragraphNumberAt('16. (C) Zibari said', 0, 3)).toMatchObject({ end: 3, pilcrow: false, letter: null });
    expect(paragraphNumberAt('¶6. (C) text', 0, 3)).toMatchObject({ end: 3, pilcrow: true });
    expect(paragraphNumberAt('2a. text', 0, 3)).toMatchObject({ end: 3, letter: 'a' });
    expect(paragraphNumberAt('1.C) text', 0, 3)).toMatchObject({ end: 2 });
    expect(paragraphNumberAt('1.5 (b)', 0, 3)).toBeNull();
    expect(paragraphNumberAt('1997. As a result', 0, 3)).toBeNull();
    expect(paragraphNumberAt('1997. As a result', 0, 4)).toMatchObject({ end: 5 });
    // 05PARIS4760 line 73: a doubled stop.
    expect(paragraphNumberAt('3.. (SBU) All elections', 0, 3)).toMatchObject({ end: 3 });
    expect(paragraphNumberAt('3... and so on', 0, 3)).toBeNull();
  });

  for (const digits of [3, 4]) {
    it(`agrees with the pattern it replaces (${digits} digits)`, () => {
      const re = PARAGRAPH_NUMBER(digits);
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
          const line = parts.join('');
          const m = re.exec(line);
          const found = paragraphNumberAt(line, 0, digits);
          expect(found === null).toBe(m === null);
          if (m && found) {
            expect(found.end).toBe(m[0].length);
            expect(found.pilcrow).toBe(m[1] !== undefined);
            expect(line.slice(found.digitsStart, found.digitsEnd)).toBe(m[2]);
            expect(found.letter).toBe(m[3] ?? null);
          }
        }),
        { numRuns: 3000 },
      );
    });
  }
});

describe('collapseSpaces', () => {
  it('agrees with replacing each run of white space by one space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '.', ''), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findCloser', () => {
  // The closers of summary and comment blocks, as the pattern it replaces finds them (words in lower, upper or title case).
  // `END COMMENT AND SUMMARY` closes both blocks.
  const pattern = { summary: /\bend\s{1,3}(?:(?:of|comment\s{1,3}and)\s{1,3})?summary\b/gi, comment: /\bend\s{1,3}(?:(?:of|summary\s{1,3}and)\s{1,3})?comment\b/gi } as const;
  const words = fc.constantFrom('end', 'End', 'END', 'of', 'OF', ' ', '  ', '\n', '\t', 'summary', 'Summary', 'SUMMARY', 'comment', 'Comment', 'COMMENT', 'x', '.', 'send', 'ends', 'proof', 'summarys', 'and', 'AND', 'band', 'end comment and', 'End Summary and');

  it('agrees with the pattern it replaces', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), fc.nat(20), fc.constantFrom('summary', 'comment'), (parts, fromSeed, kind: 'summary' | 'comment') => {
        const text = parts.join('');
        const from = fromSeed % (text.length + 1);
        const re = pattern[kind];
        re.lastIndex = from;
        const m = re.exec(text);
        const expected = m ? { at: m.index, end: m.index + m[0].length } : null;
        expect(findCloser(text, kind, from)).toEqual(expected);
        // Windows of one character and up: every closer straddles a window edge somewhere.
        for (const size of [1, 2, 3, 5, 8]) expect(findCloser(text, kind, from, size)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads one closer for both blocks (07PARIS3941: END COMMENT AND SUMMARY)', () => {
    expect(findCloser('to secure her release. END COMMENT AND\nSUMMARY.', 'summary', 0)).toEqual({ at: 23, end: 46 });
    expect(findCloser('the vote. End summary and  comment.', 'comment', 0)).toEqual({ at: 10, end: 34 });
    expect(findCloser('the vote. End summary and  comment.', 'summary', 0)).toEqual({ at: 10, end: 21 });
    expect(findCloser('the end of comment and summary.', 'summary', 0)).toBeNull();
  });

  it('finds a closer far beyond the first window, and none in a long text without one', () => {
    const filler = 'The minister said that he would comment later on the summary. '.repeat(300);
    const text = `Summary: ${filler} End Summary. ${filler}`;
    const at = text.indexOf('End Summary');
    expect(findCloser(text, 'summary', 8)).toEqual({ at, end: at + 'End Summary'.length });
    expect(findCloser(text, 'summary', at + 1)).toBeNull();
    expect(findCloser(text.toUpperCase(), 'summary', 8)).toEqual({ at, end: at + 'End Summary'.length });
    expect(findCloser(text, 'comment', 0)).toBeNull();
  });
});

describe('findCableCitations', () => {
  /** The token-array scan that the one-pass scan replaced: the reference it must agree with. */
  function reference(text: string, base: number, lowerCase = false): CableCitation[] {
    const tokens: { start: number; end: number; numeric: boolean; post: string | null }[] = [];
    for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]*|\d+/g)) {
      const w = m[0];
      const numeric = /^\d/.test(w);
      const upper = w.toUpperCase();
      const post = !numeric && w.length >= 2 && !w.includes('-') && (w === upper || (lowerCase && (w === w.toLowerCase() || /^[A-Z][^A-Z]*$/.test(w)))) && !STOP_WORDS.has(upper) ? upper : null;
      tokens.push({ start: m.index, end: m.index + w.length, numeric, post });
    }
    const gap = (from: number, to: number, max: number) => to - from >= 1 && to - from <= max && /^ +$/.test(text.slice(from, to));
    const out: CableCitation[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].numeric) continue;
      let j = i;
      while (j < tokens.length && j - i < 3 && !tokens[j].numeric && tokens[j].post !== null && (j === i || (tokens[j].start - tokens[j - 1].end === 1 && text[tokens[j - 1].end] === ' '))) j++;
      if (j === i || j >= tokens.length || !tokens[j].numeric) continue;
      const serial = tokens[j];
      if (!gap(tokens[j - 1].end, serial.start, 3) || serial.end - serial.start < 2 || serial.end - serial.start > 7) continue;
      if (/^(?:[/:]|\.\d|[A-Za-z])/.test(text.slice(serial.end))) continue;
      let start = tokens[i].start;
      let year: number | null = null;
      const y = tokens[i - 1];
      // A year in full may end the line before the post: white space with one line break, at most 24 characters.
      const brokenLine = y && y.end - y.start === 4 && start - y.end <= 24 && /^[ \t\r]*\n[ \t\r]*$/.test(text.slice(y.end, start));
      // Or in parentheses (`(08) SAO PAULO 581`), or two digits glued to the post (`09DHAHRAN 201`).
      const inParens = y && text[y.start - 1] === '(' && text[y.end] === ')' && gap(y.end + 1, start, 2);
      const glued = y && y.end - y.start === 2 && y.end === start;
      if (y && y.numeric && /^(?:\d\d|19[4-9]\d|20[0-3]\d)$/.test(text.slice(y.start, y.end)) && (gap(y.end, start, 2) || brokenLine || inParens || glued)) {
        year = Number(text.slice(y.start, y.end)) % 100;
        start = y.start - (inParens ? 1 : 0);
      }
      out.push({ start: base + start, end: base + serial.end, year, origin: tokens.slice(i, j).map((t) => t.post).join(' '), serial: text.slice(serial.start, serial.end), written: text.slice(start, serial.end) });
      i = j;
    }
    return out;
  }

  const piece = fc.constantFrom('PARIS', 'RIO', 'DE', 'JANEIRO', 'STATE', 'paris', 'Paris', 'REF', 'OF', 'A.', 'B-2', "O'HARE", ' ', '  ', '   ', '    ', '\n', '08', '1501', '12345678', '7', '2009', '1939', '2040', '/', ':', '.5', ',', '(', ')');

  it('agrees with the token-array scan it replaced (the specification)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.boolean(), (parts, lowerCase) => {
        const text = parts.join('');
        expect(findCableCitations(text, 7, lowerCase)).toEqual(reference(text, 7, lowerCase));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with it on every seed', () => {
    for (const file of seedFiles()) {
      const text = readSeed(file);
      expect(findCableCitations(text, 0), file).toEqual(reference(text, 0));
    }
  });
});

describe('gluedParagraphNumberAt', () => {
  it('reads the expected number glued to a capitalised word (09RIYADH651: `2.In interviews`)', () => {
    const m = gluedParagraphNumberAt('2.In interviews with Embassy officers', 0, 2);
    expect(m && [m.digitsStart, m.digitsEnd, m.end]).toEqual([0, 1, 2]);
  });
  it.each([
    ['3.In interviews', 2],
    ['2.in interviews', 2],
    ['2.IN INTERVIEWS', 2],
    ['2.5 percent', 2],
    ['2007.In', 2007],
  ])('reads no number in %s (expected %i)', (line, expected) => {
    expect(gluedParagraphNumberAt(line, 0, expected)).toBeNull();
  });
  it('makes a paragraph of it in a cable only where it continues the numbering', () => {
    const cable = parseCable(makeCable({ body: ['1. (S) One.', '', '2.In interviews the editors agreed.', '', '3. (S) Three.', '', '7.Five were there.'] }));
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
  });
});

describe('looseParagraphNumberAt', () => {
  it('reads a number typed with a comma before a marking where it continues the numbering (07TELAVIV2652: `18, (SBU)`)', () => {
    const cable = parseCable(makeCable({ body: ['17. (S) Seventeen.', '', '18, (SBU) Accompanying the Under Secretary.', '', '19. (SBU) Nineteen.', '', '7, (C) Seven, said the minister.'] }));
    expect(cable.paragraphs.map((p) => [p.number, p.written, p.marking])).toEqual([
      [17, '17.', '(S)'],
      [18, '18,', '(SBU)'],
      [19, '19.', '(SBU)'],
    ]);
    expect(parseCable(makeCable({ body: ['1, (C) Summary. The talks went well.'] })).paragraphs.map((p) => p.number)).toEqual([1]);
    expect(parseCable(makeCable({ body: ['1, the talks went well.'] })).paragraphs).toEqual([]);
  });
  it('reads a number typed with no stop before a marking where it continues the numbering (09PARIS1349: `4 (C)`)', () => {
    const cable = parseCable(makeCable({ body: ['3. (C) Three.', '', '4 (C) Montel said that the September 25 ruling was an', 'error.', '', '5. (C) Five.', '', '9 (C) nine', '', '6 (C)'] }));
    expect(cable.paragraphs.map((p) => [p.number, p.written, p.marking])).toEqual([
      [3, '3.', '(C)'],
      [4, '4', '(C)'],
      [5, '5.', '(C)'],
      [6, '6', '(C)'],
    ]);
    // Not a count of things at the start of a line, nor a number with no marking after it.
    expect(parseCable(makeCable({ body: ['1. (C) One.', '', '2 (two) officers came.', '', '2 officers came.'] })).paragraphs.map((p) => p.number)).toEqual([1]);
  });
});
