// Links, definitions and references: REF entries and cable ids in the text lead to that cable's file when it is in
// the workspace, and Find All References lists the cables of the workspace that cite a cable.

import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable, Span } from '../cable/model';
import { cableYear, citationsIn, hitTest, toRange, type CableIndex } from './common';

interface Target {
  span: Span;
  id: string;
}

/** Every reference and citation of a cable id in the text, with the id it names. */
export function cableCitations(cable: Cable, text: string): Target[] {
  const targets: Target[] = [];
  const refs = cable.references?.references ?? [];
  for (const r of refs) if (r.canonicalId) targets.push({ span: r, id: r.canonicalId });
  const year = cableYear(cable);
  const body = cable.header ? cable.header.end : 0;
  for (const c of citationsIn(text.slice(body), body, year)) {
    if (refs.some((r) => r.start <= c.citation.start && c.citation.end <= r.end)) continue;
    targets.push({ span: c.citation, id: c.id });
  }
  return targets;
}

/** Document links for references and citations of cables in the workspace (not the cable itself). */
export function provideDocumentLinks(document: TextDocument, cable: Cable, index: CableIndex): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const t of cableCitations(cable, document.getText())) {
    const found = index.get(t.id);
    if (!found || found.uri === document.uri) continue;
    links.push({ range: toRange(document, t.span), target: found.uri, tooltip: `Open ${t.id}${found.subject ? `: ${found.subject}` : ''}` });
  }
  return links;
}

/** Go to definition on a reference or a cable id: the cable's file. */
export function provideDefinition(document: TextDocument, position: Position, cable: Cable, index: CableIndex): Location[] {
  const text = document.getText();
  const hit = hitTest(cable, text, document.offsetAt(position));
  const id = hit?.kind === 'reference' ? hit.reference.canonicalId : hit?.kind === 'citation' ? hit.id : null;
  if (!id) return [];
  const found = index.get(id);
  if (!found) return [];
  return [{ uri: found.uri, range: START }];
}

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Find All References on a cable id (a REF entry, a cable id in the text, or the cable's own banner): every place in
 * the workspace that cites that cable, this document's current text included, and with `includeDeclaration` the
 * cable's own file.
 */
export function provideReferences(document: TextDocument, position: Position, cable: Cable, index: CableIndex, includeDeclaration: boolean): Location[] {
  const text = document.getText();
  const hit = hitTest(cable, text, document.offsetAt(position));
  const id =
    hit?.kind === 'reference' ? hit.reference.canonicalId : hit?.kind === 'citation' ? hit.id : hit?.kind === 'banner' && hit.banner.position !== 'bottom' ? cable.referenceId : null;
  if (!id) return [];
  const out: Location[] = [];
  if (includeDeclaration) {
    if (cable.referenceId === id) out.push({ uri: document.uri, range: toRange(document, cable.banners[0] ?? { start: 0, end: 0 }) });
    else {
      const found = index.get(id);
      if (found) out.push({ uri: found.uri, range: START });
    }
  }
  // This document from its current text; the others from the index.
  for (const t of cableCitations(cable, text)) if (t.id === id) out.push({ uri: document.uri, range: toRange(document, t.span) });
  const others: Location[] = [];
  for (const c of index.all()) {
    if (c.uri === document.uri) continue;
    for (const cite of c.cites) if (cite.id === id) others.push({ uri: c.uri, range: cite.range });
  }
  others.sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out.concat(others);
}
