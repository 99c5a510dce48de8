// The cable model: plain, JSON-serialisable data with UTF-16 source spans, produced by parseCable().

/** A half-open range of UTF-16 offsets into the cable text. */
export interface Span {
  start: number;
  end: number;
}

export type Level = 'UNCLASSIFIED' | 'LIMITED OFFICIAL USE' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

/** Levels from lowest to highest; the index is the level's rank. */
export const LEVELS: readonly Level[] = ['UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];

export interface Classification {
  level: Level | null;
  caveats: string[];
}

/** A decoded date-time group such as `010549Z MAR 08`. */
export interface DateTimeGroup extends Span {
  written: string;
  /** ISO 8601 UTC, e.g. `2008-03-01T05:49:00Z`; null when the group does not denote a real date. */
  iso: string | null;
}

/** A parse problem: text the parser could not make sense of. Parsing always carries on. */
export interface ParseIssue extends Span {
  code: string;
  message: string;
}

export interface PartialExtractNote extends Span {
  text: string;
}

export interface Addressee extends Span {
  /** `TO`, `INFO`, or `XMT` (excluded from distribution). */
  role: 'TO' | 'INFO' | 'XMT';
  routingIndicator: string | null;
  routingIndicatorSpan: Span | null;
  name: string;
  precedence: string | null;
  messageNumber: string | null;
}

export interface RoutingHeader extends Span {
  transmissionId: (Span & { text: string }) | null;
  /** The precedence pair and routing indicators line after VZCZC, e.g. `OO RUEHFL RUEHKW`. */
  routingLine: (Span & { text: string; indicators: (Span & { text: string })[] }) | null;
  /**
   * The `DE RUEHLO #1939/01 2071145` line: the transmitting station, its serial (`1939/01`, the part after `/` is the
   * section), and the day of the year (207) and time (`1145`, UTC) of transmission.
   */
  deLine:
    | (Span & { text: string; station: string | null; serial: string | null; section: string | null; dayOfYear: number | null; time: string | null })
    | null;
  /** The `ZNY CCCCC ZZH` security line. */
  securityLine: (Span & { text: string }) | null;
  precedence: (Span & { text: string }) | null;
  dateTimeGroup: DateTimeGroup | null;
  from: (Span & { text: string; routingIndicator: string | null }) | null;
  addressees: Addressee[];
  /** Spans of `BT` lines. */
  breaks: Span[];
}

export interface BannerLine extends Span {
  /** `top` for the first banner, `bottom` for one after the body, `section` for repeats in between. */
  position: 'top' | 'section' | 'bottom';
  text: string;
  level: Level | null;
  levelSpan: Span;
  /** How the level was written, e.g. `C O N F I D E N T I A L`, `UNCLAS`. */
  levelWritten: string;
  caveats: string[];
  section: { number: number; total: number; span: Span } | null;
  post: string | null;
  serial: string | null;
}

export type CaptionKind = 'distribution' | 'control' | 'channel' | 'correction' | 'handling';

export interface CaptionLine extends Span {
  /** Normalised caption, e.g. `SIPDIS`, `NOFORN`, `CORRECTED COPY`. */
  caption: string;
  written: string;
  kind: CaptionKind;
}

export type DeclKind = 'date' | 'n/a' | 'oadr' | 'mr' | 'event' | 'schedule' | 'declassified' | 'downgrade' | 'redacted' | 'other';

export interface DeclValue extends Span {
  written: string;
  kind: DeclKind;
  /** ISO date (YYYY-MM-DD) when kind is `date` (or a declassification date; for `downgrade`, the downgrading date). */
  date: string | null;
  /**
   * For `downgrade` (`DNG: CO 01/26/2021` in place of DECL), the level the cable goes down to, as written (`CO`) and
   * read (CONFIDENTIAL, or null when the code is not known).
   */
  downgradeTo?: { written: string; level: Level | null };
  /** Why a date-shaped value is not a valid date. */
  problem: string | null;
}

export interface ExecutiveOrderLine extends Span {
  written: string;
  order: string | null;
  orderSpan: Span | null;
  /** The `DECL` keyword span, when written. */
  declKeyword: Span | null;
  decl: DeclValue | null;
}

export type TagKind = 'subject' | 'program' | 'country' | 'organization' | 'person' | 'unknown';

export interface Tag extends Span {
  code: string;
  kind: TagKind;
  written: string;
}

export interface TagsLine extends Span {
  keyword: Span;
  tags: Tag[];
}

export interface SubjectLine extends Span {
  keyword: Span;
  /** The title, without the portion marking that may open it. */
  text: string;
  /** Spans of the subject text on each physical line. */
  parts: Span[];
  /** The portion marking of the subject line, before the title: `SUBJECT: (S/NF) CONSTRUCTIVE TALKS …`. */
  portion: PortionMarking | null;
}

export interface Reference extends Span {
  letter: string | null;
  written: string;
  year: number | null;
  origin: string | null;
  serial: string | null;
  /** Canonical cable id (`08STATE12345`) when the entry names a cable. */
  canonicalId: string | null;
}

export interface ReferenceList extends Span {
  keyword: Span;
  references: Reference[];
}

export interface ReasonLetter extends Span {
  letter: string;
}

export interface ClassifiedByLine extends Span {
  written: string;
  keyword: Span;
  classifier: string | null;
  reasonSection: (Span & { written: string; value: string }) | null;
  reasons: ReasonLetter[];
}

export interface PortionMarking extends Span {
  written: string;
  /** Normalised form, e.g. `(S//NF)`; null when unrecognised. */
  normalized: string | null;
  level: Level | null;
  caveats: string[];
  recognized: boolean;
  /** Written in a non-canonical way (lower case, inner spaces, missing parenthesis …). */
  malformed: boolean;
}

export interface Paragraph extends Span {
  number: number;
  written: string;
  /** The span of the number as written, including any `¶`. */
  numberSpan: Span;
  pilcrow: boolean;
  /** A leading `1` standing for a mangled `¶` (`16.` for 6, `110.` for 10). */
  mangled: boolean;
  subLetter: string | null;
  marking: string | null;
  portion: PortionMarking | null;
  /** 1-based line of the paragraph number. */
  line: number;
  endLine: number;
  /** First words of the paragraph text (after number and marking). */
  lead: string;
  /** Index into `headings` of the heading this paragraph stands under, or null. */
  headingIndex: number | null;
  /**
   * Index into `paragraphs` of the paragraph whose numbered list this is an item of, or null for a paragraph of the
   * cable: in a cable whose paragraphs are marked, unmarked numbers that start again at 1 after a marked paragraph
   * (`¶28. (S) …` then `¶1. On Eritrea …`, `¶2. …`, then `¶29. (S/NF) …`) number a list inside it, often quoted text.
   */
  listIn: number | null;
}

/** A lettered sub-paragraph (`A.`, `b)`, `(c)`): its span runs from its label to the blank line that ends it. */
export interface SubParagraph extends Span {
  label: string;
  paragraphNumber: number | null;
  portion: PortionMarking | null;
  /** 1-based lines of its label and of its last line. */
  line: number;
  endLine: number;
}

export interface Heading extends Span {
  text: string;
  dashed: boolean;
  /** Set between two rules, one above and one under it: a title of a higher level than those only underlined. */
  boxed?: true;
  /** The index of the boxed title with no paragraph of its own that this underlined title stands under. */
  within?: number;
  line: number;
  kind: 'heading' | 'summary' | 'comment' | 'note';
}

export interface Block extends Span {
  kind: 'summary' | 'comment';
  /**
   * `inline` when opened in the text (`Summary.`, `COMMENT:`), `heading` when opened by a heading line, `implied` when
   * only its end is written (`… End Summary.` closing paragraph 1; `open` is then the empty span where it starts).
   */
  style: 'inline' | 'heading' | 'implied';
  open: Span;
  close: Span | null;
  line: number;
  endLine: number;
}

export interface PageLine extends Span {
  post: string;
  serial: string;
  page: string;
  pages: string;
  line: number;
}

/**
 * The routing and header lines repeated inside the text where a later section begins: older printouts sent each
 * section as a telegram of its own (`R 171512Z JAN 90`, `FM AMCONSUL CAPE TOWN`, `TO …`, the section's banner, then
 * `E.O.`, `TAGS`, `SUBJECT` again; 90CAPETOWN97). No part of any paragraph.
 */
export interface RepeatedHeader extends Span {
  /** 1-based first and last line. */
  line: number;
  endLine: number;
}

/**
 * A post's pointer to its web site, added at the end of its cables (`Visit Embassy Tel Aviv's Classified Website:` …,
 * often between rules of asterisks): no part of the text.
 */
export interface Footer extends Span {
  /** 1-based first and last line. */
  line: number;
  endLine: number;
}

export interface HeaderNote extends Span {
  /** The note's lines joined with single spaces. */
  text: string;
  /** The receiving post's distribution printout of the copy (`INFO  LOG-00   EEB-00 …`), its lines one note. */
  distribution?: true;
  /** 1-based first and last line (a list that ends a line with a comma goes on over the next). */
  line: number;
  endLine: number;
}

export interface Signature extends Span {
  text: string;
  line: number;
}

export interface Cable {
  referenceId: string | null;
  /**
   * Where the year of the reference id came from: a date-time group in the text, the file name, or (a guess) ten
   * years before the DECL date.
   */
  referenceIdBasis: 'dtg' | 'date-line' | 'file-name' | 'decl' | null;
  classification: Classification;
  date: string | null;
  origin: string | null;
  tags: Tag[];
  subject: string | null;
  paragraphs: Paragraph[];
  issues: ParseIssue[];

  partialExtract: PartialExtractNote | null;
  extractDateTimeGroup: DateTimeGroup | null;
  /** The date line some published copies put before the banner, `Tuesday, 20 January 2004, 09:44` (UTC). */
  dateLine: DateTimeGroup | null;
  routing: RoutingHeader | null;
  banners: BannerLine[];
  captions: CaptionLine[];
  /**
   * `SIPDIS` lines inside the body, where the published copies repeat the caption mid-paragraph (07MADRID1952 line
   * 51: `… violations of` / blank / `SIPDIS` / `application U.S. Customs …`): not part of the text.
   */
  bodyCaptions: CaptionLine[];
  executiveOrder: ExecutiveOrderLine | null;
  tagsLine: TagsLine | null;
  subjectLine: SubjectLine | null;
  references: ReferenceList | null;
  classifiedBy: ClassifiedByLine | null;
  /** Span of the header (banner through Classified By), for folding and the outline. */
  header: Span | null;
  /**
   * Lines of the header that are none of its fields: passing and distribution instructions (`STATE FOR EUR/WE`,
   * `AMEMBASSY ATHENS PASS TO AMCONSUL THESSALONIKI`), office lists of received copies.
   */
  headerNotes: HeaderNote[];
  headings: Heading[];
  blocks: Block[];
  subParagraphs: SubParagraph[];
  /**
   * Recognised portion markings that open a block of text with no paragraph number (`(S/REL NATO) Begin Talking
   * Points:`, `(C) FOR ALL ACTION POSTS -- IF ASKED`, 09STATE127892).
   */
  looseMarkings: PortionMarking[];
  pageLines: PageLine[];
  repeatedHeaders: RepeatedHeader[];
  footer: Footer | null;
  signature: Signature | null;
  /** Total length of the text the model was parsed from. */
  length: number;
  lineCount: number;
}
