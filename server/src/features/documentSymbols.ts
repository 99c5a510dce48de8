// Document symbols: the header with its fields, each heading with its paragraphs, and the summary and comments.

import { SymbolKind, type DocumentSymbol, type Position, type SymbolInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Block, Cable, HeaderNote, Paragraph, Span, SubParagraph } from '../cable/model';
import { formatClassification } from '../cable/markings';
import { toRange } from './common';
import { isDigit, refEntryAsWritten, withoutPilcrow } from '../cable/text';
import { formatDate } from '../cable/dates';
import { entireTextMarked } from '../cable/lint/facts';

const LEAD_WORDS = 5;

/** The name of a paragraph in the outline: number, marking and first words, e.g. `6. (C) Zibari said Iraq needs security`. */
export function paragraphName(p: Paragraph): string {
  const words = firstWords(p.lead, LEAD_WORDS);
  const head = `${p.number}${p.subLetter ?? ''}.`;
  const marked = p.marking ? `${head} ${p.marking}` : head;
  return words ? `${marked} ${words}` : marked;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The first `n` words of a text, single-spaced (a character scan: outlines name thousands of paragraphs). */
function firstWords(text: string, n: number): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  let words = 0;
  let end = start;
  let irregular = false;
  while (i < text.length && words < n) {
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    words++;
    end = i;
    let gap = 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) !== 32 || ++gap > 1) irregular = true;
      i++;
    }
  }
  const out = text.slice(start, end);
  return irregular ? out.replace(/\s+/g, ' ') : out;
}

function symbol(document: TextDocument, name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const s: DocumentSymbol = { name: name || '(empty)', kind, range: toRange(document, span), selectionRange: toRange(document, selection) };
  if (detail) s.detail = detail;
  if (children && children.length) s.children = children;
  return s;
}

const comparePositions = (a: Position, b: Position): number => a.line - b.line || a.character - b.character;
const byStart = (a: DocumentSymbol, b: DocumentSymbol): number => comparePositions(a.range.start, b.range.start);

const cover = (...spans: (Span | null | undefined)[]): Span => {
  const real = spans.filter((s): s is Span => !!s);
  return { start: Math.min(...real.map((s) => s.start)), end: Math.max(...real.map((s) => s.end)) };
};

/** The outline as a flat list, each symbol naming its parent: for clients without hierarchical document symbols. */
export function flattenSymbols(uri: string, symbols: readonly DocumentSymbol[]): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (list: readonly DocumentSymbol[], container: string | undefined): void => {
    for (const s of list) {
      const info: SymbolInformation = { name: s.name, kind: s.kind, location: { uri, range: s.range } };
      if (container !== undefined) info.containerName = container;
      out.push(info);
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(symbols, undefined);
  return out;
}

/** The outline of a cable. */
export function provideDocumentSymbols(document: TextDocument, cable: Cable): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let routing: DocumentSymbol | null = null;
  if (cable.routing) {
    const r = cable.routing;
    const from = r.from ? `from ${r.from.text}` : undefined;
    // (Named by its date-time group; with none, by its first addressee: the addressee lines a partial extract kept
    // below its banner, `INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY` …, 05MADRID1178.)
    const first = r.addressees[0];
    const name = r.dateTimeGroup ? `Routing ${r.dateTimeGroup.written}` : first ? `Routing: ${first.role} ${first.name}${r.addressees.length > 1 ? ` (+${r.addressees.length - 1})` : ''}` : 'Routing';
    routing = symbol(document, name, SymbolKind.Interface, r, r.transmissionId ?? r.precedence ?? r, from);
  }
  const header = headerSymbol(document, cable);
  // A routing block inside the header is a row of it, where it stands.
  if (routing && header && comparePositions(routing.range.start, header.range.start) > 0 && comparePositions(routing.range.end, header.range.end) <= 0) {
    header.children = [...(header.children ?? []), routing].sort(byStart);
  } else if (routing) out.push(routing);
  if (header) out.push(header);
  // The receiving post's distribution printout (`INFO  LOG-00   EEB-00 …`, before the routing header of 10SANAA4): a
  // row of its own where it stands, no note of the header.
  const headerStart = header ? document.offsetAt(header.range.start) : Infinity;
  for (const n of cable.headerNotes) if (n.distribution && n.start < headerStart) out.push(distributionSymbol(document, n));
  if (out.length > 1) out.sort(byStart);
  out.push(...bodySymbols(document, cable));
  if (cable.signature) out.push(symbol(document, `Signature: ${cable.signature.text}`, SymbolKind.Constant, cable.signature, cable.signature));
  for (const b of cable.banners.filter((x) => x.position === 'bottom')) out.push(symbol(document, `Banner: ${b.level ?? b.text}`, SymbolKind.Constant, b, b.levelSpan));
  return out;
}

/** Named by its first words, so that its rows tell apart (`Distribution: ACTION SCA-00`, `Distribution: INFO LOG-00 EEB-00 …`). */
function distributionSymbol(document: TextDocument, n: HeaderNote): DocumentSymbol {
  const words = firstWords(n.text, 3);
  const more = words.length < n.text.trim().replace(/\s+/g, ' ').length ? ' …' : '';
  return symbol(document, `Distribution: ${words}${more}`, SymbolKind.Field, n, n, 'of the received copy');
}

function headerSymbol(document: TextDocument, cable: Cable): DocumentSymbol | null {
  const children: DocumentSymbol[] = [];
  const inHeader = (s: Span) => !cable.header || (s.start >= cable.header.start && s.end <= cable.header.end);
  for (const b of cable.banners.filter((x) => x.position !== 'bottom' && inHeader(x))) {
    const section = b.section ? `section ${b.section.number} of ${b.section.total}` : undefined;
    children.push(symbol(document, `Banner: ${formatClassification(b.level, b.caveats)}`, SymbolKind.Constant, b, b.levelSpan, section));
  }
  if (cable.dateLine) children.push(symbol(document, `Date: ${formatDate(cable.dateLine.iso!)}`, SymbolKind.Event, cable.dateLine, cable.dateLine, 'date line'));
  for (const c of cable.captions) children.push(symbol(document, c.caption, SymbolKind.EnumMember, c, c, 'caption'));
  const eo = cable.executiveOrder;
  if (eo) {
    // `DECL` only where the cable writes it (`E.O. 11652: NGDS`, `E.O. 12958: N/A` have none).
    const value = eo.decl ? (eo.decl.kind === 'date' ? eo.decl.date! : eo.decl.written) : null;
    const decl = value === null ? 'no DECL' : eo.declKeyword || eo.decl?.kind === 'date' ? `DECL ${value}` : value;
    children.push(symbol(document, `E.O. ${eo.order ?? '?'}: ${decl}`, SymbolKind.Property, eo, eo.orderSpan ?? eo));
  }
  const tags = cable.tagsLine;
  if (tags) children.push(symbol(document, `TAGS: ${tags.tags.map((t) => t.code).join(' ')}`, SymbolKind.Array, tags, tags.keyword));
  const subject = cable.subjectLine;
  if (subject) children.push(symbol(document, `SUBJECT: ${subject.text}`, SymbolKind.String, subject, subject.keyword));
  const refs = cable.references;
  if (refs) {
    // Without the `¶` the published text put before some entries (`¶B. MOSCOW 5000`).
    const items = refs.references.map((r) => symbol(document, refEntryAsWritten(r.written), SymbolKind.Event, r, r, r.canonicalId ?? undefined));
    children.push(symbol(document, `REF (${refs.references.length})`, SymbolKind.Array, refs, refs.keyword, undefined, items));
  }
  const cb = cable.classifiedBy;
  if (cb) {
    const letters = cb.reasons.map((r) => r.letter).join(', ');
    const reasons = cb.reasonSection ? `${cb.reasonSection.value} (${letters})` : letters ? `(${letters}), no section` : 'no reason';
    children.push(symbol(document, `Classified By: ${cb.classifier ?? '?'}`, SymbolKind.Key, cb, cb.keyword, reasons));
  }
  // Passing and distribution instructions (`STATE FOR EUR/WE`) and other lines of the header, where they stand.
  const notes = cable.headerNotes.filter((n) => !n.distribution);
  for (const n of notes) children.push(symbol(document, n.text, SymbolKind.Field, n, n, 'note'));
  children.sort(byStart);
  if (children.length === 0) return null;
  // (Without the lines of a distribution printout the header's span may begin with; one inside it is a row of it.)
  const whole = notes.length === cable.headerNotes.length ? cable.header : null;
  const span = cover(whole, ...cable.banners.filter((b) => b.position !== 'bottom' && inHeader(b)), cable.executiveOrder, cable.tagsLine, cable.subjectLine, cable.references, cable.classifiedBy, ...cable.captions, ...notes, cable.dateLine);
  for (const n of cable.headerNotes) if (n.distribution && n.start >= span.start) children.push(distributionSymbol(document, n));
  children.sort(byStart);
  const top = cable.banners.find((b) => b.position === 'top');
  const name = cable.referenceId ? `Header ${cable.referenceId}` : 'Header';
  return symbol(document, name, SymbolKind.Namespace, span, top?.levelSpan ?? span, formatClassification(cable.classification.level, cable.classification.caveats), children);
}

function paragraphSymbol(document: TextDocument, p: Paragraph, inner: DocumentSymbol[], entireText: string | null): DocumentSymbol {
  const level = p.portion?.level
    ? formatClassification(p.portion.level, p.portion.caveats)
    : p.portion
      ? 'unrecognised marking'
      : p.listIn !== null
        ? 'list item'
        : (entireText ?? 'unmarked');
  // The model knows each paragraph's lines: positions come without searching the document's line table.
  const first = p.line - 1;
  const s: DocumentSymbol = {
    name: paragraphName(p),
    kind: SymbolKind.String,
    range: { start: positionOnLine(document, first, p.start), end: positionOnLine(document, p.endLine - 1, p.end) },
    selectionRange: { start: positionOnLine(document, first, p.numberSpan.start), end: positionOnLine(document, first, p.numberSpan.end) },
    detail: p.mangled ? `${level} · written ${p.written}` : level,
  };
  if (inner.length) s.children = inner;
  return s;
}

/** The position of an offset on a line (0-based) the model names; searched for when it is not on that line. */
function positionOnLine(document: TextDocument, line: number, offset: number): Position {
  const lineStart = document.offsetAt({ line, character: 0 });
  if (offset < lineStart || (line + 1 < document.lineCount && offset >= document.offsetAt({ line: line + 1, character: 0 }))) return document.positionAt(offset);
  return { line, character: offset - lineStart };
}

/** The symbols of the summary and comment blocks inside each paragraph (blocks and paragraphs in text order). */
function innerBlocks(document: TextDocument, paragraphs: readonly Paragraph[], blocks: readonly Block[]): Map<Paragraph, DocumentSymbol[]> {
  const out = new Map<Paragraph, DocumentSymbol[]>();
  let j = 0;
  for (const p of paragraphs) {
    while (j < blocks.length && blocks[j].start < p.start) j++;
    for (let k = j; k < blocks.length && blocks[k].start <= p.end; k++) {
      const b = blocks[k];
      if (b.end > p.end) continue;
      let list = out.get(p);
      if (!list) out.set(p, (list = []));
      list.push(blockSymbol(document, b));
    }
  }
  return out;
}

const NONE: DocumentSymbol[] = [];

/** A lettered sub-paragraph: its label and first words (`a) Taking a hard line against EU`), its marking as detail. */
function subParagraphSymbol(document: TextDocument, text: string, sub: SubParagraph): DocumentSymbol {
  let head = withoutPilcrow(text.slice(sub.start, Math.min(sub.end, sub.start + 200)));
  // A title over a list names it alone (`A. Key Near-Term Issues` over `1) Darfur/Sudan`, 09STATE80163).
  const br = head.indexOf('\n');
  // So does a title in capitals over its text (`¶L. (C) RUSSIAN INFLUENCE` over `Russia continues to …`, 05SOFIA1207).
  // (A dash of a list may have no space after it: `2) Final Status Issues (SRCC-1).` over `--Details regarding …`,
  // 08STATE116392.)
  const titled = br > 0 && (/^\s*(?:\(?\d{1,2}\)|-{1,2}\s|--(?=[A-Za-z])|•|\([a-z]\)\s)/.test(head.slice(br + 1)) || (!/[a-z]/.test(head.slice(0, br)) && /[A-Z]/.test(head.slice(0, br)) && /^\s*[A-Z][a-z]/.test(head.slice(br + 1))));
  if (titled) head = head.slice(0, br);
  const detail = sub.portion?.level ? formatClassification(sub.portion.level, sub.portion.caveats) : undefined;
  let label = sub.start;
  while (label < sub.end && !isSpace(text.charCodeAt(label))) label++;
  // Such a title is named whole, when it is no sentence and not long (`B. Financial Stability, Economic Development, and
  // Societal Challenges` over its list, 09STATE62397): its last words say what it is.
  const whole = (titled || (br < 0 && !sub.portion)) && head.trim().length <= 80 && !/[.;:]\s+\S/.test(head.trim().replace(/^\S+\s+/, ''));
  return symbol(document, whole ? head.trim().replace(/\s+/g, ' ') : firstWords(head, LEAD_WORDS + 1), SymbolKind.String, sub, { start: sub.start, end: label }, detail);
}

function blockSymbol(document: TextDocument, b: Block): DocumentSymbol {
  const name = b.kind === 'summary' ? 'Summary' : 'Comment';
  return symbol(document, name, SymbolKind.Event, b, b.open, b.close ? undefined : 'no end marker');
}

function bodySymbols(document: TextDocument, cable: Cable): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const headings = cable.headings;
  const blocks = cable.blocks.filter((b) => b.style !== 'heading');
  const inner = blocks.length ? innerBlocks(document, cable.paragraphs, [...blocks].sort((a, b) => a.start - b.start)) : null;
  // The items of a numbered list inside a paragraph stand under it (when no heading comes between).
  const lists = new Map<Paragraph, Paragraph[]>();
  const nested = new Set<Paragraph>();
  for (const p of cable.paragraphs) {
    const parent = p.listIn !== null ? cable.paragraphs[p.listIn] : null;
    if (!parent || parent.headingIndex !== p.headingIndex) continue;
    if (!lists.has(parent)) lists.set(parent, []);
    lists.get(parent)!.push(p);
    nested.add(p);
  }
  // Lettered sub-paragraphs (`a) …`, `B. …`) stand under the paragraph they are in.
  const subs = new Map<Paragraph, DocumentSymbol[]>();
  // Those in no numbered paragraph (the lettered answers of a questionnaire, `¶A. Yes. …` with `i.`, `ii.` under
  // them, 09PESHAWAR41) stand under the heading above them, or at the top level: by heading index, -1 for none.
  const looseSubs = new Map<number, { start: number; symbol: DocumentSymbol }[]>();
  if (cable.subParagraphs.length) {
    const text = document.getText();
    let k = 0;
    let h = -1;
    let upper: DocumentSymbol | null = null;
    // The last lettered sub-paragraph of a paragraph holds the numbered items after it (`A. Key Near-Term Issues`
    // over `1) Darfur/Sudan`, `2) Afghanistan/Pakistan`, 09STATE80163).
    let lettered: { paragraph: Paragraph; symbol: DocumentSymbol } | null = null;
    for (const sub of cable.subParagraphs) {
      while (k < cable.paragraphs.length && cable.paragraphs[k].end < sub.start) k++;
      const p = cable.paragraphs[k];
      if (p && p.start <= sub.start) {
        const s = subParagraphSymbol(document, text, sub);
        const item = isDigit(sub.label.charCodeAt(0));
        if (item && lettered && lettered.paragraph === p) {
          (lettered.symbol.children ??= []).push(s);
          lettered.symbol.range = { start: lettered.symbol.range.start, end: s.range.end };
          continue;
        }
        if (!item) lettered = { paragraph: p, symbol: s };
        if (!subs.has(p)) subs.set(p, []);
        subs.get(p)!.push(s);
        continue;
      }
      while (h + 1 < headings.length && headings[h + 1].start < sub.start) {
        h++;
        upper = null;
      }
      const s = subParagraphSymbol(document, text, sub);
      const lower = sub.label.charCodeAt(0) >= 97;
      // A lower-case item after a capital one is an item of it (`¶A.` then `i.`, `ii.`).
      if (lower && upper) {
        (upper.children ??= []).push(s);
        upper.range = { start: upper.range.start, end: s.range.end };
        continue;
      }
      if (!lower) upper = s;
      if (!looseSubs.has(h)) looseSubs.set(h, []);
      looseSubs.get(h)!.push({ start: sub.start, symbol: s });
    }
  }
  // Older cables mark the whole text in their first paragraph (`1. CONFIDENTIAL - ENTIRE TEXT.`): no paragraph is unmarked.
  const level = cable.classification.level;
  const entireText = level && entireTextMarked(cable) ? `${formatClassification(level, cable.classification.caveats)} (entire text)` : null;
  const paragraphSymbolOf = (p: Paragraph): DocumentSymbol => {
    const items = lists.get(p);
    const lettered = subs.get(p);
    if (!items && !lettered) return paragraphSymbol(document, p, inner?.get(p) ?? NONE, entireText);
    // A comment inside a lettered sub-paragraph (`D. (S) Kamal Darvishi … (Comment: We assume … End Comment).`,
    // 09BAKU175) stands under it.
    const blocksHere: DocumentSymbol[] = [];
    for (const b of inner?.get(p) ?? NONE) {
      const sub = lettered?.find((x) => comparePositions(x.range.start, b.range.start) <= 0 && comparePositions(b.range.end, x.range.end) <= 0);
      if (sub) (sub.children ??= []).push(b);
      else blocksHere.push(b);
    }
    const children = [...blocksHere, ...(lettered ?? NONE), ...(items ?? []).map(paragraphSymbolOf)];
    children.sort(byStart);
    const s = paragraphSymbol(document, p, children, entireText);
    // The paragraph reaches to the end of the last list item after it.
    for (const c of children) if (comparePositions(c.range.end, s.range.end) > 0) s.range.end = c.range.end;
    return s;
  };
  // A summary or comment heading holds its paragraphs only up to its `End Summary` (`Summary` … `End Summary.`, then
  // `¶2. …` before the next heading, 07MOSCOW3579): those after it stand at the top level.
  const closedAt = new Map<number, number>();
  // (Or, with no closer, up to the end of its block: not a note on the cable's clearance after it, 08ALGIERS261.)
  for (const b of cable.blocks) {
    if (b.style !== 'heading') continue;
    const h = headings.findIndex((x) => x.start === b.start);
    if (h >= 0) closedAt.set(h, b.close?.end ?? b.end);
  }
  const byHeading = new Map<number | null, Paragraph[]>();
  for (const p of cable.paragraphs) {
    if (nested.has(p)) continue;
    const end = p.headingIndex === null ? undefined : closedAt.get(p.headingIndex);
    const key = end !== undefined && p.start >= end ? null : p.headingIndex;
    if (!byHeading.has(key)) byHeading.set(key, []);
    byHeading.get(key)!.push(p);
  }
  // A summary or comment that opens in one paragraph and closes in a later one (`3. (U) COMMENT.` … `4. … END
  // COMMENT.`, 09DJIBOUTI113) holds those paragraphs.
  const spanning = blocks.filter((b) => !cable.paragraphs.some((p) => b.start >= p.start && b.end <= p.end));
  const grouped = new Set<Block>();
  const symbolsOf = (paragraphs: readonly Paragraph[]): { start: number; symbol: DocumentSymbol }[] => {
    const out: { start: number; symbol: DocumentSymbol }[] = [];
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      const b = spanning.find((x) => !grouped.has(x) && x.start >= p.start && x.start <= p.end && x.end > p.end);
      let j = i;
      while (b && j + 1 < paragraphs.length && paragraphs[j + 1].start <= b.end) j++;
      if (!b || j === i) {
        out.push({ start: p.start, symbol: paragraphSymbolOf(p) });
        continue;
      }
      grouped.add(b);
      const children = paragraphs.slice(i, j + 1).map(paragraphSymbolOf);
      const s = blockSymbol(document, b);
      s.children = children;
      s.range = { start: children[0].range.start, end: comparePositions(children[j - i].range.end, s.range.end) > 0 ? children[j - i].range.end : s.range.end };
      out.push({ start: p.start, symbol: s });
      i = j;
    }
    return out;
  };
  // Paragraphs before the first heading stand at the top level.
  const items = symbolsOf(byHeading.get(null) ?? []);
  items.push(...(looseSubs.get(-1) ?? []));
  const looseBlocks = spanning.filter((b) => !grouped.has(b) && (headings.length === 0 || b.start < headings[0].start));
  items.push(...looseBlocks.map((b) => ({ start: b.start, symbol: blockSymbol(document, b) })));
  // A title under a boxed one (`INTERNATIONAL` under `THE STATUS OF “UNRELENTING PRESSURES”`, 89PANAMA8545).
  const sections = new Map<number, DocumentSymbol>();
  headings.forEach((h, i) => {
    const paragraphs = byHeading.get(i) ?? [];
    const last = paragraphs[paragraphs.length - 1];
    const span = { start: h.start, end: last ? last.end : h.end };
    const kind = h.kind === 'heading' ? SymbolKind.Module : SymbolKind.Event;
    const detail = h.kind === 'summary' ? 'summary' : h.kind === 'comment' ? 'comment' : undefined;
    let children = spanning.length === 0 ? paragraphs.map(paragraphSymbolOf) : symbolsOf(paragraphs).map((x) => x.symbol);
    const lettered = looseSubs.get(i);
    if (lettered) children = [...children, ...lettered.map((x) => x.symbol)].sort(byStart);
    const section = symbol(document, h.text, kind, span, h, detail, children);
    // The last paragraph's symbol reaches to the end of a list inside it.
    if (children.length) section.range.end = children[children.length - 1].range.end;
    sections.set(i, section);
    const owner = h.within !== undefined ? sections.get(h.within) : undefined;
    if (owner) {
      (owner.children ??= []).push(section);
      owner.range = { start: owner.range.start, end: section.range.end };
      return;
    }
    items.push({ start: h.start, symbol: section });
  });
  items.sort((a, b) => a.start - b.start);
  out.push(...items.map((i) => i.symbol));
  return out;
}
