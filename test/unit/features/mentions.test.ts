import { describe, expect, it } from 'vitest';
import type { MarkupContent, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docAt, indexed, service } from '../../helpers/service';
import { makeCable } from '../../helpers/cables';

const REFS = 'REF: A. 08 PARIS 1501 B. EMAIL OF 3 MAY';
const BODY = [
  '1. (C) Summary: The minister agreed (ref A). End Summary.',
  '',
  '2. (C) As para 1 says, and as refs A and B confirm, the vote failed.',
  '',
  '3. (C) See paras 1-2 and ref B.',
];

/** A cable with REF A (a cable in the workspace) and B (an e-mail), mentioned in its body; `|` marks the cursor. */
function cableAt(marked: (line: string) => string, lineIndex: number): { document: TextDocument; position: ReturnType<typeof docAt>['position'] } {
  const body = BODY.map((l, i) => (i === lineIndex ? marked(l) : l));
  return docAt(makeCable({ ref: REFS, body }));
}

const textOf = (document: TextDocument, range: Range) => document.getText(range);
const lineText = (document: TextDocument, range: Range) => document.getText({ start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } }).trimEnd();
const cables = [indexed('08PARIS1501', 'FRENCH VIEWS')];

describe('mentions of REF entries and paragraphs', () => {
  it('goes from `ref A` to the REF entry in the header, and from `para 1` to paragraph 1', () => {
    const a = cableAt((l) => l.replace('(ref A)', '(ref |A)'), 0);
    const [toEntry] = service(cables).findDefinition(a.document, a.position);
    expect(toEntry.uri).toBe(a.document.uri);
    expect(textOf(a.document, toEntry.range)).toBe('A. 08 PARIS 1501');
    const p = cableAt((l) => l.replace('para 1', 'para |1'), 2);
    const [toParagraph] = service(cables).findDefinition(p.document, p.position);
    expect(lineText(p.document, toParagraph.range)).toBe(BODY[0]);
    expect(textOf(p.document, toParagraph.range)).toBe('1.');
  });

  it('reads `ref B` as the second entry of a REF list with no letters (09BUENOSAIRES1257)', () => {
    const { document, position } = docAt(makeCable({ ref: 'REF: BUENOS AIRES 313; BUENOS AIRES 1017; BUENOS AIRES 1212', body: ['1. (C) Rumors have wafted around Fernandez (Ref |B), and more.'] }));
    const [toEntry] = service(cables).findDefinition(document, position);
    expect(textOf(document, toEntry.range)).toBe('BUENOS AIRES 1017');
    expect((service(cables).doHover(document, position)!.contents as MarkupContent).value).toMatch(/^\*\*Reference\*\* — BUENOS AIRES 1017\n[\s\S]*The list has no letters: B is read as its entry number 2, in the order listed\.\*$/);
    // A letter past the end of the list names nothing; nor does a single unlettered entry get a letter.
    const pastTheEnd = docAt(makeCable({ ref: 'REF: BUENOS AIRES 313; BUENOS AIRES 1017', body: ['1. (C) See (Ref |D).'] }));
    expect(service(cables).findDefinition(pastTheEnd.document, pastTheEnd.position)).toEqual([]);
    const single = docAt(makeCable({ ref: 'REF: BUENOS AIRES 313', body: ['1. (C) See (Ref |A).'] }));
    expect(service(cables).findDefinition(single.document, single.position)).toEqual([]);
  });

  it('explains a mentioned reference and a mentioned paragraph on hover', () => {
    const a = cableAt((l) => l.replace('(ref A)', '(ref |A)'), 0);
    const h = service(cables).doHover(a.document, a.position)!;
    expect((h.contents as MarkupContent).value).toMatch(/^\*\*Reference A\*\* — 08 PARIS 1501\n\nCable \*\*08PARIS1501\*\* — in this workspace/);
    expect(textOf(a.document, h.range!)).toBe('A');
    const b = cableAt((l) => l.replace('ref B', 'ref |B'), 4);
    expect((service(cables).doHover(b.document, b.position)!.contents as MarkupContent).value).toMatch(/\*\*Reference B\*\* — EMAIL OF 3 MAY\n\nNot a cable citation/);
    const p = cableAt((l) => l.replace('paras 1-2', 'paras 1-|2'), 4);
    expect((service(cables).doHover(p.document, p.position)!.contents as MarkupContent).value).toMatch(/^\*\*Paragraph 2\*\* \(C\) — line \d+\n\nAs para 1 says/);
  });

  it('highlights a REF entry with its mentions, wherever the cursor is on one of them', () => {
    for (const [marked, line] of [[(l: string) => l.replace('refs A and', 'refs |A and'), 2], [(l: string) => l.replace('(ref A)', '(ref |A)'), 0]] as const) {
      const { document, position } = cableAt(marked, line);
      const highlights = service(cables).findDocumentHighlights(document, position);
      expect(highlights.map((h) => [textOf(document, h.range), h.kind])).toEqual([['A. 08 PARIS 1501', 3], ['A', 2], ['A', 2]]);
      expect(highlights.slice(1).map((h) => lineText(document, h.range))).toEqual([BODY[0], BODY[2]]);
    }
  });

  it('highlights a paragraph number with the mentions of that paragraph', () => {
    const { document, position } = cableAt((l) => l.replace('1. (C) Summary', '|1. (C) Summary'), 0);
    const highlights = service(cables).findDocumentHighlights(document, position);
    expect(highlights.map((h) => [lineText(document, h.range), textOf(document, h.range)])).toEqual([
      [BODY[0], '1.'],
      [BODY[2], '1'],
      [BODY[4], '1'],
    ]);
    const none = cableAt((l) => l.replace('minister', 'mini|ster'), 0);
    expect(service(cables).findDocumentHighlights(none.document, none.position)).toEqual([]);
  });

  it('lists the mentions of a REF entry among its references; an e-mail entry with its mentions alone', () => {
    const a = cableAt((l) => l.replace('(ref A)', '(ref |A)'), 0);
    const found = service(cables).findReferences(a.document, a.position, true);
    expect(found.map((l) => (l.uri === a.document.uri ? textOf(a.document, l.range) : l.uri))).toEqual(['file:///ws/08PARIS1501.txt', 'A. 08 PARIS 1501', 'A', 'A']);
    const b = cableAt((l) => l.replace('ref B', 'ref |B'), 4);
    expect(service(cables).findReferences(b.document, b.position, true).map((l) => textOf(b.document, l.range))).toEqual(['B. EMAIL OF 3 MAY', 'B', 'B']);
    expect(service(cables).findReferences(b.document, b.position, false).map((l) => textOf(b.document, l.range))).toEqual(['B', 'B']);
  });

  it('goes to the item under the cursor at the end of a range, not to one the range stands for', () => {
    const ref = 'REF: A. 08 PARIS 1501 B. STATE 12345 C. STATE 23456';
    const body = ['1. (C) One.', '', '2. (C) Two.', '', '3. (C) Three.', '', '4. (C) Four, as refs A-C and paras 1-3 say.'];
    for (const [marked, expected] of [['refs A-|C', 'C. STATE 23456'], ['refs |A-C', 'A. 08 PARIS 1501'], ['paras 1-|3', '3.'], ['paras |1-3', '1.']] as const) {
      const { document, position } = docAt(makeCable({ ref, body: body.map((l, i) => (i === 6 ? l.replace(marked.replace('|', ''), marked) : l)) }));
      const [target] = service(cables).findDefinition(document, position);
      expect(textOf(document, target.range)).toBe(expected);
    }
  });

  it('follows a list that wraps over three lines, and a REFTEL that ends a sentence', () => {
    const ref = 'REF: A. 08 PARIS 1501 B. STATE 12345 C. STATE 23456 D. STATE 34567';
    const { document, position } = docAt(makeCable({ ref, body: ['1. (C) As refs A,', 'B,', '|C and D say, it rained.'] }));
    expect(textOf(document, service(cables).findDefinition(document, position)[0].range)).toBe('C. STATE 23456');
    const one = docAt(makeCable({ ref: 'REF: STATE 12345', body: ['1. (C) As instructed in REF|TEL.'] }));
    expect(textOf(one.document, service(cables).findDefinition(one.document, one.position)[0].range)).toBe('STATE 12345');
  });

  it('takes no paragraph number at a line start for a mention (`… the next para.` then `2. (C)`)', () => {
    const { document, position } = docAt(makeCable({ body: ['1. (C) See the next para.', '|2. (C) Two, as para 1 says.'] }));
    expect(service(cables).findDocumentHighlights(document, position).map((h) => textOf(document, h.range))).toEqual(['2.']);
  });

  it('takes reftels (no letter) in a cable with several references for all of them', () => {
    const { document, position } = docAt(makeCable({ ref: REFS, body: ['1. (C) As reported in reft|els, the vote failed.'] }));
    const svc = service(cables);
    expect((svc.doHover(document, position)!.contents as MarkupContent).value).toMatch(/^\*\*All the references\*\* of this cable[\s\S]*- A\. 08 PARIS 1501 \(08PARIS1501\)\n- B\. EMAIL OF 3 MAY/);
    expect(textOf(document, svc.findDefinition(document, position)[0].range)).toBe('REF: A. 08 PARIS 1501 B. EMAIL OF 3 MAY');
    expect(svc.findDocumentHighlights(document, position)).toEqual([]);
  });
});
