// Links, definitions, references and highlights: REF entries and cable ids in the text lead to that cable's file when
// it is in the workspace, Find All References lists the cables of the workspace that cite a cable, and mentions in the
// body (`ref A`, `para 5`) lead to the REF entry or paragraph they name.

import { DocumentHighlightKind, type DocumentHighlight, type DocumentLink, type Location, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable, Span } from '../cable/model';
import { findParagraphMentions, findReferenceMentions } from '../cable/mentions';
import { cableYear, citationsIn, hitTest, toRange, type CableIndex, type Hit } from './common';

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

/**
 * Go to definition: on a mention of a REF entry (`ref A`, `reftel`) the entry in the header, on a mention of a
 * paragraph (`para 5`) that paragraph; on a REF entry or a cable id, the cable's file when it is in the workspace.
 */
export function provideDefinition(document: TextDocument, position: Position, cable: Cable, index: CableIndex): Location[] {
  const text = document.getText();
  const hit = hitTest(cable, text, document.offsetAt(position));
  if (hit?.kind === 'reference-mention') return [{ uri: document.uri, range: toRange(document, hit.mention.all ? cable.references! : hit.reference) }];
  if (hit?.kind === 'paragraph-mention') return [{ uri: document.uri, range: toRange(document, hit.paragraph.numberSpan) }];
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
  // A REF entry or a paragraph, and its mentions in the body (`ref A`, `para 5`).
  const local = localTarget(cable, hit);
  if (local?.kind === 'paragraph') {
    const spans = mentionsOf(cable, text, local);
    if (includeDeclaration) spans.unshift(cable.paragraphs[local.index].numberSpan);
    return spans.map((span) => ({ uri: document.uri, range: toRange(document, span) }));
  }
  const mentioned: Location[] = [];
  if (local?.kind === 'reference') {
    for (const span of mentionsOf(cable, text, local)) mentioned.push({ uri: document.uri, range: toRange(document, span) });
    // An entry that names no cable (an e-mail, a memo): the entry and its mentions.
    const entry = cable.references!.references[local.index];
    if (!entry.canonicalId) return includeDeclaration ? [{ uri: document.uri, range: toRange(document, entry) }, ...mentioned] : mentioned;
  }
  const id =
    hit?.kind === 'reference' || (hit?.kind === 'reference-mention' && !hit.mention.all)
      ? hit.reference.canonicalId
      : hit?.kind === 'citation'
        ? hit.id
        : hit?.kind === 'banner' && hit.banner.position !== 'bottom'
          ? cable.referenceId
          : null;
  if (!id) return mentioned;
  const out: Location[] = [];
  if (includeDeclaration) {
    if (cable.referenceId === id) out.push({ uri: document.uri, range: toRange(document, cable.banners[0] ?? { start: 0, end: 0 }) });
    else {
      const found = index.get(id);
      if (found) out.push({ uri: found.uri, range: START });
    }
  }
  // This document from its current text, with the mentions of the REF entry that names the cable; the others from
  // the index.
  for (const t of cableCitations(cable, text)) if (t.id === id) out.push({ uri: document.uri, range: toRange(document, t.span) });
  out.push(...mentioned);
  const others: Location[] = [];
  for (const c of index.all()) {
    if (c.uri === document.uri) continue;
    for (const cite of c.cites) if (cite.id === id) others.push({ uri: c.uri, range: cite.range });
  }
  others.sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out.concat(others);
}

/** A REF entry or a paragraph of this cable, under the cursor or mentioned there. */
type LocalTarget = { kind: 'reference' | 'paragraph'; index: number };

function localTarget(cable: Cable, hit: Hit | null): LocalTarget | null {
  switch (hit?.kind) {
    case 'reference':
      return { kind: 'reference', index: cable.references!.references.indexOf(hit.reference) };
    case 'reference-mention':
      // `reftels` names them all: no one entry to gather.
      return hit.mention.all ? null : { kind: 'reference', index: hit.mention.reference };
    case 'paragraph-number':
      return { kind: 'paragraph', index: cable.paragraphs.indexOf(hit.paragraph) };
    case 'paragraph-mention':
      return { kind: 'paragraph', index: hit.mention.paragraph };
    default:
      return null;
  }
}

/** The spans of the body's mentions of a REF entry or a paragraph. */
function mentionsOf(cable: Cable, text: string, target: LocalTarget): Span[] {
  // Only the kind of mention asked for: a search of the body for the other kind would be thrown away.
  const from = cable.header?.end ?? 0;
  const spans =
    target.kind === 'reference'
      ? findReferenceMentions(cable, text, from, text.length).filter((m) => !m.all && m.reference === target.index)
      : findParagraphMentions(cable, text, from, text.length).filter((m) => m.paragraph === target.index);
  return spans.map((m) => ({ start: m.start, end: m.end }));
}

/**
 * Document highlights: a REF entry and its mentions (`ref A`), or a paragraph's number and its mentions (`para 5`),
 * wherever the cursor is on one of them.
 */
export function provideDocumentHighlights(document: TextDocument, position: Position, cable: Cable): DocumentHighlight[] {
  const text = document.getText();
  const target = localTarget(cable, hitTest(cable, text, document.offsetAt(position)));
  if (!target || target.index < 0) return [];
  const declaration = target.kind === 'reference' ? cable.references!.references[target.index] : cable.paragraphs[target.index].numberSpan;
  const out: DocumentHighlight[] = [{ range: toRange(document, declaration), kind: DocumentHighlightKind.Write }];
  for (const span of mentionsOf(cable, text, target)) out.push({ range: toRange(document, span), kind: DocumentHighlightKind.Read });
  return out;
}
