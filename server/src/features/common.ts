// Shared by the features: offsets to LSP ranges (only here, at the edge), the element under the cursor, the index.

import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  Addressee,
  BannerLine,
  Block,
  Cable,
  CaptionLine,
  Classification,
  DateTimeGroup,
  HeaderNote,
  Heading,
  Level,
  PageLine,
  RepeatedHeader,
  Footer,
  Paragraph,
  PortionMarking,
  ReasonLetter,
  Reference,
  RoutingHeader,
  Span,
  Tag,
} from '../cable/model';
import { canonicalCableId, findCableCitations, type CableCitation } from '../cable/header';
import { LEVEL_ABBREVIATION, formatClassification, levelRank, portionMarkingIn } from '../cable/markings';
import { topBanner } from '../cable/lint/facts';
import { expandYear } from '../cable/dates';
import { refEntryAsWritten } from '../cable/text';
import { findParagraphMentions, findReferenceMentions, type ParagraphMention, type ReferenceMention } from '../cable/mentions';

/** The LSP range of a span. */
export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** A cable known to the workspace index. */
export interface IndexedCable {
  id: string;
  uri: string;
  subject: string | null;
  classification: Classification;
  date: string | null;
  origin: string | null;
  /** The cables this one cites (REF entries and cable ids in its text), where: for Find All References. */
  cites: readonly { id: string; range: Range }[];
}

/** The workspace's cables by canonical id. */
export interface CableIndex {
  get(id: string): IndexedCable | undefined;
  all(): Iterable<IndexedCable>;
}

export const EMPTY_INDEX: CableIndex = { get: () => undefined, all: () => [] };

const inside = (span: Span | null | undefined, offset: number): boolean => !!span && span.start <= offset && offset <= span.end;

/** What the cursor is on: the most specific element of the model at an offset. */
export type Hit =
  | { kind: 'tag'; tag: Tag }
  | { kind: 'banner'; banner: BannerLine }
  | { kind: 'portion'; portion: PortionMarking; paragraph: Paragraph | null }
  | { kind: 'paragraph-number'; paragraph: Paragraph }
  | { kind: 'eo-order' }
  | { kind: 'decl' }
  | { kind: 'reason-section' }
  | { kind: 'reason-letter'; letter: ReasonLetter }
  | { kind: 'caption'; caption: CaptionLine }
  | { kind: 'field-keyword'; field: 'tags' | 'subject' | 'ref' | 'classifiedBy'; span: Span }
  | { kind: 'page-line'; page: PageLine }
  | { kind: 'repeated-header'; header: RepeatedHeader; banner: BannerLine | null }
  | { kind: 'footer'; footer: Footer }
  | { kind: 'from'; from: NonNullable<RoutingHeader['from']>; span: Span }
  | { kind: 'header-note'; note: HeaderNote }
  | { kind: 'signature'; signature: NonNullable<Cable['signature']> }
  | { kind: 'entire-text'; span: Span; written: string }
  | { kind: 'routing-indicator'; indicator: string; span: Span; addressee: Addressee | null }
  | { kind: 'reference'; reference: Reference }
  | { kind: 'reference-mention'; mention: ReferenceMention; reference: Reference }
  | { kind: 'paragraph-mention'; mention: ParagraphMention; paragraph: Paragraph }
  | { kind: 'citation'; citation: CableCitation; id: string }
  | { kind: 'dtg'; dtg: DateTimeGroup }
  | { kind: 'date-line'; dateLine: DateTimeGroup }
  | { kind: 'transmission'; line: Span & { text: string } }
  | { kind: 'precedence'; written: string; span: Span }
  | { kind: 'addressee-precedence'; addressee: Addressee; span: Span }
  | { kind: 'addressee'; addressee: Addressee }
  | { kind: 'de-line'; line: NonNullable<RoutingHeader['deLine']> }
  | { kind: 'security-line'; line: Span & { text: string } }
  | { kind: 'heading'; heading: Heading; index: number }
  | { kind: 'block-open'; block: Block }
  | { kind: 'block-close'; block: Block };

/** The portion marking (`(U)`) that opens a header line at `line.start`, when the offset is on it and the keyword follows. */
function markingBefore(text: string, offset: number, line: Span | null | undefined, keyword: Span | null | undefined): PortionMarking | null {
  if (!line || !keyword || offset < line.start || offset >= keyword.start || text.charCodeAt(line.start) !== 40 /* ( */) return null;
  const close = text.indexOf(')', line.start);
  if (close < 0 || close >= keyword.start || offset > close) return null;
  return portionMarkingIn(text, line.start, close + 1);
}

/** A paragraph's words that classify the whole text: `CONFIDENTIAL - ENTIRE TEXT`, `ENTIRE TEXT`. */
const ENTIRE_TEXT_AT = /^\s*((?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)\s*[-–—]+\s*)?ENTIRE TEXT)\b/i;

/** The element of the model at an offset, or null. */
export function hitTest(cable: Cable, text: string, offset: number): Hit | null {
  for (const tag of cable.tags) if (inside(tag, offset)) return { kind: 'tag', tag };
  const eo = cable.executiveOrder;
  // A header line marked as a portion: `(U) E.O. 12958: …`, `(U) Classified by …`.
  const lineMarking = markingBefore(text, offset, eo, eo?.orderSpan) ?? markingBefore(text, offset, cable.classifiedBy, cable.classifiedBy?.keyword);
  if (lineMarking) return { kind: 'portion', portion: lineMarking, paragraph: null };
  if (eo) {
    // The number, or the `E.O.` keyword before it.
    if (inside(eo.orderSpan, offset) || (eo.orderSpan && offset >= eo.start && offset < eo.orderSpan.start)) return { kind: 'eo-order' };
    if (inside(eo.decl, offset) || inside(eo.declKeyword, offset)) return { kind: 'decl' };
  }
  const cb = cable.classifiedBy;
  if (cb) {
    if (inside(cb.reasonSection, offset)) return { kind: 'reason-section' };
    // The letter the cursor stands on before the one it stands after (`(b-d)`: on `d`, not after the `-` of (c)).
    const on = cb.reasons.find((l) => l.start <= offset && offset < l.end) ?? cb.reasons.find((l) => l.start <= offset && offset <= l.end);
    if (on) return { kind: 'reason-letter', letter: on };
    if (inside(cb.keyword, offset)) return { kind: 'field-keyword', field: 'classifiedBy', span: cb.keyword };
    // The rest of the line (the classifier's name) says what the field says.
    if (inside(cb, offset)) return { kind: 'field-keyword', field: 'classifiedBy', span: cb };
  }
  if (cable.tagsLine && inside(cable.tagsLine.keyword, offset)) return { kind: 'field-keyword', field: 'tags', span: cable.tagsLine.keyword };
  if (cable.subjectLine && inside(cable.subjectLine.keyword, offset)) return { kind: 'field-keyword', field: 'subject', span: cable.subjectLine.keyword };
  if (cable.subjectLine?.portion && inside(cable.subjectLine.portion, offset)) return { kind: 'portion', portion: cable.subjectLine.portion, paragraph: null };
  if (cable.references && inside(cable.references.keyword, offset)) return { kind: 'field-keyword', field: 'ref', span: cable.references.keyword };
  for (const page of cable.pageLines) if (inside(page, offset)) return { kind: 'page-line', page };
  if (cable.footer && inside(cable.footer, offset)) return { kind: 'footer', footer: cable.footer };
  // A later section's own header (its banner hovers as a banner).
  for (const header of cable.repeatedHeaders) {
    if (!inside(header, offset)) continue;
    const banner = cable.banners.find((b) => b.section && b.start >= header.start && b.end <= header.end) ?? null;
    if (!banner || !inside(banner, offset)) return { kind: 'repeated-header', header, banner };
  }
  for (const caption of cable.captions) if (inside(caption, offset)) return { kind: 'caption', caption };
  for (const caption of cable.bodyCaptions) if (inside(caption, offset)) return { kind: 'caption', caption };
  for (const note of cable.headerNotes) if (inside(note, offset)) return { kind: 'header-note', note };
  if (cable.signature && inside(cable.signature, offset)) return { kind: 'signature', signature: cable.signature };
  const dtg = cable.routing?.dateTimeGroup ?? null;
  if (dtg && inside(dtg, offset)) return { kind: 'dtg', dtg };
  if (cable.extractDateTimeGroup && inside(cable.extractDateTimeGroup, offset)) return { kind: 'dtg', dtg: cable.extractDateTimeGroup };
  if (cable.dateLine && inside(cable.dateLine, offset)) return { kind: 'date-line', dateLine: cable.dateLine };
  const routing = cable.routing;
  if (routing) {
    for (const a of routing.addressees) {
      if (a.routingIndicator && inside(a.routingIndicatorSpan, offset)) return { kind: 'routing-indicator', indicator: a.routingIndicator, span: a.routingIndicatorSpan!, addressee: a };
      // The precedence word after the name (`SECSTATE WASHDC IMMEDIATE 4460`).
      if (a.precedence && inside(a, offset)) {
        const at = text.lastIndexOf(a.precedence, a.end - a.precedence.length);
        if (at >= a.start && offset >= at && offset <= at + a.precedence.length) return { kind: 'addressee-precedence', addressee: a, span: { start: at, end: at + a.precedence.length } };
      }
      // The rest of the line: who it is (`AMEMBASSY ASUNCION`, `IRAN COLLECTIVE`), also where no routing indicator is written.
      if (inside(a, offset)) return { kind: 'addressee', addressee: a };
    }
    for (const ri of routing.routingLine?.indicators ?? []) if (inside(ri, offset)) return { kind: 'routing-indicator', indicator: ri.text, span: ri, addressee: null };
    const de = routing.deLine;
    if (de && inside(de, offset)) {
      const station = de.station;
      const at = station ? de.start + de.text.indexOf(station) : -1;
      if (station && offset >= at && offset <= at + station.length) return { kind: 'routing-indicator', indicator: station, span: { start: at, end: at + station.length }, addressee: null };
      return { kind: 'de-line', line: de };
    }
    if (routing.transmissionId && inside(routing.transmissionId, offset)) return { kind: 'transmission', line: routing.transmissionId };
    // The FM line: the keyword and the originator (its routing indicator has a hover of its own above).
    if (routing.from) {
      const span = { start: lineStartOf(text, routing.from.start), end: routing.from.end };
      if (inside(span, offset)) return { kind: 'from', from: routing.from, span };
    }
    if (routing.securityLine && inside(routing.securityLine, offset)) return { kind: 'security-line', line: routing.securityLine };
    if (routing.precedence && inside(routing.precedence, offset)) return { kind: 'precedence', written: routing.precedence.text, span: routing.precedence };
    const line = routing.routingLine;
    if (line) {
      // The precedence pair before the first routing indicator: `OO RUEHFL RUEHKW`.
      const pair = /^[ZOPR]{1,2}(?=\s)(?:\s[ZOPR](?=\s|$))?/.exec(line.text)?.[0];
      if (pair && offset >= line.start && offset <= line.start + pair.length) return { kind: 'precedence', written: pair, span: { start: line.start, end: line.start + pair.length } };
    }
  }
  for (const b of cable.banners) if (inside(b, offset)) return { kind: 'banner', banner: b };
  for (const r of cable.references?.references ?? []) if (inside(r, offset)) return { kind: 'reference', reference: r };
  const p = paragraphAt(cable, offset);
  if (p) {
    if (inside(p.numberSpan, offset)) return { kind: 'paragraph-number', paragraph: p };
    if (p.portion && inside(p.portion, offset)) return { kind: 'portion', portion: p.portion, paragraph: p };
    // The whole text classified in words in the first paragraph (`¶1.  CONFIDENTIAL - ENTIRE TEXT.`, 90CAPETOWN97).
    if (!p.portion && p === cable.paragraphs[0]) {
      const m = ENTIRE_TEXT_AT.exec(text.slice(p.numberSpan.end, Math.min(p.end, p.numberSpan.end + 60)));
      if (m) {
        const start = p.numberSpan.end + m.index + m[0].length - m[1].length;
        if (offset >= start && offset <= start + m[1].length) return { kind: 'entire-text', span: { start, end: start + m[1].length }, written: m[1] };
      }
    }
  }
  // A summary or comment by the words that open or close it, a section by its title.
  for (const b of cable.blocks) {
    if (b.style !== 'implied' && b.open.end > b.open.start && inside(b.open, offset)) return { kind: 'block-open', block: b };
    if (b.close && inside(b.close, offset)) return { kind: 'block-close', block: b };
  }
  for (let k = 0; k < cable.headings.length; k++) if (inside(cable.headings[k], offset)) return { kind: 'heading', heading: cable.headings[k], index: k };
  for (const s of cable.subParagraphs) if (s.portion && inside(s.portion, offset)) return { kind: 'portion', portion: s.portion, paragraph: null };
  for (const m of cable.looseMarkings) if (inside(m, offset)) return { kind: 'portion', portion: m, paragraph: null };
  const mention = mentionAt(cable, text, offset);
  if (mention) return mention;
  const citation = citationAt(cable, text, offset);
  if (citation) return citation;
  return null;
}

/** A mention of a REF entry (`ref A`, `reftel`) or of a paragraph (`para 5`) in the body at an offset. */
function mentionAt(cable: Cable, text: string, offset: number): Hit | null {
  const bodyStart = cable.header?.end ?? 0;
  if (offset < bodyStart) return null;
  // The paragraph around the offset (a list may wrap over its lines), or the lines around it outside paragraphs.
  const previousLine = text.lastIndexOf('\n', text.lastIndexOf('\n', offset - 1) - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  let to = nextBreak < 0 ? text.length : text.indexOf('\n', nextBreak + 1);
  if (to < 0) to = text.length;
  const paragraph = paragraphAt(cable, offset);
  const from = Math.max(bodyStart, paragraph ? Math.min(paragraph.start, previousLine) : previousLine);
  if (paragraph) to = Math.max(to, paragraph.end);
  const refs = cable.references?.references ?? [];
  const reference = narrowest(findReferenceMentions(cable, text, from, to), offset);
  if (reference) return { kind: 'reference-mention', mention: reference, reference: refs[reference.reference] };
  const numbered = narrowest(findParagraphMentions(cable, text, from, to), offset);
  if (numbered) return { kind: 'paragraph-mention', mention: numbered, paragraph: cable.paragraphs[numbered.paragraph] };
  return null;
}

/** The shortest of the spans that hold the offset: on the `C` of `A-C`, the C itself, not the B the range stands for. */
function narrowest<T extends Span>(spans: readonly T[], offset: number): T | null {
  let best: T | null = null;
  for (const s of spans) if (s.start <= offset && offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  return best;
}

/** The offset of the start of the line that holds `offset`. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A REF entry's text without its letter, which says it apart: `A. 08 PARIS 1501` → 08 PARIS 1501. */
export function entryText(r: Reference): string {
  // (Without its letter, also where the published copy wrote it twice: `A. A. STATE 99125`, `A. (A) LONDON 2198`.)
  return r.letter ? refEntryAsWritten(r.written).replace(/^\(?[A-Za-z](?:[.)]|:(?=\s))\s*/, '') || r.written : r.written;
}

/** The paragraph containing an offset (binary search over the ordered paragraphs). */
export function paragraphAt(cable: Cable, offset: number): Paragraph | null {
  const ps = cable.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end < offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return ps[mid];
  }
  return null;
}

/** A cable id or citation in the body at an offset: `04ISTANBUL1019`, `08 STATE 12345`. */
function citationAt(cable: Cable, text: string, offset: number): Hit | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const found = citationsIn(text.slice(lineStart, lineEnd), lineStart, cableYear(cable)).find((c) => c.citation.start <= offset && offset <= c.citation.end);
  return found ? { kind: 'citation', citation: found.citation, id: found.id } : null;
}

/** The two-digit-expanded year of the cable, for citations written without a year. */
export function cableYear(cable: Cable): number | null {
  if (cable.date) return Number(cable.date.slice(0, 4));
  const id = cable.referenceId;
  return id ? expandYear(Number(id.slice(0, 2))) : null;
}

const CANONICAL_ID = /\b(\d{2})([A-Z]{4,20})(\d{1,6})\b/g;

/** Cable ids (`04ISTANBUL1019`) and citations (`08 STATE 12345`, `BOGOTA 2239`) in a piece of text. */
export function citationsIn(text: string, base: number, year: number | null): { citation: CableCitation; id: string }[] {
  const out: { citation: CableCitation; id: string }[] = [];
  CANONICAL_ID.lastIndex = 0;
  for (let m = CANONICAL_ID.exec(text); m; m = CANONICAL_ID.exec(text)) {
    out.push({
      citation: { start: base + m.index, end: base + m.index + m[0].length, year: Number(m[1]), origin: m[2], serial: m[3], written: m[0] },
      id: m[0],
    });
  }
  for (const c of findCableCitations(text, base)) {
    const y = c.year ?? (year === null ? null : year % 100);
    if (y === null) continue;
    out.push({ citation: c, id: canonicalCableId(y, c.origin, c.serial) });
  }
  return out.sort((a, b) => a.citation.start - b.citation.start);
}

const MARKING_LEVELS: { abbreviation: string; level: Level; label: string }[] = [
  { abbreviation: 'U', level: 'UNCLASSIFIED', label: 'Unclassified' },
  { abbreviation: 'SBU', level: 'UNCLASSIFIED', label: 'Sensitive but unclassified' },
  { abbreviation: 'C', level: 'CONFIDENTIAL', label: 'Confidential' },
  { abbreviation: 'S', level: 'SECRET', label: 'Secret' },
  { abbreviation: 'TS', level: 'TOP SECRET', label: 'Top secret' },
];

export interface MarkingChoice {
  /** `(C)`, `(S//NF)` … */
  marking: string;
  /** `Confidential, NOFORN` */
  detail: string;
  documentation: string;
  /** The banner's own level without caveats: the usual choice. */
  usual: boolean;
}

/** The portion markings a cable's banner allows, lowest first, with `//NF` variants when the cable carries NOFORN. */
export function allowedMarkings(cable: Cable): MarkingChoice[] {
  const banner = topBanner(cable)?.level ?? cable.classification.level ?? 'TOP SECRET';
  const noforn = cable.classification.caveats.includes('NOFORN');
  // The separator the cable's own markings use (`(S/NF)` or `(S//NF)`); `//` when they show none.
  let single = 0;
  let double = 0;
  for (const p of cable.paragraphs) {
    const w = p.portion?.written;
    if (w?.includes('//')) double++;
    else if (w?.includes('/')) single++;
  }
  const slash = single > double ? '/' : '//';
  const out: MarkingChoice[] = [];
  for (const m of MARKING_LEVELS) {
    if (levelRank(m.level) > levelRank(banner)) continue;
    const variants = [`(${m.abbreviation})`];
    // NOFORN marks classified or SBU text (5 FAH-1 H-246.2: `(SBU/N)`); there is no unclassified NOFORN portion.
    if (noforn && m.abbreviation !== 'U') variants.push(`(${m.abbreviation}${slash}NF)`);
    for (const v of variants) {
      out.push({
        marking: v,
        detail: `${m.label}${v.includes('NF') ? ', NOFORN' : ''}`,
        documentation: `Portion marking: ${m.label.toLowerCase()}${v.includes('NF') ? ', not releasable to foreign nationals' : ''}. The banner is ${banner}.`,
        usual: m.abbreviation === LEVEL_ABBREVIATION[banner] && !v.includes('NF'),
      });
    }
  }
  // And the other markings the cable itself uses, that the banner allows (`(C//REL ISAF)`, `(U//FOUO)`).
  const offered = new Set(out.map((c) => c.marking));
  for (const p of cable.paragraphs) {
    const portion = p.portion;
    if (!portion?.recognized || !portion.level || offered.has(portion.written) || levelRank(portion.level) > levelRank(banner)) continue;
    offered.add(portion.written);
    out.push({
      marking: portion.written,
      detail: `${formatClassification(portion.level, portion.caveats)}, as this cable marks other paragraphs`,
      documentation: `Portion marking used elsewhere in this cable: ${formatClassification(portion.level, portion.caveats)}. The banner is ${banner}.`,
      usual: false,
    });
  }
  // The usual choice is the marking the cable's paragraphs use most (`(C//REL ISAF)` on every one of 10KABUL571's),
  // when it is on offer; else the banner's own level.
  const counts = new Map<string, number>();
  for (const p of cable.paragraphs) if (p.portion?.recognized) counts.set(p.portion.written, (counts.get(p.portion.written) ?? 0) + 1);
  let most: string | null = null;
  for (const [written, n] of counts) if (most === null || n > counts.get(most)!) most = written;
  if (most !== null && out.some((c) => c.marking === most)) for (const c of out) c.usual = c.marking === most;
  return out;
}
