import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCable } from '../../../server/src/cable/parse';
import type { Cable, Span } from '../../../server/src/cable/model';
import { readSeed, seedFiles, seedText } from '../../helpers/text';

/** Every span anywhere in the model lies inside the text, start ≤ end. */
function spansInside(cable: Cable, length: number): void {
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const o = value as Partial<Span> & Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (!(o.start >= 0 && o.start <= o.end && o.end <= length)) throw new Error(`span out of range at ${path}: ${o.start}–${o.end} of ${length}`);
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(cable, 'cable');
}

const seeds = seedFiles().slice(0, 40).map(readSeed);
const cableChars = fc.constantFrom(...'¶()/.:-,;\n\n\n \t\r1234567890ABCDEFSTUabcz'.split(''), 'SECRET', 'C O N F I D E N T I A L', 'E.O. 12958: DECL:', 'TAGS:', 'SUBJECT:', 'REF: A. ', 'Classified By: ', '1.4 (b)', '(S//NF)', 'SECTION 01 OF 02', 'VZCZC', 'FM ', 'TO ', 'INFO ', 'End Summary', 'Summary:', '---');

describe('parseCable is total', () => {
  it('returns a model with spans inside the text for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const cable = parseCable(text);
        spansInside(cable, text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('returns a model for strings built from cable vocabulary', () => {
    fc.assert(
      fc.property(fc.array(cableChars, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        spansInside(parseCable(text), text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('returns a model for randomly mutated seed cables', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.integer({ min: 0, max: 200 }), insert: fc.oneof(fc.string({ maxLength: 30 }), cableChars) }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        let text = seeds[seed];
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const cable = parseCable(text);
        spansInside(cable, text.length);
        expect(JSON.parse(JSON.stringify(cable))).toEqual(cable);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the seed model JSON-serialisable', () => {
    const cable = parseCable(seedText());
    expect(JSON.parse(JSON.stringify(cable))).toEqual(cable);
  });

  it('gives an empty model for empty and blank input', () => {
    for (const text of ['', '\n\n\n', '   ']) {
      const cable = parseCable(text);
      expect(cable.paragraphs).toEqual([]);
      expect(cable.classification.level).toBeNull();
      expect(cable.issues).toEqual([]);
    }
  });

  it('reports NUL characters as a binary-content issue', () => {
    expect(parseCable('abc\u0000def').issues.map((i) => i.code)).toContain('binary-content');
  });
});

describe('pathological inputs finish (their linear scaling is measured in npm run bench)', () => {
  it.each([
    ['a 1 MB line', () => 'A'.repeat(1 << 20)],
    ['a 1 MB line of spaced letters', () => 'S E C R E T '.repeat(90_000)],
    ['100 000 opening parentheses', () => '1. ' + '('.repeat(100_000)],
    ['50 000 blank lines', () => '\n'.repeat(50_000)],
    ['50 000 paragraph numbers', () => Array.from({ length: 50_000 }, (_, i) => `${i}. (C) x`).join('\n')],
    ['a 1 MB Classified By line', () => 'Classified By: ' + 'b and '.repeat(170_000)],
    ['a 1 MB TAGS line', () => 'TAGS: ' + 'PREL, '.repeat(170_000)],
    ['a 1 MB REF line', () => 'REF: ' + 'A. STATE 1234 '.repeat(70_000)],
    ['20 000 headings', () => Array.from({ length: 20_000 }, () => '\nHeading line\n').join('')],
    // A line of routing indicators that fails at its end: each indicator must be read one way only, or the pattern
    // tries every split of every indicator (seconds for 16 of them).
    ['routing indicators that end in a stray letter', () => `VZCZCXRO7165\nPP ${'RUEHAGGGGGGG '.repeat(30)}R\n${'RUEHAGGGGGGG '.repeat(30)}R\nDE RUEHAG #0001 0010000\n`],
    ['an indicator list that goes on and ends in a stray letter', () => `VZCZCXRO7165\nPP RUEHAG\n${'RUEHABCDEFGH '.repeat(40)}x\nDE RUEHAG #0001 0010000\n`],
  ])('%s', (_name, make) => {
    const text = make();
    const cable = parseCable(text);
    spansInside(cable, text.length);
  });
});
