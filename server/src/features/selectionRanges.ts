// Smart selection (Expand Selection, Shift+Alt+→): from the element under the cursor (a tag, a marking, a reason
// letter, a REF entry) to its line or paragraph, the summary or section around it, the header or the body, and
// the whole cable.

import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable, Span } from '../cable/model';
import { toRange } from './common';

/** Every span of the model that holds the offset, from elements to the whole text (in no particular order). */
function spansAt(cable: Cable, offset: number): Span[] {
  const out: Span[] = [];
  const add = (s: Span | null | undefined): void => {
    if (s && s.start <= offset && offset <= s.end && s.end > s.start) out.push(s);
  };
  const addAll = (list: readonly Span[]): void => {
    for (const s of list) add(s);
  };
  add(cable.partialExtract);
  add(cable.extractDateTimeGroup);
  add(cable.dateLine);
  const r = cable.routing;
  if (r) {
    add(r);
    add(r.transmissionId);
    add(r.routingLine);
    if (r.routingLine) addAll(r.routingLine.indicators);
    add(r.deLine);
    add(r.securityLine);
    add(r.precedence);
    add(r.dateTimeGroup);
    add(r.from);
    for (const a of r.addressees) {
      add(a);
      add(a.routingIndicatorSpan);
    }
  }
  add(cable.header);
  for (const b of cable.banners) {
    add(b);
    add(b.levelSpan);
    add(b.section?.span);
  }
  addAll(cable.captions);
  addAll(cable.headerNotes);
  const eo = cable.executiveOrder;
  if (eo) {
    add(eo);
    add(eo.orderSpan);
    add(eo.decl);
  }
  if (cable.tagsLine) {
    add(cable.tagsLine);
    addAll(cable.tagsLine.tags);
  }
  add(cable.subjectLine);
  if (cable.references) {
    add(cable.references);
    addAll(cable.references.references);
  }
  const cb = cable.classifiedBy;
  if (cb) {
    add(cb);
    add(cb.reasonSection);
    addAll(cb.reasons);
  }
  addAll(cable.pageLines);
  add(cable.signature);
  // The body: paragraphs with their numbers and markings, sub-paragraphs, summary and comment blocks, sections.
  const sections = new Map<number, Span>();
  let body: Span | null = null;
  for (const p of cable.paragraphs) {
    body = body ? { start: body.start, end: Math.max(body.end, p.end) } : { start: p.start, end: p.end };
    if (p.headingIndex !== null) {
      const h = cable.headings[p.headingIndex];
      const s = sections.get(p.headingIndex);
      sections.set(p.headingIndex, { start: h.start, end: Math.max(s?.end ?? h.end, p.end) });
    }
    if (p.end < offset || p.start > offset) continue;
    add(p);
    add(p.numberSpan);
    add(p.portion);
  }
  for (const h of cable.headings) {
    add(h);
    if (body && h.start < body.start) body = { start: h.start, end: body.end };
  }
  for (const s of sections.values()) add(s);
  for (const sub of cable.subParagraphs) {
    add(sub);
    add(sub.portion);
  }
  // A summary or comment that opens inside a paragraph (`1. (C) Summary. …`) or ends inside one (`… End Summary.
  // More text.`) is selected with those whole paragraphs, so that it holds the paragraph step before it.
  for (const b of cable.blocks) {
    const first = cable.paragraphs.find((p) => p.start <= b.start && b.start <= p.end);
    const last = cable.paragraphs.find((p) => p.start <= b.end && b.end <= p.end);
    add({ start: Math.min(b.start, first?.start ?? b.start), end: Math.max(b.end, last?.end ?? b.end) });
  }
  add(body);
  return out;
}

/** The selection ranges at each position: a chain of nested ranges, innermost first. */
export function provideSelectionRanges(document: TextDocument, cable: Cable, positions: readonly Position[]): SelectionRange[] {
  const whole: Span = { start: 0, end: document.getText().length };
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const spans = spansAt(cable, offset);
    spans.push(whole);
    // Smallest first; each range kept must hold the one before it (the protocol's chains are strictly nested).
    spans.sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
    const chain: Span[] = [];
    for (const s of spans) {
      const inner = chain[chain.length - 1];
      if (!inner || (s.start <= inner.start && s.end >= inner.end && (s.start < inner.start || s.end > inner.end))) chain.push(s);
    }
    let range: SelectionRange | undefined;
    for (let k = chain.length - 1; k >= 0; k--) range = { range: toRange(document, chain[k]), parent: range };
    return range ?? { range: toRange(document, { start: offset, end: offset }) };
  });
}
