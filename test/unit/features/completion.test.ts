import { describe, expect, it } from 'vitest';
import { docAt, service } from '../../helpers/service';
import { makeCable } from '../../helpers/cables';

function complete(textWithCursor: string) {
  const { document, position } = docAt(textWithCursor);
  return service().doComplete(document, position);
}

describe('completion', () => {
  it('offers tags with their meanings on the TAGS line, not those already there', () => {
    const list = complete(makeCable({ tags: 'TAGS: PREL PGOV |' }));
    const labels = list.items.map((i) => i.label);
    expect(labels).toContain('PHUM');
    expect(labels).toContain('IZ');
    expect(labels).toContain('NATO');
    expect(labels).not.toContain('PREL');
    expect(list.items.find((i) => i.label === 'IZ')!.detail).toBe('Iraq');
    expect(list.items.find((i) => i.label === 'PHUM')!.labelDetails?.description).toBe('subject tag');
  });

  it('offers lower-case tags while typing in a lower-cased extract', () => {
    const list = complete(makeCable({ tags: 'Tags: prel, pg|' }));
    expect(list.items.map((i) => i.label)).toContain('pgov');
  });

  it('offers the markings a SECRET NOFORN banner allows after a paragraph number', () => {
    const list = complete(makeCable({ banner: 'S E C R E T ANKARA 000348', captions: ['SIPDIS', 'NOFORN'], body: ['1. |'] }));
    // No unclassified NOFORN portion: NOFORN marks classified or SBU text (5 FAH-1 H-246.2, `(SBU/N)`).
    expect(list.items.map((i) => i.label)).toEqual(['(U)', '(SBU)', '(SBU//NF)', '(C)', '(C//NF)', '(S)', '(S//NF)']);
    expect(list.items.find((i) => i.preselect)!.label).toBe('(S)');
  });

  it('writes NOFORN with the separator the own markings of the cable use', () => {
    const list = complete(makeCable({ banner: 'S E C R E T ANKARA 000348', captions: ['SIPDIS', 'NOFORN'], body: ['1. (S/NF) One.', '', '2. (C/NF) Two.', '', '3. |'] }));
    expect(list.items.map((i) => i.label)).toEqual(['(U)', '(SBU)', '(SBU/NF)', '(C)', '(C/NF)', '(S)', '(S/NF)']);
  });

  it('offers the other markings the cable uses, that the banner allows (10KABUL571: (C//REL ISAF))', () => {
    const list = complete(makeCable({ body: ['1. (C//REL ISAF) One.', '', '2. (U//FOUO) Two.', '', '3. |'] }));
    expect(list.items.map((i) => i.label)).toEqual(['(U)', '(SBU)', '(C)', '(C//REL ISAF)', '(U//FOUO)']);
    expect(list.items.find((i) => i.label === '(C//REL ISAF)')!.detail).toMatch(/as this cable marks other paragraphs/);
    // Preselected: the marking its paragraphs use most.
    const isaf = complete(makeCable({ body: ['1. (C//REL ISAF) One.', '', '2. (C//REL ISAF) Two.', '', '3. (U) Three.', '', '4. |'] }));
    expect(isaf.items.filter((i) => i.preselect).map((i) => i.label)).toEqual(['(C//REL ISAF)']);
  });

  it('offers the REF letters with their entries after "ref " in the body, and paragraph numbers after "para "', () => {
    const ref = 'REF: A. 08 PARIS 1501 B. EMAIL OF 3 MAY';
    const body = ['1. (C) Summary: The minister agreed. End Summary.', '', '2. (C) The cabinet met on Tuesday.', '', '3. (C) As in ref |'];
    const letters = complete(makeCable({ ref, body }));
    expect(letters.items.map((i) => [i.label, i.detail])).toEqual([
      ['A', '08 PARIS 1501'],
      ['B', 'EMAIL OF 3 MAY'],
    ]);
    expect(complete(makeCable({ ref, body: [...body.slice(0, 4), '3. (C) As in (refs A and |'] })).items.map((i) => i.label)).toEqual(['A', 'B']);
    expect(complete(makeCable({ ref, body: [...body.slice(0, 4), '3. (C) as in ref b|'] })).items.map((i) => i.label)).toEqual(['a', 'b']);
    const paras = complete(makeCable({ ref, body: [...body.slice(0, 4), '3. (C) As para |'] }));
    expect(paras.items.map((i) => [i.label, i.detail])).toEqual([
      ['1', '(C) Summary: The minister agreed. End Summary.'],
      ['2', '(C) The cabinet met on Tuesday.'],
      ['3', '(C) As para'],
    ]);
    // Not in the header, and not after other words.
    expect(complete(makeCable({ ref: 'REF: A. 08 PARIS 1501 |', body })).items.some((i) => i.label === 'B')).toBe(false);
    expect(complete(makeCable({ ref, body: [...body.slice(0, 4), '3. (C) As the referee |'] })).items).toEqual([]);
  });

  it('replaces a half-typed marking', () => {
    const { document, position } = docAt(makeCable({ body: ['1. (|C) Text.'] }));
    const item = service().doComplete(document, position).items.find((i) => i.label === '(U)')!;
    const edit = item.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
    expect([edit.range.start.character, edit.range.end.character, edit.newText]).toEqual([3, 6, '(U)']);
  });

  it('offers reason letters after "1.4 (" with their categories', () => {
    const list = complete(makeCable({ classifiedBy: 'Classified By: Amb X for reasons 1.4 (|' }));
    expect(list.items.map((i) => i.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(list.items[7].detail).toBe('weapons of mass destruction');
  });

  it('offers captions below the banner', () => {
    const list = complete(makeCable({ captions: ['SIPDIS', '|'] }));
    expect(list.items.map((i) => i.label)).toEqual(expect.arrayContaining(['NOFORN', 'NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'CHEROKEE', 'SENSITIVE', 'CORRECTED COPY']));
  });

  it('offers nothing in the middle of prose', () => {
    expect(complete(makeCable({ body: ['1. (C) The mini|ster agreed.'] })).items).toEqual([]);
  });
});
