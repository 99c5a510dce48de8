import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCable } from '../../../server/src/cable/parse';
import { findMentions, findReferenceMentions } from '../../../server/src/cable/mentions';
import { makeCable } from '../../helpers/cables';
import { readSeed } from '../../helpers/text';

const REFS = 'REF: A. 08 STATE 12345 B. ANKARA 6543 C. EMAIL OF 3 MAY D. 08 ANKARA 210 E. STATE 3421';
const PARAGRAPHS = ['1. (C) Summary: one. End Summary.', '', '2. (C) Two.', '', '3. (C) Three.', '', '4. (C) Four.', '', '5. (C) Five.'];

/** The letters and paragraph numbers mentioned in `sentence`, written as a sixth paragraph of a cable with REF A–E. */
function mentioned(sentence: string, ref = REFS): { letters: string[]; paragraphs: number[]; written: string[] } {
  const text = makeCable({ ref, body: [...PARAGRAPHS, '', `6. (C) ${sentence}`] });
  const cable = parseCable(text);
  const m = findMentions(cable, text);
  const refs = cable.references?.references ?? [];
  return {
    letters: m.references.map((r) => (r.all ? 'all' : (refs[r.reference].letter ?? 'only'))),
    paragraphs: m.paragraphs.map((p) => cable.paragraphs[p.paragraph].number),
    written: [...m.references, ...m.paragraphs].map((s) => text.slice(s.start, s.end)),
  };
}

describe('mentions of REF entries', () => {
  it.each([
    ['as the minister said (ref A).', ['A']],
    ['As reported in REF B, the vote failed.', ['B']],
    ['He agreed (Ref. C) to meet.', ['C']],
    ['The talks (reftel A) went well.', ['A']],
    ['See refs B and C for the details.', ['B', 'C']],
    ['(refs A, C, E) differ.', ['A', 'C', 'E']],
    ['Compare refs c & d.', ['C', 'D']],
    ['Compare reftels C/D.', ['C', 'D']],
    ['As in refs A-C, nothing changed.', ['A', 'B', 'C']],
    ['As in reftels A through D, nothing changed.', ['A', 'B', 'C', 'D']],
    ['As reported (ref\nA), the count continues.', ['A']],
    ['the port (ref a), French ships', ['A']],
    ['As reported in reftels, the vote failed.', ['all']],
    ['The talks (refs) went well.', ['all']],
    ['See refs F and G, which the list lacks.', []],
    ['See ref A para 4 for the text.', ['A']],
  ])('%j names %j', (sentence, letters) => {
    expect(mentioned(sentence).letters).toEqual(letters);
  });

  it.each([
    ['as the minister said (ref A), a senior official said', ['A']],
    ['the report in ref a senior official gave', []],
    // (After REF in capitals a capital A is the letter, whatever follows: 05MADRID395.)
    ['the PRT, per REF A points. End Summary.', ['A']],
    ['the report in ref A senior official gave', []],
    ['as in ref F, which the list lacks', []],
    ['the reference and referral forms', []],
    ['REFTEL names no single entry when there are five', []],
    ['refs B and A go backwards', ['B']],
  ])('%j names only %j', (sentence, letters) => {
    expect(mentioned(sentence).letters).toEqual(letters);
  });

  it('takes no mention for a word that only ends in ref, at the edge of the window searched', () => {
    const text = makeCable({ ref: REFS, body: [...PARAGRAPHS, '', '6. (C) The xrefs A and B.'] });
    const cable = parseCable(text);
    const at = text.indexOf('xrefs') + 1;
    expect(findReferenceMentions(cable, text, at, text.length)).toEqual([]);
  });

  it('reads REFTEL as the only reference of a cable that has one', () => {
    const m = mentioned('As instructed in REFTEL, we met the minister.', 'REF: STATE 12345');
    expect(m.letters).toEqual(['only']);
    expect(m.written).toEqual(['REFTEL']);
  });

  it('does not read the REF list of the header as mentions', () => {
    const text = makeCable({ ref: REFS });
    expect(findMentions(parseCable(text), text).references).toEqual([]);
  });
});

describe('mentions of paragraphs', () => {
  it.each([
    ['as set out in para 3.', [3]],
    ['(paras 2 and 4) apply.', [2, 4]],
    ['See paragraphs 2-4 above.', [2, 3, 4]],
    ['in paragraphs 3 or 5, not elsewhere', [3, 5]],
    ['see paras 3 and\n4 for more', [3, 4]],
    ['per para. 1 above', [1]],
  ])('%j names %j', (sentence, numbers) => {
    expect(mentioned(sentence).paragraphs).toEqual(numbers);
  });

  it('reads PARA 12, PARA 14 in upper-case text as two mentions, not the second as another cable\'s', () => {
    const body = Array.from({ length: 15 }, (_, i) => [`${i + 1}. (C) Text ${i + 1}.`, '']).flat();
    const text = makeCable({ body: [...body, '16. (C) AS PARA 12, PARA 14 SAY.'] });
    const cable = parseCable(text);
    expect(findMentions(cable, text).paragraphs.map((m) => cable.paragraphs[m.paragraph].number)).toEqual([12, 14]);
  });

  it.each([
    ['See ref A para 4 for the text.'],
    ['As reftel para 3 says.'],
    ['As in STATE 12345 para 2.'],
    ['under para 4 of reftel, nothing'],
    ['in paragraphs 3 or 4 of the resolution'],
    ['as set out in paragraph 1 of UNSC Resolution 1822'],
    ['under para 3 of UNSCR 1737 and paragraph 2 of Article 5'],
    ['para 9 does not exist'],
    ['pursuant to UN Security Council\nResolution 1747, paragraph 5.'],
    ['Council Resolution (UNSCR) 1747, paragraph 5, prohibits Iran'],
    ['a violation of UNSCR 1737 per paragraph 3.'],
  ])('%j names no paragraph of this cable', (sentence) => {
    expect(mentioned(sentence).paragraphs).toEqual([]);
  });
});

describe('mentions in real cables', () => {
  it('finds the (ref A), (ref B), (ref C) of 05ANKARA7215', () => {
    const text = readSeed('05ANKARA7215.txt');
    const cable = parseCable(text);
    const m = findMentions(cable, text);
    expect(m.references.map((r) => cable.references!.references[r.reference].letter)).toEqual(['A', 'B', 'C']);
    for (const r of m.references) expect(text.slice(r.start - 5, r.end + 1)).toMatch(/\(ref [ABC]\)/);
  });

  it('never throws and keeps every mention inside the text, on random and mutated text', () => {
    const base = makeCable({ ref: REFS, body: [...PARAGRAPHS, '', '6. (C) See refs A-C and (ref d), paras 2 and 3, reftel, para 4 of ref E.'] });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(base.length), (noise, at) => {
        const text = base.slice(0, at) + noise + base.slice(at);
        const cable = parseCable(text);
        const m = findMentions(cable, text);
        for (const s of [...m.references, ...m.paragraphs]) {
          expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
        }
        for (const r of m.references) expect(cable.references!.references[r.reference]).toBeDefined();
        for (const p of m.paragraphs) expect(cable.paragraphs[p.paragraph]).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
