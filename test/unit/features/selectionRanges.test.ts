import { describe, expect, it } from 'vitest';
import type { SelectionRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, service } from '../../helpers/service';
import { readSeed, seedText } from '../../helpers/text';

/** The texts of a selection chain, innermost first (long ones cut to their first line). */
function chain(document: TextDocument, range: SelectionRange | undefined): string[] {
  const out: string[] = [];
  for (let r = range; r; r = r.parent) {
    const text = document.getText(r.range);
    out.push(text.length > 60 ? `${text.split('\n')[0].slice(0, 40)}…` : text);
  }
  return out;
}

function expandAt(text: string, anchor: string, delta = 1): string[] {
  const document = doc(text);
  const at = text.indexOf(anchor);
  expect(at, anchor).toBeGreaterThanOrEqual(0);
  const [range] = service().getSelectionRanges(document, [document.positionAt(at + delta)]);
  return chain(document, range);
}

function isNested(range: SelectionRange | undefined, document: TextDocument): boolean {
  for (let r = range; r?.parent; r = r.parent) {
    const inner = [document.offsetAt(r.range.start), document.offsetAt(r.range.end)];
    const outer = [document.offsetAt(r.parent.range.start), document.offsetAt(r.parent.range.end)];
    if (outer[0] > inner[0] || outer[1] < inner[1] || (outer[0] === inner[0] && outer[1] === inner[1])) return false;
  }
  return true;
}

describe('selection ranges on the seed', () => {
  const seed = seedText();

  it('expands a tag to the TAGS line, the header and the cable', () => {
    const c = expandAt(seed, 'IZ](#)');
    expect(c[0]).toBe('IZ');
    expect(c[1]).toBe('TAGS: [PREL](#) [IZ](#) [TU](#) [NATO](#)');
    expect(c[c.length - 1]).toBe(`${seed.split('\n')[0]}…`);
    expect(c.length).toBe(4);
  });

  it('expands a portion marking to its paragraph, its section and the body', () => {
    const c = expandAt(seed, '(C) Zibari said that in the end');
    expect(c[0]).toBe('(C)');
    expect(c[1]).toMatch(/^17\. \(C\) Zibari said that in the end/);
    expect(c[2]).toMatch(/^Up to Iraqis…$/);
    expect(c[3]).toMatch(/^1\. \(C\) Summary\. During the run-up/);
    expect(c.length).toBe(5);
  });

  it('selects the summary that opens inside paragraph 1 and ends in paragraph 2 between the paragraph and the body (09BRASILIA177)', () => {
    const text = readSeed('09BRASILIA177.txt');
    const document = doc(text);
    const [range] = service().getSelectionRanges(document, [document.positionAt(text.indexOf('whose ideologies are shaping') + 3)]);
    let r: SelectionRange | undefined = range;
    while (r && !document.getText(r.range).startsWith('¶1. (C) Summary.')) r = r.parent;
    expect(r, 'the paragraph step').toBeDefined();
    // After ¶1 (lines 50–…): the summary, from ¶1 to `End summary.` at the end of ¶2 (line 83), then the body.
    expect([r!.parent!.range.start.line + 1, r!.parent!.range.end.line + 1]).toEqual([50, 83]);
    expect(r!.parent!.parent!.range.end.line + 1).toBeGreaterThan(300);
  });

  it('selects a lettered sub-paragraph whole before its paragraph (08MUNICH423 a)', () => {
    const text = readSeed('08MUNICH423.txt');
    const document = doc(text);
    const [range] = service().getSelectionRanges(document, [document.positionAt(text.indexOf('lump Turkey') + 2)]);
    const steps: number[][] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) steps.push([r.range.start.line + 1, r.range.end.line + 1]);
    const sub = steps.findIndex(([a, b]) => a === 78 && b === 84);
    expect(sub).toBeGreaterThanOrEqual(0);
    expect(steps[sub + 1]).toEqual([75, 102]);
  });

  it('expands a reason letter to the Classified By line', () => {
    const c = expandAt(seed, 'b&d)');
    expect(c.slice(0, 2)).toEqual(['b', 'Classified By: A/S Elizabeth Jones for Reasons 1.5 (b&d)']);
  });

  it('gives a chain for every position asked, each range inside its parent', () => {
    const document = doc(seed);
    const positions = [0, 200, 600, seed.indexOf('Time and Turkey') + 3, seed.length].map((o) => document.positionAt(o));
    const ranges = service().getSelectionRanges(document, positions);
    expect(ranges).toHaveLength(positions.length);
    for (const r of ranges) expect(isNested(r, document)).toBe(true);
  });
});

describe('selection ranges on real cables', () => {
  it('expands a REF entry of 09BERLIN1108 to the REF list and the header', () => {
    const text = readSeed('09BERLIN1108.txt');
    const document = doc(text);
    const ref = service().getCable(document).references!.references[0];
    const [range] = service().getSelectionRanges(document, [document.positionAt(ref.start + 1)]);
    const c = chain(document, range);
    expect(c[0]).toBe(ref.written.length > 60 ? `${ref.written.slice(0, 40)}…` : text.slice(ref.start, ref.end));
    expect(c[1]).toMatch(/^REF:/);
    expect(isNested(range, document)).toBe(true);
  });

  it('keeps every chain of 10KABUL104 nested, at every line start', () => {
    const text = readSeed('10KABUL104.txt');
    const document = doc(text);
    const positions = Array.from({ length: document.lineCount }, (_, line) => ({ line, character: 1 }));
    const ranges = service().getSelectionRanges(document, positions);
    for (const r of ranges) expect(isNested(r, document)).toBe(true);
    // A routing indicator of the header expands to its addressee and the routing header.
    const c = expandAt(text, 'RUEHC/');
    expect(c.slice(0, 2)).toEqual(['RUEHC', 'RUEHC/SECSTATE WASHDC PRIORITY 4675']);
    expect(c[2]).toBe('VZCZCXRO6367…');
  });
});
