// Folding ranges: the routing header, the header block, each heading's section, multi-line paragraphs and
// sub-paragraphs, summaries, a later section's repeated header.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable, Span } from '../cable/model';

/** The folding ranges of a cable; ranges spanning a single line are left out. */
export function provideFoldingRanges(document: TextDocument, cable: Cable): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span | null | undefined, kind?: FoldingRangeKind) => {
    if (!span) return;
    const startLine = document.positionAt(span.start).line;
    const endLine = document.positionAt(span.end).line;
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  add(cable.routing, FoldingRangeKind.Imports);
  add(cable.header);
  cable.headings.forEach((h, i) => {
    const paragraphs = cable.paragraphs.filter((p) => p.headingIndex === i);
    const last = paragraphs[paragraphs.length - 1];
    if (last) add({ start: h.start, end: last.end });
  });
  for (const p of cable.paragraphs) add(p);
  // Lettered sub-paragraphs and numbered items of several lines (`¶A. (S/NF) USG Concern: …`, `1) Joint Staff Talks`).
  for (const s of cable.subParagraphs) add(s);
  for (const b of cable.blocks) add(b, FoldingRangeKind.Region);
  for (const r of [cable.references]) add(r);
  for (const h of cable.repeatedHeaders) add(h, FoldingRangeKind.Imports);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
