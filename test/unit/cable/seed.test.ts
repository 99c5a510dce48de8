import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../server/src/cable/parse';
import { seedText } from '../../helpers/text';

describe('the original sample cable (04ISTANBUL1019)', () => {
  const text = seedText();
  const cable = parseCable(text, { fileName: '000_ea1a4c7a725ed8c9.txt' });
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);

  it('finds 12 paragraphs valued 1–12, in order', () => {
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('flags the mangled numbers 16. 17. 18. 19. 110. 112. and only those', () => {
    const mangled = cable.paragraphs.filter((p) => p.mangled).map((p) => [p.written, p.number]);
    expect(mangled).toEqual([
      ['16.', 6],
      ['17.', 7],
      ['18.', 8],
      ['19.', 9],
      ['110.', 10],
      ['112.', 12],
    ]);
    const eleven = cable.paragraphs[10];
    expect(eleven.written).toBe('11.');
    expect(eleven.mangled).toBe(false);
  });

  it('keeps each paragraph number span on the written number', () => {
    for (const p of cable.paragraphs) expect(slice(p.numberSpan)).toBe(p.written);
  });

  it('reads every portion marking: (C) for 1–11 and (U) for 12', () => {
    expect(cable.paragraphs.map((p) => p.marking)).toEqual([...Array(11).fill('(C)'), '(U)']);
    expect(cable.paragraphs[0].portion?.level).toBe('CONFIDENTIAL');
    expect(cable.paragraphs[11].portion?.level).toBe('UNCLASSIFIED');
  });

  it('finds the headings between paragraphs', () => {
    expect(cable.headings.map((h) => h.text)).toEqual([
      'Important Beginning',
      'To Rule is To Decide',
      'IIG Progressing, Gaining Political Support',
      'Water Under the Bridge',
      'Up to Iraqis',
      '...And Equipping?',
      'Time and Turkey',
    ]);
  });

  it('reads the tags PREL IZ TU NATO through the [PREL](#) residue', () => {
    expect(cable.tags.map((t) => [t.code, t.kind])).toEqual([
      ['PREL', 'subject'],
      ['IZ', 'country'],
      ['TU', 'country'],
      ['NATO', 'organization'],
    ]);
    expect(cable.tags.map(slice)).toEqual(['PREL', 'IZ', 'TU', 'NATO']);
  });

  it('joins the wrapped subject', () => {
    expect(cable.subject).toBe("A/S JONES MEETING WITH IRAQI FM ZIBARI AND IRAQI MOD SHA'ALAN");
  });

  it('reads reasons 1.5 with letters b and d from "1.5 (b&d)"', () => {
    expect(cable.classifiedBy?.classifier).toBe('A/S Elizabeth Jones');
    expect(cable.classifiedBy?.reasonSection?.value).toBe('1.5');
    expect(cable.classifiedBy?.reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    expect(cable.classifiedBy?.reasons.map(slice)).toEqual(['b', 'd']);
  });

  it('decodes DECL 06/30/2014 under E.O. 12958', () => {
    expect(cable.executiveOrder?.order).toBe('12958');
    expect(cable.executiveOrder?.decl).toMatchObject({ kind: 'date', date: '2014-06-30', written: '06/30/2014' });
  });

  it('reads the banner: CONFIDENTIAL, section 1 of 2, ISTANBUL 001019', () => {
    expect(cable.classification).toEqual({ level: 'CONFIDENTIAL', caveats: [] });
    expect(cable.banners).toHaveLength(1);
    expect(cable.banners[0]).toMatchObject({ position: 'top', level: 'CONFIDENTIAL', post: 'ISTANBUL', serial: '001019' });
    expect(cable.banners[0].section).toMatchObject({ number: 1, total: 2 });
    expect(slice(cable.banners[0].levelSpan)).toBe('C O N F I D E N T I A L');
  });

  it('finds the SIPDIS caption, the partial-extract note and the signature ARNETT', () => {
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS']);
    expect(cable.partialExtract?.text).toMatch(/^This record is a partial extract/);
    expect(cable.signature?.text).toBe('ARNETT');
  });

  it('derives 04ISTANBUL1019, guessing the year from the DECL date since the text has no DTG', () => {
    expect(cable.date).toBeNull();
    expect(cable.referenceId).toBe('04ISTANBUL1019');
    expect(cable.referenceIdBasis).toBe('decl');
  });

  it('sees the summary block from "Summary." to "End Summary." inside paragraph 1', () => {
    expect(cable.blocks).toHaveLength(1);
    const summary = cable.blocks[0];
    expect(summary.kind).toBe('summary');
    expect(slice(summary.open)).toBe('Summary');
    expect(slice(summary.close!)).toBe('End Summary');
  });

  it('spans paragraph 5 across its blank line, to "…their own future."', () => {
    const five = cable.paragraphs[4];
    expect(slice(five)).toMatch(/^5\. \(C\) Zibari said that he had warned/);
    expect(slice(five)).toMatch(/build their own future\.$/);
  });

  it('reports no parse issues', () => {
    expect(cable.issues).toEqual([]);
  });
});
