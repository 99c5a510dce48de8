import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, lintCable } from '../../../server/src/cable/lint';
import { parseCable } from '../../../server/src/cable/parse';
import { fixCable } from '../../../server/src/cable/lint/fix';
import { indexed, service } from '../../helpers/service';
import { readSeed, seedFiles } from '../../helpers/text';

// Every feature, on any text and at any position, answers without throwing, and what it answers stays in the document.
// (The server's runSafe would catch a throw, but the user would lose the feature for that document.)

const seeds = seedFiles()
  .filter((_, i) => i % 5 === 0)
  .map(readSeed);
const vocabulary = fc.constantFrom(...'¶()/.:-,;\n\n \t\r1234567890ABCSTUabc'.split(''), 'SECRET', 'UNCLAS', 'E.O. 12958: DECL: 06/30/2014', 'TAGS: PREL', 'SUBJECT:', 'REF: A. 08 PARIS 1501', 'Classified By: x 1.4 (b)', '(S//NF)', '16. (C)', 'SECTION 01 OF 02', 'VZCZC', 'DE RUEHAK #0348/01 0201247', 'ZNY CCCCC ZZH', 'O P 201247Z JAN 04', 'TO RUEHC/SECSTATE', 'End Summary', 'Summary:', '---', ' (ref A)', ' refs A-C', ' reftel.', ' para 2', ' paras 1-3 and ', 'para.\n', '2. (C) ', '3. (C) ');
const mutation = fc.record({
  seed: fc.integer({ min: 0, max: seeds.length - 1 }),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.integer({ min: 0, max: 300 }), insert: fc.oneof(fc.string({ maxLength: 30 }), vocabulary) }), { maxLength: 10 }),
  probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 12 }),
});

function mutate(text: string, edits: { at: number; cut: number; insert: string }[]): string {
  for (const e of edits) {
    const at = Math.floor(e.at * text.length);
    text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
  }
  return text;
}

function inside(document: TextDocument, range: Range): boolean {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  // offsetAt clamps: a range inside the document maps back to the same positions.
  const same = (p: Range['start'], offset: number) => {
    const back = document.positionAt(offset);
    return back.line === p.line && back.character === p.character;
  };
  return start <= end && same(range.start, start) && same(range.end, end);
}

let counter = 0;

/** Runs every feature over a text, at the given relative positions; throws on the first problem. */
function exercise(text: string, probes: number[]): void {
  const document = TextDocument.create(`file:///fuzz/${++counter}.cable`, 'cable', 1, text);
  const svc = service([indexed('08PARIS1501', 'FRENCH VIEWS'), { ...indexed('08PARIS1568'), cites: [{ id: '04ANKARA348', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } } }] }]);
  const diagnostics = svc.computeDiagnostics(document, {});
  for (const d of diagnostics) expect(inside(document, d.range), `diagnostic ${d.code}`).toBe(true);
  const walk = (symbols: ReturnType<typeof svc.findDocumentSymbols>): void => {
    for (const s of symbols) {
      expect(inside(document, s.range) && inside(document, s.selectionRange), `symbol ${s.name}`).toBe(true);
      walk(s.children ?? []);
    }
  };
  walk(svc.findDocumentSymbols(document));
  for (const f of svc.getFoldingRanges(document)) expect(f.startLine <= f.endLine && f.endLine < document.lineCount).toBe(true);
  for (const l of svc.findDocumentLinks(document)) expect(inside(document, l.range)).toBe(true);
  svc.getPreviewModel(document, {});
  svc.getSummary(document);
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  svc.getCodeActions(document, whole, { diagnostics }, {}, { canDisableRule: true });
  // Every line at its first character and in its middle, and the random probes.
  const positions = probes.map((probe) => document.positionAt(Math.floor(probe * text.length)));
  for (let line = 0; line < document.lineCount; line++) {
    const length = document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
    positions.push({ line, character: 0 }, { line, character: length >> 1 });
  }
  for (const position of positions) {
    const hover = svc.doHover(document, position);
    if (hover?.range) expect(inside(document, hover.range)).toBe(true);
    svc.doComplete(document, position);
    svc.findDefinition(document, position);
    svc.findReferences(document, position, true);
    for (const h of svc.findDocumentHighlights(document, position)) expect(inside(document, h.range)).toBe(true);
    svc.getCodeActions(document, { start: position, end: position }, { diagnostics }, {}, { canDisableRule: false });
  }
  // Selection ranges: one chain per position, each range inside the text and inside its parent.
  const chains = svc.getSelectionRanges(document, positions);
  expect(chains).toHaveLength(positions.length);
  for (const chain of chains) {
    for (let r: (typeof chains)[number] | undefined = chain; r; r = r.parent) {
      expect(inside(document, r.range)).toBe(true);
      if (r.parent) expect(document.offsetAt(r.parent.range.start) <= document.offsetAt(r.range.start) && document.offsetAt(r.parent.range.end) >= document.offsetAt(r.range.end)).toBe(true);
    }
  }
  // Every rule's fix applies cleanly: non-overlapping edits inside the text.
  const cable = parseCable(text);
  for (const f of lintCable(cable, text)) {
    if (!f.fix) continue;
    for (const e of f.fix.edits) expect(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.code} fix`).toBe(true);
    // No two edits of a fix touch the same text (an editor refuses such a change).
    const sorted = [...f.fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k].start >= sorted[k - 1].end && !(sorted[k].start === sorted[k - 1].start && sorted[k].start === sorted[k].end), `${f.code} fix edits overlap`).toBe(true);
    applyEdits(text, f.fix.edits);
  }
  // `cable check --fix` ends, and what it leaves still parses.
  const fixed = fixCable(text);
  expect(fixed.fixed >= 0 && typeof fixed.text === 'string').toBe(true);
  parseCable(fixed.text);
}

describe('every feature is total', () => {
  it('answers on randomly mutated seed cables', () => {
    fc.assert(
      fc.property(mutation, ({ seed, edits, probes }) => exercise(mutate(seeds[seed], edits), probes)),
      { numRuns: 150 },
    );
  });

  it('answers on strings of cable vocabulary and on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(vocabulary, { maxLength: 200 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 600 })), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 }), (text, probes) => exercise(text, probes)),
      { numRuns: 200 },
    );
  });
});
