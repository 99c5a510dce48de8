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
    expect(list.items.map((i) => i.label)).toEqual(['(U)', '(U//NF)', '(SBU)', '(SBU//NF)', '(C)', '(C//NF)', '(S)', '(S//NF)']);
    expect(list.items.find((i) => i.preselect)!.label).toBe('(S)');
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
