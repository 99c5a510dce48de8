// parseCable(): the total, single-pass parser from cable text to the Cable model.

import type {
  BannerLine,
  Block,
  Cable,
  CaptionLine,
  Heading,
  PageLine,
  Paragraph,
  ParseIssue,
  PortionMarking,
  RoutingHeader,
  Span,
  SubParagraph,
} from './model';
import { isHeaderClassificationLine, matchBanner, matchGarbledBanner, toBannerLine, type BannerMatch } from './banner';
import { captionCaveat, matchCaptions } from './captions';
import { dateLineIso, expandYear, findDateTimeGroup } from './dates';
import { fieldAtStart, firstInlineField, nextInlineField, type FieldKind } from './fields';
import { canonicalCableId, postOfCableId, parseClassifiedBy, parseExecutiveOrder, parseReferences, parseTags } from './header';
import { parsePortionMarking, portionMarkingIn } from './markings';
import { looseParagraphNumberAt, gluedParagraphNumberAt, paragraphNumberAt, type NumberMatch } from './numbers';
import { addRoutingLine, emptyRouting, extendRoutingLine, levelFromSecurityLine, parseAddressee, postOfOriginator, routingLineKind } from './routing';
import { collapseSpaces, endsUnfinished, inStartOrder, isDistributionLine, isParticipantsLead, isRule, isSeparator, isAsciiLetter, isDigit, isSpace, isWordChar, lineOfOffset, sharedLineTable, skipSpaces, trimEnd, type LineTable } from './text';

const PARTIAL_EXTRACT = /partial extract of the original cable/i;
const LONE_DTG = /^\d{6}Z\s{0,3}[A-Za-z]{3}\s{0,3}\d{2,4}\s*$/;
// (Also a range of letters answered at once: `G - J) (S//NF) Subject identified himself …`, 08RANGOON749.)
// (And the items of a lower-case roman list after a blank line: `ii. No, Consulate Peshawar is …`, 09PESHAWAR41.)
const SUB_PARAGRAPH_AT = /(¶\s?)?(?:([A-Za-z])(?:\s?-\s?([A-Za-z])(?=\)))?[.)]|\(([a-z])\)|(ii|iii|iv|vi|vii|viii|ix)[.)])[ \t]+(?=\S)/y;
const BARE_MARKING_AT = /[A-Za-z]{1,3}(?:\/{1,2}[A-Za-z]{1,6})?\)/y;
// `Summary continued:`, `COMMENT CONT'D`: the block goes on; it is no new opener.
/** The page line of a match of PAGE_LINE on line `i` (0-based), from `start` to `end`. */
const pageLineOf = (m: RegExpExecArray, start: number, end: number, i: number): PageLine => ({ start, end, post: m[1].trim(), serial: m[2], page: m[3], pages: m[4], line: i + 1 });
/**
 * The start of a row of the published export: its number, date and reference id (`50133  2006-01-19  06THEHAGUE131`),
 * set apart by spaces or tabs, the date maybe with its time (`121752<tab>2007-09-11 12:50:00<tab>07TBILISI2290`, 07BERN881).
 */
const APPENDED_RECORD = /^\d{1,7}(?:\s{2,}|\t)\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?(?:\s{2,}|\t)(\d{2}[A-Z]+\d+)(?:\s{2,}|\t)/;
/** The stamp of a later declassification review, over one line or two. */
const REVIEW_STAMP = /^(?:Declassified\/Released\b|Systematic Review \d{1,2} [A-Z]{3} \d{4}$)/;
/** The tag of the web page a published copy was taken from, after the text: `EPET @ EL PAÍS` (05MADRID4026). */
const PAGE_TAG = /^[A-Z]{2,8} @ \S[^@]{0,30}$/;
const COPY_FOOTER = /^\d{4}[A-Z]{3,10}\d{4,6} - (?:UNCLASSIFIED|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET|TOP SECRET)\b[A-Z/ ]*$/;
/**
 * A signature after the last sentence of the text's last line: `… inside Burma. Martinez`, or after the words that
 * close a comment or a text with no stop (`… cross U.S. redlines. END COMMENT EIKENBERRY`, 10KABUL104). Not after a
 * person's initial (`RSO Peshawar, David J. Hazarian`, 09PESHAWAR41), where the name goes on. (A name the published
 * copy blanked out may stand between: `… the North Korean people. XXXXXXXXXXX STEPHENS`, 10SEOUL248.)
 */
const GLUED_SIGNATURE = /(?<=[.!?"”)]|\bEND\s+(?:OF\s+)?(?:COMMENT|SUMMARY|TEXT|NOTE))(?<!(?:^|\s)[A-Z]\.)(?:\s+X{6,})?\s+([A-Z][A-Za-z'-]+)(?:\s+\d{4}-\d{2}-\d{2})?\s*$/;
/** A line of a footer about a web site after its first: an address, or more about the site. */
const FOOTER_LINE = /https?:\/\/|www\.|\.gov\b|\bweb\s?site\b|\bsite\b|\bblog\b/i;
/** A date after a signature: `SOBEL 2008-01-08`. */
const SIGNATURE_DATE = /\s+\d{4}-\d{2}-\d{2}$/;
/**
 * A signature after the address that ends a post's footer (`… /london/index. cfm Tuttle`) or after its closing rule
 * of asterisks (`… SIPRNET website. ****** ****** KURTZER`, 05TELAVIV1580).
 */
const SIGNED_FOOTER = /(?:\S*[./]\S*|\b(?:cfm|html?|aspx?)|\*{3,})\s+([A-Z][A-Za-z'-]+)$/;
/** A post's footer run on to the last sentence of the text. */
const GLUED_FOOTER = /(?<=[.!?"”)])\s+((?:Please\s+)?Visit\b.{0,60}?\bClassified\s+Web\s?site\b.*)$/i;
const VISIT_FOOTER = /^(?:\*{3,}\s*)*["“]?(?:Please\s+)?Visit\b.{0,60}\bClassified\s+Web\s?site\b/i;
/** The declassification instruction of a classification block: `Declassify on: Source marked 25X1-human, …`. */
const DECLASSIFY_ON = /^Declassify\s+on\s*:/i;
const NOT_HEADING = /^(?:(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|TOP SECRET)(?:\/\/[A-Z/ -]+)?|(?:Declassify on|Derived from|Reason)\s*:.*|GP-\d|EXEMPT|X?GDS)$/i;
/** An item numbered with a parenthesis: `1)`, `(2)`, `iii)`. */
const NUMBERED_ITEM = /^\(?(?:\d{1,2}|[ivx]{1,4})\)\s/;
/** The page of a page line run into the text, after its serial: ` 002 OF 004`, ` 003.2 OF 003`. */
const INLINE_PAGE = / {1,4}(\d{3}(?:\.\d{1,2})?) {1,4}OF {1,4}(\d{3})(?=\s|$)/y;
/** A level written in full inside a marking: `(SECRET//REL CHINA)`, `(Confidential)`. */
const FULL_LEVEL = /\b(?:SECRET|CONFIDENTIAL|UNCLASSIFIED)\b/i;
/** A short lead-in before a marking: `Summary and comment. (C)`, `Summary: (C)`. */
const LEAD_IN = /[ \t]*[A-Za-z][^()\n]{0,40}?[.:][ \t]+(?=\()/y;
/**
 * What says a summary or comment goes on rather than opens (`Summary continued`, `COMMENT (CONT'D)`, `Summary and
 * comment con’t.`, 09LONDON348): after the word, a negative lookahead.
 */
const CONTINUATION = String.raw`(?:\s{1,3}and\s{1,3}[a-z]+)?\s{1,3}\(?con(?:t(?:inued|['’]d|d)?|['’]t)(?![a-z])`;
const CONTINUED = `(?!${CONTINUATION})`;
const GOES_ON = new RegExp(`^(summary|comment)${CONTINUATION}`, 'i');

/** Does a paragraph's lead say it goes on with a summary or comment (`Comment cont'd:`, `SUMMARY CONTINUED.`)? */
function goesOnWith(lead: string, kind: Block['kind']): boolean {
  const m = GOES_ON.exec(lead);
  return m !== null && m[1].toLowerCase() === kind;
}
/** Stops inside a title that end no sentence: of abbreviations (`U.S.`), ellipses, a colon before a capital. */
const TITLE_STOPS = /(?<=\b[A-Z])\.|\.\.\.|:(?=\s+[A-Z"“])/g;
/** Does `text` hold `sum…`, `com…` or `beg…`, any case, at `at`: a word that may open a block? */
function startsLikeOpener(text: string, at: number): boolean {
  const first = text.charCodeAt(at) | 0x20;
  const second = text.charCodeAt(at + 1) | 0x20;
  const third = text.charCodeAt(at + 2) | 0x20;
  return (first === 115 && second === 117 && third === 109) || (first === 99 && second === 111 && third === 109) || (first === 98 && second === 101 && third === 103);
}
/** The end of a sentence and the start of the next inside a line: a stop after a small letter, two spaces, a capital. */
const SENTENCE_INSIDE = /[a-z"”)]\.\s{2,}[A-Z]/;
/** A summary or comment opened in lower case at the start of a line, with its colon: `comment: …`. */
const LOWER_OPENER = /^(?:begin\s+)?(?:summary|comment)\s?:/;
/** The rest of `Summary and Comment` after its first word. */
const AND_COMMENT = /\s{1,3}and\s{1,3}comment(?![A-Za-z])/iy;
const OPENER_AT = new RegExp(String.raw`(?:begin\s{1,3})?(summary|comment)(?=$|[\s.:;-])` + CONTINUED, 'imy');
const PAGE_LINE = /^([A-Za-z][A-Za-z.' -]{0,30}?)\s{1,4}(\d{4,})\s{1,4}(\d{3}(?:\.\d{1,2})?)\s{1,4}OF\s{1,4}(\d{3})\s*$/i;
const SUMMARY_HEADING = new RegExp(String.raw`^(?:begin\s+)?summary\b` + CONTINUED, 'i');
// (Also in the plural: `(C) COMMENTS` between rules, 09DOHA644.)
const COMMENT_HEADING = new RegExp(String.raw`^comments?\b` + CONTINUED, 'i');
const END_OF_QUOTED = /^end\s{1,3}(?:of\s{1,3})?(?:text|note|quote|talking\s{1,3}points|points|message|non-?paper|statement|letter|tps)\b/i;
/** A paragraph that opens quoted talking points or a text: `Begin talking points:`, `BEGIN TEXT OF NON-PAPER`. */
const BEGIN_QUOTED = /^begin\s{1,3}(?:(?:the\s{1,3})?text|talking\s{1,3}points|points|non-?paper|quote|tps)\b/i;
/**
 * The marks around quoted text and the lines of an interview, no headings: `(Begin Text)`, `(End Text)`, `BEGIN TEXT`,
 * `Q: What would you like us to start with?` (08KUWAIT128).
 */
const QUOTE_MARK = /^(?:\(\s*(?:begin|end)\s{1,3}(?:of\s{1,3})?(?:text|quote|excerpts?|translation)\s*\)|begin\s{1,3}(?:of\s{1,3})?(?:text|quote)\b|[QA]:\s)/i;
/** A sentence's end, then a title in capitals (`neighbors in the region. TURKEY: BETTER THAN THE REST`). */
const RUN_ON_TITLE = /^([^]*?[a-z][^]*?[.!?]["”’)]?)(\s+)(?=[A-Z])[^a-z]{3,}$/;
/** A Classified By line that stops where its reason would start (`… ROSENBLATT, REASONS`). */
const AWAITS_REASON = /\b(?:REASONS?|FOR)\s*:?\s*$/i;
/** A line that starts with a reason: `1.4 (B) AND (D).`, `(b) and (d)`. */
const REASON_START = /^(?:1\s?\.\s?[45]\b|\([a-h]\))/i;
/**
 * The first paragraph run on to the end of the Classified By line, number and marking (`… REASON: 1.4 (b), (d) 1. (C)
 * Summary: …`, 09TRIPOLI663, 10VATICAN13; `… for reasons 1.4 b and d 1.(C)`, 08OSLO522): the number's offset in the group.
 */
const GLUED_FIRST_PARAGRAPH = /[\s.,;)]\s{0,3}((?:¶\s?)?1\.\s{0,3}\((?:U|C|S|SBU|TS|[CS]\/{1,2}(?:NF|NOFORN|REL[^)]{0,40}))\))/;
/**
 * The `)` that closes a parenthesis opened before `from`, in the same paragraph (no blank line between) and at most
 * 3 000 characters on; -1 when there is none.
 */
function closingParenthesis(text: string, from: number, limit: number): number {
  let depth = 0;
  let newline = false;
  const stop = Math.min(limit, from + 3000);
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    // (A `)` between spaces is a dash the published text garbled: `public pressure ) or the courts ) forced`,
    // 09SANAA1669.)
    if (c === 41 && !(text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32)) {
      if (depth === 0) return k;
      depth--;
    } else if (c === 40) depth++;
    else if (c === 10) {
      if (newline) return -1;
      newline = true;
    } else if (c !== 32 && c !== 9 && c !== 13) newline = false;
  }
  return -1;
}

/** Who comments, before the word (`Embassy comment`, `Post comment`, `Note and Comment`). */
const COMMENT_PREFIX = /(?:(?:embassy|post|mission|note\s+and)\s+(?=comment\b)|introduction\s+and\s+(?=(?:summary|comment)\b))/iy;
/** The same, opened by a parenthesis, right before the word. */
const PREFIXED_ASIDE = /\((?:embassy|post|mission|note\s+and|introduction\s+and)\s+$/i;
/** The length of a `COMMENT_PREFIX` at `at` in `s`, or 0. */
function commentPrefixAt(s: string, at: number): number {
  const c = s.charCodeAt(at) | 0x20;
  if (c !== 101 && c !== 112 && c !== 109 && c !== 110 && c !== 105) return 0;
  COMMENT_PREFIX.lastIndex = at;
  return COMMENT_PREFIX.exec(s)?.[0].length ?? 0;
}

const NOT_PARENTHESIS = /[^(]/g;
/** Where the run of `(` that starts at `at` ends. */
function endOfRun(s: string, at: number): number {
  NOT_PARENTHESIS.lastIndex = at;
  const m = NOT_PARENTHESIS.exec(s);
  return m ? m.index : s.length;
}

/** Does `s` hold the word `comment` (`comment`, `Comment`, `COMMENT`) at `at`? */
function commentWordAt(s: string, at: number): boolean {
  return (s.charCodeAt(at) | 0x20) === 99 && (hasAt(s, at + 1, 'omment') || hasAt(s, at + 1, 'OMMENT'));
}

/**
 * Where the first `ch` of `text` at or after `from` is (the text's length: none left): `found`, the one found last,
 * when it lies there still, so that lines that ask one after another look through the text once.
 */
function nextChar(text: string, ch: string, from: number, found: number): number {
  if (found >= from) return found;
  const q = text.indexOf(ch, from);
  return q < 0 ? text.length : q;
}

/** Whether `s` holds `word` at `at` (a loop: `startsWith` with a position costs more, and this runs on long lines). */
function hasAt(s: string, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (s.charCodeAt(at + j) !== word.charCodeAt(j)) return false;
  return true;
}
/**
 * Where a rule run on to the end of a title's line starts (`HISTORY OF USFS COLLABORATION IN BRAZIL ---------------`):
 * after the title's last letter, five dashes or more (spaces between them allowed) to `end`; `end` when there is none.
 */
function runOnRuleStart(text: string, at: number, end: number): number {
  let k = end;
  let dashes = 0;
  for (let c = text.charCodeAt(k - 1); k > at && (c === 45 || c === 32); c = text.charCodeAt(k - 1)) {
    if (c === 45) dashes++;
    k--;
  }
  return dashes >= 5 && k > at && text.charCodeAt(k) === 32 && isAsciiLetter(text.charCodeAt(k - 1)) ? k : end;
}

/**
 * A title of one to six words and its rule run on to the end of a line, after the end of a sentence or a page line:
 * the title (1) and what stands between it and the end (2). Not a closer with a rule after it (`END SUMMARY -----`).
 */
const RUN_ON_RULED_TITLE = /(?:[.!?"”)]|\d{3} OF \d{3}) ((?!END\b|End\b)[A-Z][A-Za-z'’&/-]*(?: [A-Za-z'’&/-]+){0,5})( -{5,}[- ]*)$/;
/** A line that opens with a day (or days) and a month: `10-25 May - …`, `1 June-30 August-…`, `1 Jan 2009-…`. */
const TIMELINE_ITEM = /^\d{1,2}(?:\s?-\s?\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** A passing instruction after a REF list on its line, set apart by two spaces: `  PLEASE PASS TO RSO, …`. */
const REF_PASS = /\s{2,}((?:PLEASE\s+)?PASS\s+TO\b)/;
/** A title in capitals between double slashes: `//BILATERAL ISSUES - CUBA, 3U COMMERCIAL DISPUTE//`. */
const SLASHED_TITLE = /^\/\/[A-Z][^a-z/]{2,80}\/\/$/;
/** A closing note on how the cable was cleared, coordinated or drafted: `This message has not been cleared by …`. */
const CLEARANCE_NOTE = /^(?:this\s+(?:cable|message|report|telegram)\s+(?:has\s+(?:not\s+)?been|was(?:\s+not)?)\s+(?:cleared|drafted|coordinated|prepared)\b|(?:drafted|cleared)\s+by\b)/i;

/** What a title opens: a summary (`SUMMARY`, `Begin summary`), a comment (`COMMENT:`), or a section. */
function headingKind(written: string): Block['kind'] | 'heading' {
  // (After the portion marking a title may open with: `(C) COMMENTS`, 09DOHA644.)
  const title = written.charCodeAt(0) === 40 ? written.replace(/^\([A-Za-z/ ]{1,12}\)\s+/, '') : written;
  const lower = title.charCodeAt(0) | 0x20;
  // (Also named with another word first: `Introduction and Comment`, 07TBILISI1732.)
  const at = lower === 105 ? commentPrefixAt(title, 0) : 0;
  const initial = at > 0 ? title.charCodeAt(at) | 0x20 : lower;
  const named = at > 0 ? title.slice(at) : title;
  return (initial === 115 || initial === 98) && SUMMARY_HEADING.test(named) ? 'summary' : initial === 99 && COMMENT_HEADING.test(named) ? 'comment' : 'heading';
}

/** A summary heading that names the comment too: `SUMMARY AND COMMENT`, `Summary and Comment:`. */
const JOINT_HEADING = /^[\s/-]*(?:begin\s+)?summary\s+and\s+comment\b/i;

/**
 * The opener of a summary or comment heading (`title` its text from `at` to `end`); `SUMMARY AND COMMENT` over the text
 * opens both (09RIYADH1121), as it does in the text.
 */
function headingOpeners(openers: BlockOpener[], kind: Block['kind'], at: number, end: number, heading: number, text: string): void {
  openers.push({ kind, at, wordEnd: end, style: 'heading', paragraph: null, heading });
  const both = kind === 'summary' ? JOINT_HEADING.exec(text.slice(at, end)) : null;
  if (both) openers.push({ kind: 'comment', at: at + both[0].length - 7, wordEnd: end, style: 'heading', paragraph: null, heading, joint: true });
}
const OPENER_HEADING = /^(?:end\s+(?:of\s+)?)?(?:begin\s+)?(?:summary|comment)\b[.:]?$/i;
const MAX_HEADER_LINES = 120;

interface BlockOpener {
  kind: Block['kind'];
  at: number;
  wordEnd: number;
  style: Block['style'];
  /** Index of the paragraph the opener sits in, for inline openers. */
  paragraph: number | null;
  /** Index of the heading that opened the block, for heading openers. */
  heading: number | null;
  /** The comment of `Summary and comment:`, which `End summary and comment` closes with the summary. */
  joint?: true;
}

type Pending =
  | { kind: 'addressee'; role: 'TO' | 'INFO' | 'XMT' }
  | {
      kind: Exclude<FieldKind, 'eo'>;
      start: number;
      keywordLength: number;
      end: number;
      lastLine: number;
      /** A Classified By that stops on `REASONS` kept open over blank lines and a page break, for its reason. */
      awaitingReason?: boolean;
      /** Page lines inside the field's span: no part of its text. */
      pageCuts?: Span[];
    }
  | null;

export interface ParseOptions {
  /** The file's name: a canonical id in it (`04MADRID1187.txt`) dates the reference id when the text has no DTG. */
  fileName?: string;
}

/** Parses any string into a Cable. Never throws: what cannot be understood becomes an issue. */
export function parseCable(text: string, options: ParseOptions = {}): Cable {
  try {
    return new CableParser(typeof text === 'string' ? text : String(text), options).parse();
  } catch (error) {
    const cable = emptyCable(typeof text === 'string' ? text.length : 0);
    cable.issues.push({ code: 'internal-error', start: 0, end: 0, message: `The parser failed: ${(error as Error)?.message ?? error}` });
    return cable;
  }
}

function emptyCable(length: number): Cable {
  return {
    referenceId: null,
    referenceIdBasis: null,
    classification: { level: null, caveats: [] },
    date: null,
    origin: null,
    tags: [],
    subject: null,
    paragraphs: [],
    issues: [],
    partialExtract: null,
    extractDateTimeGroup: null,
    dateLine: null,
    routing: null,
    banners: [],
    captions: [],
    bodyCaptions: [],
    executiveOrder: null,
    tagsLine: null,
    subjectLine: null,
    references: null,
    classifiedBy: null,
    header: null,
    headerNotes: [],
    headings: [],
    blocks: [],
    subParagraphs: [],
    looseMarkings: [],
    pageLines: [],
    repeatedHeaders: [],
    footer: null,
    signature: null,
    length,
    lineCount: 0,
  };
}

class CableParser {
  private readonly table: LineTable;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Lines read: all of them, or those before a record of another cable run on after the text. */
  private n: number;
  private readonly cable: Cable;
  private readonly issues: ParseIssue[];
  private routing: RoutingHeader | null = null;
  private topBanner: BannerMatch | null = null;
  private readonly fieldsSeen = new Set<FieldKind>();
  private readonly pendingRefs: { valueStart: number; end: number }[] = [];
  /** Where the body starts inside the header's last line (a first paragraph run on to it), or -1. */
  private bodyAt = -1;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    const table = sharedLineTable(text);
    this.table = table;
    this.starts = table.starts;
    this.ends = table.ends;
    this.n = table.count;
    this.cable = emptyCable(text.length);
    this.cable.lineCount = this.n;
    this.issues = this.cable.issues;
  }

  parse(): Cable {
    // Like VS Code, judge binary content by NUL characters near the start (its first 512 bytes). Files are judged
    // before they are read as text by readCable (like git, the first 8 KiB). A search for NUL in a string with
    // characters beyond Latin-1 goes character by character, so a longer look costs microseconds on every parse.
    if (this.text.slice(0, 512).indexOf('\u0000') >= 0) {
      this.issues.push({ code: 'binary-content', start: 0, end: 0, message: 'The text contains NUL characters: this looks like a binary file, not a cable.' });
    }
    // A row of the published export run on after the text (`50133  2006-01-19  06THEHAGUE131  Embassy The Hague …`,
    // in 73TEHRAN2077) is another cable's record: the cable stops before it.
    const text = this.text;
    for (let k = 1; k < this.n; k++) {
      // Such a row follows an empty line and opens with digits and two spaces; a paragraph number (`1. (C)`) fails at
      // the stop. (The line table is read first: most lines are never looked at.)
      if (this.starts[k - 1] !== this.ends[k - 1]) continue;
      const at = this.starts[k];
      let p = at;
      while (isDigit(text.charCodeAt(p))) p++;
      if (p === at || (text.charCodeAt(p) !== 9 && (text.charCodeAt(p) !== 32 || text.charCodeAt(p + 1) !== 32))) continue;
      const row = APPENDED_RECORD.exec(text.slice(at, Math.min(this.ends[k], at + 60)));
      if (row) {
        this.n = k;
        this.issue('appended-record', { start: at, end: this.ends[k] }, `From here on the text is another record of the published export (${row[1]}), not part of this cable.`);
        break;
      }
    }
    let i = this.preamble(0);
    i = this.header(i);
    this.body(i);
    this.inlinePageLines(0);
    this.derive();
    return this.cable;
  }

  /**
   * Page lines that the published text ran into a line of text (`… The BRASILIA 00000504 002 OF 004 influential
   * Ordem …`, 52 corpus cables): found by the cable's serial written in eight digits, from line `from` on.
   */
  private inlinePageLines(from: number): void {
    const serial = this.topBanner?.serial;
    // Only a cable sent in several sections has pages to mark, and only where a section has no page line of its own
    // is one looked for (a search of the whole text costs as much as a bare line scan of it).
    let total = 0;
    for (const b of this.cable.banners) if (b.section && b.section.total > total) total = b.section.total;
    if (!serial || from >= this.n || total < 2) return;
    // The sections that have a page line (`002` or `002.1` of section 2).
    const seen = new Uint8Array(total + 1);
    for (const pl of this.cable.pageLines) {
      const s = Number(pl.page.slice(0, 3));
      if (s >= 2 && s <= total) seen[s] = 1;
    }
    if (seen.indexOf(0, 2) < 0) return;
    const text = this.text;
    const padded = ` ${String(Number(serial)).padStart(8, '0')} `;
    const post = this.topBanner?.post ? this.topBanner.post.slice(0, 10).trim().toUpperCase() : null;
    const end = this.ends[this.n - 1];
    let found = false;
    for (let k = text.indexOf(padded, this.starts[from]); k >= 0 && k < end; k = text.indexOf(padded, k + 1)) {
      INLINE_PAGE.lastIndex = k + padded.length - 1;
      const page = INLINE_PAGE.exec(text);
      if (!page) continue;
      // The post before the serial: the banner's, cut to ten characters as page lines print it (`RIO DE JAN`), or
      // else the one word of capitals before it.
      let p = k;
      if (post && text.slice(k - post.length, k).toUpperCase() === post) p = k - post.length;
      else while (p > k - 31 && p > 0 && /[A-Z.']/.test(text[p - 1])) p--;
      const lineStart = this.starts[this.lineAt(p)];
      if (p >= k || skipSpaces(text, lineStart, p) === p || text.charCodeAt(p - 1) !== 32) continue;
      const pageLine = { start: p, end: INLINE_PAGE.lastIndex, post: text.slice(p, k), serial: padded.trim(), page: page[1], pages: page[2], line: this.lineAt(p) + 1 };
      this.cable.pageLines.push(pageLine);
      found = true;
      this.cutFromSubject(pageLine);
    }
    if (found) this.cable.pageLines.sort((a, b) => a.start - b.start);
  }

  /** A page line run into the subject (`… TO WASHINGTON BRASILIA 00000351 001.2 OF 003`, 08BRASILIA351) is no word of it. */
  private cutFromSubject(cut: Span): void {
    const subject = this.cable.subjectLine;
    if (!subject || cut.start <= subject.start || cut.start >= subject.end) return;
    const text = this.text;
    const parts: Span[] = [];
    for (const part of subject.parts) {
      if (part.end <= cut.start || part.start >= cut.end) parts.push(part);
      else {
        if (part.start < cut.start) parts.push({ start: part.start, end: trimEnd(text, part.start, cut.start) });
        if (cut.end < part.end) parts.push({ start: skipSpaces(text, cut.end, part.end), end: part.end });
      }
    }
    subject.parts = parts.filter((x) => x.end > x.start);
    subject.text = collapseSpaces(subject.parts.map((x) => text.slice(x.start, x.end)).join(' '));
  }

  private lineText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The text of line i from its first non-blank character, and that character's offset. */
  private lead(i: number): { at: number; line: string } {
    const at = skipSpaces(this.text, this.starts[i], this.ends[i]);
    return { at, line: this.text.slice(at, trimEnd(this.text, at, this.ends[i])) };
  }

  /** Does line i end a sentence (`.`, `!`, `?`, maybe then a closing quote or parenthesis)? */
  private endsSentence(i: number): boolean {
    const end = trimEnd(this.text, this.starts[i], this.ends[i]);
    return end > this.starts[i] && /[.!?]["”’)]?$/.test(this.text.slice(Math.max(this.starts[i], end - 2), end));
  }

  /** Is line i a rule of dashes (or `=`, `_`) and nothing else? */
  private isRuleLine(i: number): boolean {
    const at = skipSpaces(this.text, this.starts[i], this.ends[i]);
    return isRule(this.text, at, trimEnd(this.text, at, this.ends[i]));
  }

  /**
   * Is line `i` (`at`–`end`) a title underlined after a blank line: a rule of its length two lines down, a blank line
   * (or the end) under the rule, so that it is no rule over the next title (`position "not too far" from Washington's
   * position.` / blank / `-----` / `Potemkin: …`, 09SEOUL1400); a capital first, no closer (`END SUMMARY AND
   * INTRODUCTION`) and no blanked-out name.
   */
  private ruleAfterBlank(i: number, at: number, end: number, bodyEnd: number): boolean {
    const text = this.text;
    return (
      Math.abs(this.lineLength(i + 2) - (end - at)) <= 3 &&
      (i + 3 > bodyEnd || this.isBlank(i + 3)) &&
      isUpperLetter(text.charCodeAt(at)) &&
      !/^(?:end\b|XXXX)/i.test(text.slice(at, at + 4))
    );
  }

  /** The length of line `i` without the white space at its ends. */
  private lineLength(i: number): number {
    const at = skipSpaces(this.text, this.starts[i], this.ends[i]);
    return trimEnd(this.text, at, this.ends[i]) - at;
  }

  private isBlank(i: number): boolean {
    return skipSpaces(this.text, this.starts[i], this.ends[i]) >= trimEnd(this.text, this.starts[i], this.ends[i]);
  }

  // ------------------------------------------------------------ preamble

  private preamble(i: number): number {
    let k = i;
    while (k < this.n && this.isBlank(k)) k++;
    if (k < this.n && PARTIAL_EXTRACT.test(this.lineText(k))) {
      const { at, line } = this.lead(k);
      this.cable.partialExtract = { start: at, end: at + line.length, text: line };
      k++;
      while (k < this.n && this.isBlank(k)) k++;
      if (k < this.n) {
        const { at: dAt, line: dLine } = this.lead(k);
        if (LONE_DTG.test(dLine)) {
          this.cable.extractDateTimeGroup = findDateTimeGroup(dLine, dAt);
          if (this.cable.extractDateTimeGroup && !this.cable.extractDateTimeGroup.iso) {
            this.issue('dtg-invalid', this.cable.extractDateTimeGroup, `${dLine} is not a valid date-time group`);
          }
          k++;
        }
      }
      return k;
    }
    return i;
  }

  // ------------------------------------------------------------ header

  private header(from: number): number {
    let pending: Pending = null;
    let lastHeaderLine = -1;
    let bodyStart = -1;
    let firstHeaderOffset = -1;
    const captions: CaptionLine[] = this.cable.captions;

    const closePending = (): void => {
      if (pending && pending.kind !== 'addressee') this.finishField(pending);
      pending = null;
    };
    const markHeader = (i: number, at: number): void => {
      lastHeaderLine = i;
      if (firstHeaderOffset < 0) firstHeaderOffset = at;
    };

    // Looked for only when a line before the banner is not understood: does a banner follow?
    let prescan: { line: number; match: BannerMatch } | null | undefined;
    let i = from;
    for (; i < this.n; i++) {
      if (i - from > MAX_HEADER_LINES && this.fieldsSeen.size === 0) break;
      const { at, line } = this.lead(i);
      if (line.length === 0) {
        // A Classified By cut off by a page break after `REASONS` (07PARIS170) waits for its reason.
        if (pending && pending.kind === 'classifiedBy' && (pending.awaitingReason || AWAITS_REASON.test(this.text.slice(pending.start, pending.end)))) pending.awaitingReason = true;
        else if (pending && pending.kind !== 'ref') closePending();
        continue;
      }
      // The published copy's mark of text left out (` ...` under the subject, 73TEHRAN2077, or under the passing
      // instructions, 06KABUL3934): no words of a field or a note.
      if (line.charCodeAt(0) === 46 && line.length <= 5 && /^\.{3,5}$/.test(line)) {
        closePending();
        continue;
      }
      // The page top of an older printout before the fields (`PAGE 01  CAPE T 00097 01 OF 03 182017Z`).
      if (line.charCodeAt(0) === 80 && line.startsWith('PAGE ') && line.length < 90) {
        const page = pageTop(line);
        if (page) {
          this.cable.pageLines.push({ start: at, end: at + line.length, ...page, line: i + 1 });
          if (pending && pending.kind === 'classifiedBy' && pending.awaitingReason) (pending.pageCuts ??= []).push({ start: at, end: at + line.length });
          markHeader(i, at);
          continue;
        }
      }
      if (pending && pending.kind === 'classifiedBy' && pending.awaitingReason) {
        if (REASON_START.test(line)) {
          pending.awaitingReason = false;
          pending.end = at + line.length;
          pending.lastLine = i;
          markHeader(i, at);
          continue;
        }
        closePending();
      }
      const seenAnything = this.topBanner !== null || this.fieldsSeen.size > 0;
      if (seenAnything && startsParagraph(line)) {
        bodyStart = i;
        break;
      }
      // A title underlined to its length after the fields opens the body, also with no blank line above it
      // (`CLASSIFIED BY: … REASON: 1.4(B), (D)` / `Summary` / `-------`, 09BELGRADE765): no line of the field above.
      if (this.fieldsSeen.size > 0 && line.length <= 70 && isAsciiLetter(line.charCodeAt(0)) && this.underlinedToLength(i, line.length) && !fieldAtStart(line)) {
        closePending();
        bodyStart = i;
        break;
      }
      // A rule of dashes after the fields opens the body (`Ref: Abuja 1836` then `-------` / `SUMMARY` / `-------`).
      if (this.fieldsSeen.size > 0 && (line.charCodeAt(0) === 45 || line.charCodeAt(0) === 61) && isRule(line, 0, line.length)) {
        bodyStart = i;
        break;
      }
      // Routing header lines come before the fields (usually before the banner).
      if (this.fieldsSeen.size === 0) {
        const kind = routingLineKind(line);
        if (kind) {
          closePending();
          this.routing ??= emptyRouting(at);
          addRoutingLine(this.routing, kind, line, at);
          if (kind === 'to' || kind === 'info' || kind === 'xmt') pending = { kind: 'addressee', role: kind === 'to' ? 'TO' : kind === 'info' ? 'INFO' : 'XMT' };
          markHeader(i, at);
          continue;
        }
        // The routing indicators of a long routing line go on over the next lines (`RUEHDBU RUEHDE RUEHDH …`).
        const routingLine = this.routing?.routingLine;
        if (routingLine && lastHeaderLine === i - 1 && routingLine.end >= this.starts[i - 1] && extendRoutingLine(this.routing!, line, at)) {
          markHeader(i, at);
          continue;
        }
      }
      // The top banner, and any repeat of it before the fields (received copies carry two).
      let banner: BannerMatch | null = null;
      if (this.fieldsSeen.size === 0) {
        if (this.topBanner) {
          if (isBannerStart(this.text.charCodeAt(at), this.text.charCodeAt(at + 1))) banner = this.repeatedBanner(i);
        } else if (prescan && prescan.line === i) {
          banner = prescan.match;
        } else {
          const strong = LEVEL_LETTERS.has(this.text.charCodeAt(at)) ? matchBanner(line) : null;
          // (On the first line of the text, also a post with no serial yet, as in a cable being written: `SECRET PARIS`.)
          const first = firstHeaderOffset < 0 && !this.routing && !this.cable.partialExtract;
          // A garbled banner has no `/`: addressee lines (`RUEHC/SECSTATE WASHDC`) need no second look.
          banner = strong && takenAsBanner(strong, first) ? this.withIndent(i, strong) : line.includes('/') ? null : matchGarbledBanner(this.lineText(i));
        }
      }
      if (banner) {
        closePending();
        const position = this.topBanner ? 'section' : 'top';
        if (!this.topBanner || (!this.topBanner.serial && banner.serial)) this.topBanner = banner;
        const lineEnd = trimEnd(this.text, at, this.ends[i]);
        const model = toBannerLine(this.text, banner, this.starts[i], Math.min(lineEnd, this.starts[i] + banner.end), position);
        this.cable.banners.push(model);
        if (banner.garbled) this.issue('banner-garbled', model.levelSpan, `"${banner.levelWritten}" is not a classification level; read as ${banner.level}.`);
        markHeader(i, at);
        // Partial extracts may run the captions and fields on into the banner line.
        const restAt = this.starts[i] + banner.end;
        if (restAt < lineEnd) {
          const rest = this.text.slice(restAt, lineEnd);
          const inline = nextInlineField(' ' + rest, 'eo') ?? this.inlineEo(rest);
          if (inline) {
            const fieldAt = restAt + Math.max(0, inline.at - 1);
            const fieldLine = this.text.slice(fieldAt, lineEnd);
            const f = fieldAtStart(fieldLine);
            if (f) pending = this.startFields(fieldLine, fieldAt, f.kind, f.keywordLength, i);
          }
        }
        continue;
      }
      if (!this.topBanner && this.fieldsSeen.size === 0 && !pending) {
        if (prescan === undefined) prescan = this.findTopBanner(i);
        if (prescan && prescan.line > i) {
          // Before the banner: distribution lists, message-handling notes and the like.
          this.note(i, at, line);
          markHeader(i, at);
          continue;
        }
      }
      if (pending && pending.kind === 'addressee') {
        const a = parseAddressee(line, at, pending.role);
        if (a) this.routing!.addressees.push(a);
        this.routing!.end = Math.max(this.routing!.end, at + line.length);
        markHeader(i, at);
        continue;
      }
      // Captions: but not the ones a correction note says were taken off (`C O R R E C T E D COPY CAPTION AND
      // REMOVING CLASSIFICATION` / `SENSITIVE`, 09STATE81957), which go on that note.
      const lastNote = this.cable.headerNotes[this.cable.headerNotes.length - 1];
      if (lastNote && lastNote.endLine === i && /\bREMOV(?:ING|ED)(?:\s+(?:CLASSIFICATION|CAPTION)S?)?$/i.test(lastNote.text) && matchCaptions(line)) {
        lastNote.end = at + line.length;
        lastNote.text = `${lastNote.text} ${line}`;
        lastNote.endLine = i + 1;
        markHeader(i, at);
        continue;
      }
      // Captions follow the banner, or the routing header of a cable that has none (`SIPDIS`, 10SANSALVADOR37).
      if ((this.topBanner || this.routing) && (!pending || pending.kind !== 'subject')) {
        const caps = matchCaptions(line);
        if (caps) {
          closePending();
          for (const c of caps) captions.push({ start: at + c.at, end: at + c.at + c.length, caption: c.caption, written: line.slice(c.at, c.at + c.length), kind: c.kind });
          markHeader(i, at);
          continue;
        }
      }
      // Header fields, possibly several on one line.
      const field = fieldAtStart(line);
      if (field) {
        closePending();
        pending = this.startFields(field.at ? line.slice(field.at) : line, at + field.at, field.kind, field.keywordLength, i);
        markHeader(i, at);
        if (pending && pending.kind === 'classifiedBy' && this.gluedFirstParagraph(pending, at)) {
          closePending();
          bodyStart = i;
          break;
        }
        continue;
      }
      // A page line between header lines (`PARIS 00001501 001.2 OF 006`, where a field runs onto the next page) is
      // no part of the field.
      if (this.fieldsSeen.size > 0 && isDigit(line.charCodeAt(line.length - 1)) && line.length < 80) {
        const pm = PAGE_LINE.exec(line);
        if (pm) {
          this.cable.pageLines.push(pageLineOf(pm, at, at + line.length, i));
          continue;
        }
      }
      if (pending) {
        // A line that opens with a portion marking (`(SBU) Poloff delivered …`) is the body's first paragraph, even
        // with no blank line before it.
        if ((pending.kind === 'ref' && this.isBlank(i - 1) && !this.looksLikeRefContinuation(line, i, pending.end)) || this.startsWithMarking(at, at + line.length, pending.start)) {
          closePending();
        } else {
          pending.end = at + line.length;
          pending.lastLine = i;
          markHeader(i, at);
          if (pending.kind === 'classifiedBy' && this.gluedFirstParagraph(pending, at)) {
            closePending();
            bodyStart = i;
            break;
          }
          continue;
        }
      }
      // Fields run on after a caption or a passing instruction: `SIPDIS E.O. 12958: N/A`, `DEPT FOR NEA/MAG AND DRL
      // E.O. 12958: DECL: 3/13/2018`.
      // Both start with an upper-case word (`SIPDIS`, `DEPT`): prose, which most lines that come here are, does not.
      if ((this.topBanner || this.fieldsSeen.size > 0) && isUpperLetter(line.charCodeAt(0)) && isUpperLetter(line.charCodeAt(1))) {
        const inline = firstInlineField(line);
        if (inline && inline.at > 0 && !this.fieldsSeen.has(inline.kind)) {
          const prefix = line.slice(0, trimEnd(line, 0, inline.at));
          const caps = this.topBanner ? matchCaptions(prefix) : null;
          if (caps) for (const c of caps) captions.push({ start: at + c.at, end: at + c.at + c.length, caption: c.caption, written: prefix.slice(c.at, c.at + c.length), kind: c.kind });
          else this.note(i, at, prefix);
          pending = this.startFields(line.slice(inline.at), at + inline.at, inline.kind, inline.keywordLength, i);
          markHeader(i, at);
          continue;
        }
      }
      // After Classified By, the classification block of the later form: the classification line
      // (`SECRET//FGI//NOFORN`, `SECRET//FGI//NOFORN//MR`) and its declassification instruction, which may wrap
      // (`Declassify on: Source marked 25X1-human, Date of source: June` / `27, 2009`, 09STATE67105, 08STATE116943).
      if (this.fieldsSeen.has('classifiedBy') && !pending && this.topBanner) {
        const b = isBannerStart(line.charCodeAt(0), line.charCodeAt(1)) && line.length < 60 ? matchBanner(line) : null;
        if (b && b.rest === '' && !b.section && !b.post && b.caveats.length > 0 && b.level === this.topBanner.level) {
          this.cable.banners.push(toBannerLine(this.text, b, at, at + line.length, 'section'));
          markHeader(i, at);
          continue;
        }
        const notes = this.cable.headerNotes;
        const previous = notes[notes.length - 1];
        const continues = previous !== undefined && previous.endLine === i && DECLASSIFY_ON.test(previous.text) && !previous.text.endsWith('.') && !startsParagraph(line);
        if (DECLASSIFY_ON.test(line) || continues) {
          if (continues) {
            previous.end = at + line.length;
            previous.text = `${previous.text} ${line}`;
            previous.endLine = i + 1;
          } else this.note(i, at, line);
          markHeader(i, at);
          continue;
        }
      }
      // A line the header does not know. Once the main fields are there, it is the start of the body,
      // unless more header fields follow shortly (a stray line inside the header).
      if (this.fieldsSeen.size > 0 && !this.fieldFollows(i)) {
        bodyStart = i;
        break;
      }
      if (this.fieldsSeen.size === 0 && !this.topBanner && !this.routing && !this.fieldFollows(i)) {
        // No header at all: the text is all body.
        bodyStart = from;
        break;
      }
      if (this.continuesSubject(i, at, line)) {
        markHeader(i, at);
        continue;
      }
      this.note(i, at, line);
      markHeader(i, at);
    }
    closePending();
    if (bodyStart < 0) bodyStart = this.fieldsSeen.size > 0 ? i : lastHeaderLine + 1;
    if (this.fieldsSeen.size === 0 && lastHeaderLine >= 0) bodyStart = Math.min(bodyStart, lastHeaderLine + 1);
    if (this.routing) this.cable.routing = this.routing;
    if (lastHeaderLine >= 0 && firstHeaderOffset >= 0) {
      const headerStart = this.cable.banners[0]?.start ?? firstHeaderOffset;
      const end = trimEnd(this.text, this.starts[lastHeaderLine], this.bodyAt >= 0 ? this.bodyAt : this.ends[lastHeaderLine]);
      if (end > headerStart) this.cable.header = { start: headerStart, end };
    }
    return Math.max(bodyStart, from);
  }

  /**
   * The first banner within the first lines of the header: a well-formed one, or failing that a garbled one
   * (`E C R E T BAGHDAD 000146`). Stops at the first paragraph or header field.
   */
  private findTopBanner(from: number): { line: number; match: BannerMatch } | null {
    const limit = Math.min(this.n, from + 200);
    let stop = limit;
    let first = true;
    for (let k = from; k < limit; k++) {
      const { line } = this.lead(k);
      if (!line) continue;
      if (startsParagraph(line) || fieldAtStart(line)) {
        stop = k;
        break;
      }
      const match = matchBanner(line);
      // (On the first line of the text, also a post with no serial yet, as in a cable being written: `SECRET PARIS`.)
      if (match && takenAsBanner(match, first)) return { line: k, match: this.withIndent(k, match) };
      first = false;
    }
    for (let k = from; k < stop; k++) {
      const match = matchGarbledBanner(this.lineText(k));
      if (match) return { line: k, match };
    }
    return null;
  }

  /** Converts a banner match on a left-trimmed line to offsets on the whole line. */
  private withIndent(k: number, match: BannerMatch): BannerMatch {
    const indent = skipSpaces(this.text, this.starts[k], this.ends[k]) - this.starts[k];
    if (indent === 0) return match;
    const section = match.section ? { number: match.section.number, total: match.section.total, start: match.section.start + indent, end: match.section.end + indent } : null;
    return { ...match, levelStart: match.levelStart + indent, levelEnd: match.levelEnd + indent, end: match.end + indent, section };
  }

  /** A repeat of the banner before the fields (received copies carry two): well-formed only. */
  private repeatedBanner(k: number): BannerMatch | null {
    const line = this.lineText(k);
    const match = matchBanner(line);
    return match && isStrong(match) ? match : null;
  }

  /**
   * A subject whose last words were pushed past a blank line (`SUBJECT: … NORTH KOREA AFTER CURRENCY`, a blank line,
   * `REFORM`, then `REF:`, 10SHENYANG4): a capitalised line right after a capitalised subject, with more fields to
   * come, goes on the subject rather than becoming a note.
   */
  private continuesSubject(i: number, at: number, line: string): boolean {
    const subject = this.cable.subjectLine;
    if (!subject || subject.parts.length === 0 || this.cable.headerNotes.some((n) => n.start > subject.start)) return false;
    if (i < 2 || !this.isBlank(i - 1) || this.lineAt(subject.end) !== i - 2) return false;
    if (!/[A-Z]/.test(line) || /[a-z]/.test(line) || /[a-z]/.test(subject.text) || /[.!?]$/.test(subject.text)) return false;
    const end = at + line.length;
    subject.parts.push({ start: at, end });
    subject.text = collapseSpaces(`${subject.text} ${line}`);
    subject.end = end;
    return true;
  }

  /**
   * Is the text of line `i` from `from` a title in capitals over a rule, with at most one blank line between
   * (`¶I. BIRTH OF THE GPO` / blank / `-----`, 10RPODUBAI13): a heading numbered as a letter, no sub-paragraph.
   */
  private ruledTitle(i: number, from: number, end: number, bodyEnd: number): boolean {
    if (end - from > 60 || hasLowerCase(this.text, from, end) || /[.:;,]/.test(this.text[end - 1])) return false;
    for (let k = i + 1; k <= bodyEnd && k <= i + 2; k++) {
      if (this.isBlank(k)) continue;
      return this.isRuleLine(k);
    }
    return false;
  }

  /** Keeps a header line that is none of the fields: `STATE FOR EUR/WE`, `AMEMBASSY ATHENS PASS TO AMCONSUL …`. */
  private note(i: number, at: number, line: string): void {
    // The date line of the published copies (`Tuesday, 20 January 2004, 09:44`): the cable's date, no note.
    if (!this.cable.dateLine && line.length < 40 && line.charCodeAt(line.length - 3) === 58 /* : */) {
      const iso = dateLineIso(line);
      if (iso) {
        this.cable.dateLine = { start: at, end: at + line.length, written: line, iso };
        return;
      }
    }
    // A rule of dashes around a block of notes (`--------- ----` over `Copy from the National Archives`,
    // 66BUENOSAIRES2481) is none.
    if (isRule(line, 0, line.length)) return;
    const notes = this.cable.headerNotes;
    const previous = notes[notes.length - 1];
    // A list that wraps (`DEPT ALSO FOR EUR/WE, …, EUR/PPD,` then `AND EB`) is one note, and so is the sentence that
    // says a cable is repeated (`FOLLOWING STATE 127892 DATED 150910Z DEC 09 SENT …` over three lines, 09STATE127892).
    // So is an instruction that wraps mid-sentence (`… BAGHDAD` / `FOR POPAL AND HUBAH; … ASHGABAT FOR` / `TANGBORN; …`,
    // 09ISTANBUL440).
    // And a list of names that wraps mid-name (`NSC FOR FRAN TOWNSEND, …, NICOLE` / `SHAMPAINE, NIK RAMCHAND, …`,
    // 06ABUDHABI1401) or inside parentheses (`NEA/PPD (WALTER` / `DOUGLAS)`, `S/CIEA` / `(GOLDWYN, SULLIVAN), …`).
    if (previous && previous.endLine === i && (previous.text.endsWith(',') || (REVIEW_STAMP.test(previous.text) && REVIEW_STAMP.test(line)) || endsUnfinished(previous.text) || this.listGoesOn(previous.text, line) || (/^AND\s/.test(line) && !/[.:]$/.test(previous.text)) || (/^FOR\s/.test(line) && previous.text.includes(';') && !/[.:;]$/.test(previous.text)) || (/^FOLLOWING\b/i.test(previous.text) && !/[.:]$/.test(previous.text)))) {
      previous.end = at + line.length;
      previous.text = `${previous.text} ${line}`;
      previous.endLine = i + 1;
      return;
    }
    // The receiving post's distribution printout (`INFO  LOG-00   EEB-00 …` over eight lines, 10SANAA4): one note.
    if (isDistributionLine(line)) {
      if (previous?.distribution && previous.endLine === i) {
        previous.end = at + line.length;
        previous.text = collapseSpaces(`${previous.text} ${line}`);
        previous.endLine = i + 1;
      } else notes.push({ start: at, end: at + line.length, text: collapseSpaces(line), line: i + 1, endLine: i + 1, distribution: true });
      return;
    }
    notes.push({ start: at, end: at + line.length, text: line, line: i + 1, endLine: i + 1 });
  }

  /**
   * Does a header note's list go on on the next line? Inside parentheses, or after a name cut off (a word with no
   * office code, `… MIKE TAYLOR, NICOLE`), when the next line is no instruction of its own (`DEPT OF COMMERCE FOR
   * ITA`, `PASS TO NSC …`, `TOBY BRADLEY AT NSC`) and starts with no office (`EUR/CARC, SCA …`).
   */
  private listGoesOn(previous: string, line: string): boolean {
    if (/[.:;]$/.test(previous)) return false;
    // A sentence that goes on in lower case (`Original Telegram was Confidential but has since been` / `de-classified`),
    // unless the line is an instruction of its own (`nsc for mgavin` in a partial extract).
    const first = line.charCodeAt(0);
    if (first >= 97 && first <= 122 && /[A-Z]/.test(previous) && /[a-z]/.test(previous)) return !/\b(?:for|pass|also)\b/i.test(line);
    if (line.charCodeAt(0) === 40 /* ( */ || previous.lastIndexOf('(') > previous.lastIndexOf(')')) return true;
    // (Nor when both lines end in an office after a comma: items of one form, `JUAN GONZALEZ, WHA` / `BILL MCILHENNY,
    // WHA/PPC`, 10MADRID87.)
    const office = /,\s*[A-Z]{2,5}(?:\/[A-Z]+)*$/;
    return previous.includes(', ') && /(?:^|\s)[A-Za-z]+$/.test(previous) && !/^[^,]{0,40}?\b(?:FOR|PASS|AT|ALSO)\b/i.test(line) && !/^[A-Z]+\//.test(line) && !(office.test(previous) && office.test(line));
  }

  /** An E.O. field inside a run-together line: ` E.O. 12958: DECL: …`. */
  private inlineEo(rest: string): { at: number } | null {
    const m = /\s(?:E\.?O\.?|EO)\s?\d{4,5}\b/i.exec(rest);
    return m ? { at: m.index + 2 } : null;
  }

  /**
   * Is there a header field start within the next few non-blank lines, before any paragraph? One not seen yet,
   * unless `repeated` (a later section's header repeats them all).
   */
  private fieldFollows(i: number, repeated = false): boolean {
    let seen = 0;
    for (let k = i + 1; k < this.n && seen < 6; k++) {
      const { line } = this.lead(k);
      if (!line) continue;
      seen++;
      if (startsParagraph(line)) return false;
      const f = fieldAtStart(line);
      if (f && (repeated || !this.fieldsSeen.has(f.kind))) return true;
    }
    return false;
  }

  private looksLikeRefContinuation(line: string, i: number, refEnd: number): boolean {
    return (
      /^(?:¶\s?)?\(?[A-Z][.)]\s/.test(line) ||
      (/\d/.test(line) && this.fieldFollows(i)) ||
      // The serial of a post that ended the line above, a blank line between (`(C) SECSTATE` / blank / `36633`, 05MADRID4026).
      (/^\d{1,7}\.?$/.test(line) && /\b[A-Z]{2,}$/.test(this.text.slice(Math.max(0, refEnd - 20), trimEnd(this.text, refEnd - 20, refEnd))))
    );
  }

  /** Starts the field(s) on a header line; returns the last one as pending (it may continue on later lines). */
  private startFields(line: string, at: number, kind: FieldKind, keywordLength: number, lineIndex: number): Pending {
    let k: FieldKind = kind;
    let offset = 0;
    let kwLen = keywordLength;
    for (let guard = 0; guard < 5; guard++) {
      const rest = line.slice(offset);
      const next = nextInlineField(rest.slice(kwLen), k);
      const segEnd = next ? offset + kwLen + next.at : line.length;
      if (!next) {
        if (k === 'eo') {
          this.finishEo(line.slice(offset, segEnd), at + offset);
          return null;
        }
        return { kind: k, start: at + offset, keywordLength: kwLen, end: at + segEnd, lastLine: lineIndex };
      }
      if (k === 'eo') this.finishEo(line.slice(offset, segEnd), at + offset);
      else this.finishField({ kind: k, start: at + offset, keywordLength: kwLen, end: at + trimEnd(line, offset, segEnd), lastLine: lineIndex });
      offset = offset + kwLen + next.at;
      k = next.kind;
      kwLen = next.keywordLength;
    }
    return null;
  }

  /**
   * A first paragraph run on to the end of a Classified By line (the field's line from `from` on): ends the field
   * before its number and starts the body there.
   */
  private gluedFirstParagraph(pending: { start: number; end: number }, from: number): boolean {
    const lineFrom = Math.max(from, pending.start);
    const k = this.text.slice(lineFrom, pending.end).indexOf('1.');
    if (k < 0) return false;
    const m = GLUED_FIRST_PARAGRAPH.exec(this.text.slice(Math.max(lineFrom, lineFrom + k - 4), pending.end));
    if (!m) return false;
    const at = Math.max(lineFrom, lineFrom + k - 4) + m.index + m[0].length - m[1].length;
    pending.end = trimEnd(this.text, pending.start, at);
    this.bodyAt = at;
    return true;
  }

  private finishEo(segment: string, base: number): void {
    if (this.fieldsSeen.has('eo')) {
      this.issue('field-repeated', { start: base, end: base + segment.trimEnd().length }, 'A second E.O. line; the first one counts.');
      return;
    }
    this.fieldsSeen.add('eo');
    const eo = parseExecutiveOrder(segment, base);
    this.cable.executiveOrder = eo;
    if (!eo.order) this.issue('eo-unparsed', eo, `No executive order number in "${eo.written}"`);
  }

  private finishField(p: Exclude<Pending, null | { kind: 'addressee' }>): void {
    let keywordEnd = p.start + p.keywordLength;
    while (keywordEnd > p.start && (this.text.charCodeAt(keywordEnd - 1) === 58 /* : */ || isSpace(this.text.charCodeAt(keywordEnd - 1)))) keywordEnd--;
    const keyword: Span = { start: p.start, end: keywordEnd };
    const valueStart = p.start + p.keywordLength;
    const value = this.text.slice(valueStart, p.end);
    if (this.fieldsSeen.has(p.kind) && p.kind !== 'ref') {
      this.issue('field-repeated', { start: p.start, end: p.end }, `A second ${p.kind === 'classifiedBy' ? 'Classified By' : p.kind.toUpperCase()} line; the first one counts.`);
      return;
    }
    this.fieldsSeen.add(p.kind);
    switch (p.kind) {
      case 'tags': {
        const tags = parseTags(value, valueStart);
        this.cable.tagsLine = { start: p.start, end: p.end, keyword, tags };
        if (tags.length === 0) this.issue('tags-empty', keyword, 'The TAGS line lists no tags.');
        break;
      }
      case 'subject': {
        // The value's lines, each without the white space at its ends; joined with single spaces.
        const text = this.text;
        const parts: Span[] = [];
        const pieces: string[] = [];
        // The field's lines come from the line table: no character-by-character search for the line breaks.
        for (let i = this.lineAt(valueStart); i < this.n && this.starts[i] < p.end; i++) {
          let s = Math.max(this.starts[i], valueStart);
          let e = Math.min(this.ends[i], p.end);
          while (s < e && isSpace(text.charCodeAt(s))) s++;
          while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
          if (e > s) {
            parts.push({ start: s, end: e });
            pieces.push(text.slice(s, e));
          }
        }
        // The keyword typed twice (`SUBJECT: SUBJECT: AFGHANISTAN …`, 09KABUL1239): the second is no word of the title.
        if (parts.length > 0) {
          const again = /^SUBJ(?:ECT)?\s?:\s*/i.exec(pieces[0]);
          if (again && again[0].length < pieces[0].length) {
            parts[0] = { start: parts[0].start + again[0].length, end: parts[0].end };
            pieces[0] = pieces[0].slice(again[0].length);
          }
        }
        // A portion marking before the title (`SUBJECT: (S/NF) CONSTRUCTIVE TALKS …`, 49 corpus cables) marks the line:
        // it is no word of the title.
        let portion: PortionMarking | null = null;
        if (parts.length > 0 && text.charCodeAt(parts[0].start) === 40 /* ( */) {
          const close = text.indexOf(')', parts[0].start);
          const marking = close > 0 && close < parts[0].end && close - parts[0].start < 24 ? portionMarkingIn(text, parts[0].start, close + 1) : null;
          if (marking?.recognized) {
            portion = marking;
            const rest = skipSpaces(text, close + 1, parts[0].end);
            if (rest < parts[0].end) {
              parts[0] = { start: rest, end: parts[0].end };
              pieces[0] = text.slice(rest, parts[0].end);
            } else {
              parts.shift();
              pieces.shift();
            }
          }
        }
        // Or after it, at the end of the line (`Subject: german test chamber sold by chinese subsidiary to` / `iran's dio
        // (s)`, 09STATE68250).
        const lastPart = parts[parts.length - 1];
        if (!portion && lastPart && text.charCodeAt(lastPart.end - 1) === 41 /* ) */) {
          const open = text.lastIndexOf('(', lastPart.end - 1);
          const marking = open > lastPart.start && lastPart.end - open <= 24 && isSpace(text.charCodeAt(open - 1)) ? portionMarkingIn(text, open, lastPart.end) : null;
          if (marking?.recognized) {
            portion = marking;
            const rest = trimEnd(text, lastPart.start, open);
            parts[parts.length - 1] = { start: lastPart.start, end: rest };
            pieces[pieces.length - 1] = text.slice(lastPart.start, rest);
          }
        }
        // Joined into one flat string: characters read one by one from a concatenation cost a walk down the rope each.
        const joined = collapseSpaces(pieces.length === 1 ? pieces[0] : pieces.join(' '));
        // (A subject the published copy lower-cased, marking and all, is no marking written wrongly: `… concern (s)`.)
        if (portion?.malformed && portion.normalized === portion.written.toUpperCase() && !/[A-Z]/.test(joined)) portion = { ...portion, malformed: false };
        this.cable.subjectLine = { start: p.start, end: p.end, keyword, text: joined, parts, portion };
        if (!joined) this.issue('subject-empty', keyword, 'The SUBJECT line is empty.');
        break;
      }
      case 'ref': {
        // A passing instruction run on after the list (`REF: STATE 6461  PLEASE PASS TO RSO, POLOFF, ECON …`,
        // 09STATE15113): a note of the header, no part of the last reference.
        let end = p.end;
        const pass = REF_PASS.exec(value);
        if (pass && pass.index > 0) {
          const at = valueStart + pass.index + pass[0].length - pass[1].length;
          const i = this.lineAt(at);
          end = trimEnd(this.text, valueStart, valueStart + pass.index);
          this.note(i, at, this.text.slice(at, trimEnd(this.text, at, Math.min(p.end, this.ends[i]))));
        }
        this.pendingRefs.push({ valueStart, end });
        if (!this.cable.references) this.cable.references = { start: p.start, end, keyword, references: [] };
        else this.cable.references.end = end;
        break;
      }
      case 'classifiedBy': {
        let value = this.text.slice(p.start, p.end);
        // Page lines inside it become white space: the offsets of the rest stay.
        for (const cut of p.pageCuts ?? []) if (cut.end <= p.end) value = value.slice(0, cut.start - p.start) + ' '.repeat(cut.end - cut.start) + value.slice(cut.end - p.start);
        this.cable.classifiedBy = parseClassifiedBy(value, p.start, p.keywordLength);
        break;
      }
    }
  }

  // ------------------------------------------------------------ body

  private body(from: number): void {
    const c = this.cable;
    const text = this.text;
    // Find the end of the body: trailing blank lines, a bottom banner, NNNN, then the signature.
    let last = this.n - 1;
    const skipBlank = (): void => {
      while (last >= from && this.isBlank(last)) last--;
    };
    skipBlank();
    // The printout's `End Cable Text`, and what follows it (a masked name, a mail client's stamp: 08LONDON2651,
    // 09STATE63860, 10BRUSSELS183): no part of the cable.
    for (let k = last; k > from && k >= last - 3; k--) {
      const at = skipSpaces(text, this.starts[k], this.ends[k]);
      if ((text.charCodeAt(at) | 0x20) === 101 && /^End Cable Text\s*$/i.test(text.slice(at, this.ends[k]))) {
        last = k - 1;
        skipBlank();
        break;
      }
    }
    // The trailer: bottom banners, NNNN/BT, and the signature, in whatever order they close the text.
    const trailer: BannerLine[] = [];
    // Page lines among them (`MADRID 00002632 002.2 OF 002` between a footer and the signature, 06MADRID2632), in the
    // order of the text once the body's are read.
    const trailerPages: PageLine[] = [];
    const trailerCaptions: CaptionLine[] = [];
    for (let guard = 0; guard < 8 && last > from; guard++) {
      const { at, line } = this.lead(last);
      const final = line.charCodeAt(line.length - 1);
      const pm = line.length < 80 && final >= 48 && final <= 57 ? PAGE_LINE.exec(line) : null;
      if (pm) {
        trailerPages.unshift(pageLineOf(pm, at, at + line.length, last));
        last--;
        skipBlank();
        continue;
      }
      // The end of transmission, and the line some published copies close with (`2004CARACA02200 - CONFIDENTIAL`).
      // (And a line of dots the published copy closes with, `...` under `Whitehead`, 09KHARTOUM881.)
      // (And the stamp of a later review, `Declassified/Released US Department of State EO` / `Systematic Review 05 JUL
      // 2006`, under the signature of 75TEHRAN2069.)
      // (And a lone `.` under the signature, 09BRUSSELS536; the tag of a web page the copy was taken from, `EPET @ EL
      // PAÍS` under `AGUIRRE`, 05MADRID4026.)
      // (And the end of the subject, cut off, that a published copy closes with: `T ONE ORDERED RELEASED ON...` under
      // `Leach`, 05PARIS1699, whose subject ends `… BUT ONE ORDERED RELEASED ON BAIL`.)
      if (line === 'NNNN' || line === 'BT' || line === 'Nnnn' || COPY_FOOTER.test(line) || PAGE_TAG.test(line) || /^\.+$/.test(line) || ((line.charCodeAt(0) === 68 || line.charCodeAt(0) === 83) && REVIEW_STAMP.test(line)) || this.subjectEcho(line)) {
        last--;
        skipBlank();
        continue;
      }
      // `MINIMIZE CONSIDERED` above the signature (09BRUSSELS536), or with it on the line (`MINIMIZE CONSIDERED
      // SHANNON`, 10BRASILIA43): the closing caption of a post under a MINIMIZE order, no text.
      if ((line.charCodeAt(0) | 0x20) === 109 && /^MINIMIZE\s+CONSIDERED\b/i.test(line)) {
        const m = /^MINIMIZE\s+CONSIDERED/i.exec(line)!;
        const rest = line.slice(m[0].length).trim();
        if (rest === '' || (!c.signature && this.isSignature(rest))) {
          trailerCaptions.unshift({ start: at, end: at + m[0].length, caption: 'MINIMIZE CONSIDERED', written: m[0], kind: 'handling' });
          if (rest) {
            const start = at + line.indexOf(rest, m[0].length);
            c.signature = { start, end: start + rest.length, text: rest, line: last + 1 };
          }
          last--;
          skipBlank();
          continue;
        }
      }
      // The footer some posts add, after the signature (`"Visit Ankara's Classified Web Site at http://…`) or before
      // it between rules of asterisks (`Visit Embassy Tel Aviv's Classified Website:` …, 05TELAVIV1593).
      // Its address may wrap onto a line of its own (`gov.gov/wiki/Portal:Turkey"`, 10ANKARA87).
      const footerStart = line.charCodeAt(0) === 42 && isRule(line, 0, line.length) ? this.footerAbove(last, from) : this.visitFooter(last, from);
      if (footerStart >= 0 && !c.footer) {
        // The signature may follow the address on its line (`Visit London’s Classified Website:
        // http://…/index. cfm Tuttle`, 08LONDON1001 and four more).
        const signedAfter = c.signature ? null : SIGNED_FOOTER.exec(line);
        let footerEnd = at + line.length;
        if (signedAfter && this.isSignature(signedAfter[1]) && !FOOTER_LINE.test(signedAfter[1])) {
          const start = at + line.length - signedAfter[1].length;
          c.signature = { start, end: at + line.length, text: signedAfter[1], line: last + 1 };
          footerEnd = trimEnd(text, at, start);
        }
        c.footer = { start: this.lead(footerStart).at, end: footerEnd, line: footerStart + 1, endLine: last + 1 };
        for (let k = last - 1; k > footerStart; k--) {
          const inside = this.lead(k);
          const page = inside.line.length < 80 ? PAGE_LINE.exec(inside.line) : null;
          if (page) trailerPages.unshift(pageLineOf(page, inside.at, inside.at + inside.line.length, k));
        }
        last = footerStart - 1;
        skipBlank();
        continue;
      }
      const b = line.length < 80 ? matchBanner(line) : null;
      if (b && (b.rest === '' || b.serial)) {
        trailer.unshift(toBannerLine(text, b, at, at + line.length, 'bottom'));
        last--;
        skipBlank();
        continue;
      }
      // A repeated cable ends with its own signature and UNQUOTE before the sender's: `CLINTON UNQUOTE CLINTON`.
      const unquote = /\bUNQUOTE\s+/.exec(line);
      // (And a date the published copy put after the name: `SOBEL 2008-01-08`, 08BRASILIA43.)
      const named = unquote ? line.slice(unquote.index + unquote[0].length) : line;
      const signed = isDigit(named.charCodeAt(named.length - 1)) ? named.replace(SIGNATURE_DATE, '') : named;
      // (Not the last word of a sentence that a line break put on a line of its own: `… BRIDGETOWN APPRECIATES
      // TRINIDAD'S` / `ASSISTANCE.`, 06BRIDGETOWN2164.)
      const endsWord = /[A-Za-z]\.$/.test(signed) && last > from && /[A-Za-z'’]$/.test(this.lineText(last - 1).trimEnd());
      if (!c.signature && !endsWord && (this.isSignature(signed) || this.isLowerCaseSignature(signed, last, from))) {
        // The whole line, `CLINTON UNQUOTE` included: no text of the cable.
        // (A name the published copy wrote twice on the line is one signature: `KUBISKE KUBISKE`, 09BRASILIA1460.)
        const name = signed.replace(/\s*\.$/, '').trim();
        const twice = /^(\S+)\s+(\S+)$/.exec(name);
        c.signature = { start: at, end: at + line.length, text: twice && twice[1] === twice[2] ? twice[1] : name, line: last + 1 };
        last--;
        skipBlank();
        continue;
      }
      // The same name above it, as the published copy wrote it first (`Huntsman` / `huntsman`, 09BEIJING2964): one
      // signature over both lines, named as written first.
      if (c.signature && c.signature.start > at && line.length === c.signature.text.length && line.toLowerCase() === c.signature.text.toLowerCase() && this.isSignature(line)) {
        c.signature = { start: at, end: c.signature.end, text: line, line: last + 1 };
        last--;
        skipBlank();
        continue;
      }
      break;
    }
    const bodyEnd = last; // inclusive
    // A signature run on to the end of the last line of text, after its last sentence (`… inside Burma. Martinez`,
    // `… End comment. CROCKER`: 179 corpus cables whose published lines were joined): where the text stops.
    let textStop = -1;
    if (!c.signature && last > from) {
      const { at, line } = this.lead(last);
      const m = GLUED_SIGNATURE.exec(line);
      if (m && this.isSignature(m[1])) {
        const start = at + m.index + m[0].indexOf(m[1]);
        c.signature = { start, end: start + m[1].length, text: m[1], line: last + 1 };
        textStop = trimEnd(text, at, start);
      }
      // Or the post's footer and the signature after it, run on together (`… international issue. Visit London's
      // Classified Website: http://… TUTTLE`, 08LONDON1176 and two more).
      const f = !c.signature && !c.footer && line.length > 60 ? GLUED_FOOTER.exec(line) : null;
      if (f) {
        const footerAt = at + f.index + f[0].length - f[1].length;
        const signed = /\s([A-Z][A-Za-z'-]+)\s*$/.exec(f[1]);
        let footerEnd = at + line.length;
        if (signed && this.isSignature(signed[1]) && !FOOTER_LINE.test(signed[1])) {
          const start = footerAt + signed.index + 1;
          c.signature = { start, end: start + signed[1].length, text: signed[1], line: last + 1 };
          footerEnd = trimEnd(text, footerAt, start);
        }
        c.footer = { start: footerAt, end: footerEnd, line: last + 1, endLine: last + 1 };
        textStop = trimEnd(text, at, footerAt);
      }
    }

    const openers: BlockOpener[] = [];
    // (Typed so: the paragraph is set inside openParagraph, which control-flow narrowing does not follow.)
    let current = null as Paragraph | null;
    let currentSub: SubParagraph | null = null;
    let currentLast = -1;
    let headingIndex: number | null = null;
    let prevBlank = true;
    let participants = false;
    /**
     * Makes `p` the paragraph being read, from line `i`. (It touches only what `finishParagraph` shares already: a
     * variable a closure writes lives in a context, slower to read in the loop over every line.)
     */
    const openParagraph = (p: Paragraph, i: number, end: number): void => {
      finishParagraph();
      current = p;
      currentLast = i;
      c.paragraphs.push(p);
      // A new paragraph ends any sub-paragraph, and says whether it lists participants or opens quoted text.
      currentSub = null;
      participants = isParticipants(p);
      quoted = opensQuote(p);
      // A summary opens after the marking, or before it when a lead-in comes first (`¶1. Summary: (C) …`); after the
      // number when the marking stands before it (`(C) 1. …`).
      const leadIn = p.portion !== null && skipSpaces(text, p.numberSpan.end, end) < p.portion.start;
      this.openerAt(openers, p.portion && !leadIn ? Math.max(p.portion.end, p.numberSpan.end) : p.numberSpan.end, end, 'inline', c.paragraphs.length - 1);
    };
    /**
     * Paragraphs the published text ran on to the line before them (`… along those lines. 6.(S) Embassy Comment: …`,
     * 05BRASILIA1207; a dozen corpus cables whose long lines were joined): the next number after the end of a
     * sentence, with a marking after it, opens the next paragraph there. Only long lines are looked at: a line of a
     * cable as sent is under 70 characters.
     */
    const runOnParagraphs = (i: number, lineAt: number, end: number): void => {
      let from = lineAt;
      while (current !== null && end - from > 40) {
        const needle = `${current.number + 1}.`;
        const k = text.slice(from, end).indexOf(needle);
        if (k < 0) return;
        const hit = from + k;
        from = hit + needle.length;
        // After the end of a sentence and one to three spaces.
        let b = hit;
        while (b > lineAt && text.charCodeAt(b - 1) === 32) b--;
        const before = text.charCodeAt(b - 1);
        if (b === hit || hit - b > 3 || b <= lineAt || !endsSentenceChar(before)) continue;
        const m = paragraphNumberAt(text, hit, 3);
        if (!m || m.letter || m.end > end) continue;
        const p = this.paragraph(m, hit, end, i, headingIndex);
        // With a marking after it; or, in a text whose paragraphs carry none, a capital (`… accessed nationwide. 10.
        // In addition, by May 2010 …`, 08BRASILIA1396).
        const capital = text.charCodeAt(skipSpaces(text, m.end, end));
        if (!p.portion?.recognized && (current.portion !== null || p.portion !== null || !(capital >= 65 && capital <= 90))) continue;
        const previous: Paragraph = current;
        currentLast = i;
        finishParagraph();
        previous.end = b;
        openParagraph(p, i, end);
        from = p.numberSpan.end;
      }
    };
    /**
     * A title and its rule run on to the end of a paragraph's long line (`… See action requests at para 8. End Summary.
     * Afghanistan -----------`, `… in Georgia and Ukraine. STOCKHOLM 00000051 002 OF 002 Comment -------`,
     * 08STOCKHOLM51): the paragraph stops before it, and the paragraphs after it stand under it.
     */
    const runOnTitle = (i: number, end: number): void => {
      const m = current ? RUN_ON_RULED_TITLE.exec(text.slice(Math.max(0, end - 120), end)) : null;
      if (!m || !current) return;
      const titleAt = Math.max(0, end - 120) + m.index + m[0].length - m[1].length - m[2].length;
      runOnHeading(i, titleAt, titleAt + m[1].length);
    };
    /** A title from `titleAt` to `titleEnd` (on line `i`) at the end of the paragraph being read: it ends there. */
    const runOnHeading = (i: number, titleAt: number, titleEnd: number): void => {
      if (!current) return;
      const paragraph: Paragraph = current;
      currentLast = i;
      finishParagraph();
      paragraph.end = trimEnd(text, paragraph.start, titleAt);
      const title = text.slice(titleAt, titleEnd);
      const kind = headingKind(title);
      c.headings.push({ start: titleAt, end: titleEnd, text: title, dashed: true, line: i + 1, kind });
      headingIndex = c.headings.length - 1;
      currentSub = null;
      if (kind !== 'heading') headingOpeners(openers, kind, titleAt, titleEnd, headingIndex, text);
    };
    /**
     * A comment or summary opened inside a long line (a paragraph the published text ran into one line): an aside in
     * parentheses (`… by May. (COMMENT. Having Minc lead … END COMMENT.)`, 10BRASILIA15), or the word after the end of a
     * sentence (`… said so. COMMENT: We think …`).
     */
    const midLineOpeners = (from: number, end: number): void => {
      const line = text.slice(from, end);
      // The paragraph an opener at `w` stands in: the line may hold several, run on to each other.
      const paragraphAt = (w: number): number | null => {
        let paragraph: number | null = current ? c.paragraphs.length - 1 : null;
        while (paragraph !== null && paragraph > 0 && c.paragraphs[paragraph].start > from + w) paragraph--;
        return paragraph;
      };
      // An aside in parentheses: `(COMMENT. …`, `(Comment: …`. Found by its parenthesis and its colon, the rarer
      // characters: one look for each through the line, not one per spelling of the words.
      for (let q = line.indexOf('('); q >= 0 && q + 8 <= line.length; q = line.indexOf('(', q + 1)) {
        // (Of a run of parentheses only the last may open a word: the run is passed by one search.)
        if (line.charCodeAt(q + 1) === 40) q = endOfRun(line, q) - 1;
        const w = q + 1 + commentPrefixAt(line, q + 1);
        if (commentWordAt(line, w)) this.openerAt(openers, from + q, end, 'inline', paragraphAt(w));
      }
      // The word after the end of a sentence, with its colon: `… said so. COMMENT: We think …`.
      for (let r = line.indexOf(':', 8); r >= 0; r = line.indexOf(':', r + 1)) {
        const w = r - 7;
        if (line.charCodeAt(w - 1) !== 32) continue;
        const initial = line.charCodeAt(w) | 0x20;
        const word = initial === 99 ? commentWordAt(line, w) : initial === 115 && (hasAt(line, w + 1, 'ummary') || hasAt(line, w + 1, 'UMMARY'));
        if (word && endsSentenceChar(line.charCodeAt(trimEnd(line, 0, w) - 1))) this.openerAt(openers, from + w, end, 'inline', paragraphAt(w));
      }
    };
    // Talking points or a text quoted in a paragraph (`¶11. (U) Begin talking points:`, 10STATE9124) hold their own
    // titles: no sections of the cable, up to their end or the next paragraph.
    let quoted = false;
    const opensQuote = (p: Paragraph): boolean => (p.lead.charCodeAt(0) | 0x20) === 98 /* b */ && BEGIN_QUOTED.test(p.lead);
    const isParticipants = (p: Paragraph): boolean => {
      const first = p.lead.charCodeAt(0) | 0x20;
      return first === 112 /* p */ || first === 97 /* a */ || first === 109 /* m */ ? isParticipantsLead(p.lead) : false;
    };
    const finishParagraph = (): void => {
      if (current) {
        current.end = currentLast === bodyEnd && textStop >= 0 ? textStop : trimEnd(text, this.starts[currentLast], this.ends[currentLast]);
        current.endLine = currentLast + 1;
        // A number and marking alone on their line (`1.(C)`, then a blank line and `Summary: The GON …`, 08OSLO522):
        // the first words are those of the next line.
        if (current.lead.length === 0 && current.portion !== null && current.endLine > current.line) this.leadBelow(current);
        current = null;
      }
    };

    const starts = this.starts;
    const ends = this.ends;
    const topBanner = this.topBanner;
    const correctedCopy = c.captions.some((x) => x.caption === 'CORRECTED COPY');
    // The first line may start inside the header's last line (a first paragraph run on to the Classified By): it is
    // read from there, and its start is put back after the loop.
    const firstStart = starts[from];
    if (this.bodyAt > firstStart) starts[from] = this.bodyAt;
    for (let i = from; i <= bodyEnd; i++) {
      const e = ends[i];
      const at = skipSpaces(text, starts[i], e);
      if (at >= e) {
        prevBlank = true;
        continue;
      }
      // The last line stops before a signature run on to it (`(SECRET//REL Armenia) YOVANOVITCH`, 09YEREVAN20).
      const end = i === bodyEnd && textStop >= 0 ? textStop : trimEnd(text, at, e);
      if (at >= end) {
        prevBlank = true;
        continue;
      }
      const first = text.charCodeAt(at);
      const len = end - at;
      // A lone `.` or `-` or a rule of dashes stands for a blank line (separators some posts typed around a heading:
      // 06MOSCOW5740, and `- - - - -` above and below one in 09BRASILIA177; a lone `-` ends 90CAPETOWN97's paragraphs).
      if ((len === 1 || first === 45 || first === 61 || first === 95 || first === 42) && isSeparator(text, at, end)) {
        // (The rule of a title the published text ran on to the end of the paragraph above, a blank line between: `…
        // End Summary. Succession in Progress but Success in Doubt` / blank / a rule of its length, 10SEOUL248.)
        if (first === 45 && current && currentLast === i - 2 && this.isBlank(i - 1) && len >= 8) {
          const tail = this.titleTail(currentLast, 0, len);
          if (tail >= 0) runOnHeading(currentLast, tail, trimEnd(text, tail, this.ends[currentLast]));
        }
        prevBlank = true;
        continue;
      }
      // A line the transmission repeated where a page broke, with a `Q` before it (`what they see as laid out in the
      // 1975 Agreement, but said` / `Qwhat they see as …`, 10BAGHDAD70 and 13 more corpus cables): no part of the text.
      if (first === 81 && !prevBlank && i > from && this.repeatsLineAbove(i, at, end)) {
        this.issue('line-repeated', { start: at, end }, 'This line repeats the line above with a Q before it: a fault of the transmission where a page broke, not part of the text.');
        continue;
      }
      // Paragraph number.
      if ((first >= 48 && first <= 57) || first === 0xb6) {
        // In the body, four-digit numbers count too, but only where they continue the numbering (`1000.` after
        // `999.`): a line that starts with a year (`¶1997.  AS A RESULT`) is prose.
        const previous = c.paragraphs.length ? c.paragraphs[c.paragraphs.length - 1].number : -1;
        // A number glued to the first word (`2.In interviews …`, 09RIYADH651) or typed with a comma before a marking
        // (`18, (SBU) Accompanying …`, 07TELAVIV2652) only where it continues the numbering.
        const next = previous < 0 ? 1 : previous + 1;
        const m = paragraphNumberAt(text, at, 4) ?? (prevBlank ? gluedParagraphNumberAt(text, at, next) ?? this.looseNumberAt(at, end, next) : null);
        if (m && m.end <= end + 1 && (m.digitsEnd - m.digitsStart < 4 || Number(text.slice(m.digitsStart, m.digitsEnd)) === previous + 1) && !this.dayTakenForNumber(m, i, end, prevBlank, previous)) {
          const p = this.paragraph(m, at, end, i, headingIndex);
          // A numbered title over a rule (`¶5. WMD Proliferation Financing Issues` / `-------`, 06VIENNA515): a heading
          // that takes its number in the paragraphs' sequence; its text is in the marked sub-paragraphs under it.
          if (!p.portion && !p.subLetter && p.lead.length > 0 && end - at <= 90 && i + 1 <= bodyEnd && this.isRuleLine(i + 1) && !/[.,;:]$/.test(p.lead)) {
            finishParagraph();
            currentSub = null;
            const titleAt = first === 0xb6 ? skipSpaces(text, at + 1, end) : at;
            const line = collapseSpaces(text.slice(titleAt, end));
            const kind = headingKind(p.lead);
            c.headings.push({ start: titleAt, end, text: line, dashed: true, line: i + 1, kind });
            participants = false;
            headingIndex = c.headings.length - 1;
            if (kind !== 'heading') headingOpeners(openers, kind, titleAt, end, headingIndex, text);
            i++;
            prevBlank = true;
            continue;
          }
          openParagraph(p, i, end);
          if (end - at > 150) {
            runOnParagraphs(i, p.numberSpan.end, end);
            midLineOpeners(p.numberSpan.end, end);
            if (text.charCodeAt(end - 1) === 45) runOnTitle(i, end);
          } else {
            if (this.parenAt < end) this.asides(openers, p.numberSpan.end + 1, end, c.paragraphs.length - 1);
            if (this.colonAt < end) this.sentenceOpeners(openers, p.numberSpan.end + 1, end, c.paragraphs.length - 1);
          }
          prevBlank = false;
          continue;
        }
      }
      // A number after the redaction marker that replaced the paragraph before it, number and all
      // (`XXXXXXXXXXXX10. (C) Below the level …` after `¶8.`, 05SOFIA1207): a paragraph from its number on, where it
      // continues the numbering with at most two numbers left out.
      if (first === 88 && text.charCodeAt(at + 1) === 88 && text.charCodeAt(at + 2) === 88 && c.paragraphs.length) {
        let digits = at + 3;
        while (digits < end && text.charCodeAt(digits) === 88) digits++;
        const d = text.charCodeAt(digits);
        const m = d >= 49 && d <= 57 ? paragraphNumberAt(text, digits, 3) : null;
        const n = m ? Number(text.slice(m.digitsStart, m.digitsEnd)) : 0;
        const previous = c.paragraphs[c.paragraphs.length - 1].number;
        if (m && m.end <= end && !m.letter && n > previous && n <= previous + 3 && text.charCodeAt(skipSpaces(text, m.end, end)) === 40) {
          const p = this.paragraph(m, digits, end, i, headingIndex);
          if (p.portion?.recognized) {
            openParagraph(p, i, end);
            prevBlank = false;
            continue;
          }
        }
      }
      // A marking at the start of a line after a blank one, or after the number of an item (`1) (S/NF) BEYOND IRAN'S
      // OVERT POLICY …`, 09STATE6423).
      // (Or after the dash of an item: `-- (C) the three co-chair countries should send a strong`, 10BAKU134.)
      const itemEnd = !prevBlank ? -1 : first >= 48 && first <= 57 ? numberedItemEnd(text, at, end) : first === 45 ? dashedItemEnd(text, at, end) : -1;
      // (Also with no blank line before it, under the end of a sentence: `… 70 mm long.` / `(S//REL TO USA, ACGU) The
      // subject claimed …`, 08RANGOON749.)
      // A letter in lower case there is an item of a list (`(c) A person who may have information …`, 09STATE119085).
      const upper = text.charCodeAt(at + 1);
      // (And any line of a quoted text that opens with one: the paragraphs of a non-paper, each a line, 09STATE83026.)
      const marking = (first === 40 && (prevBlank || quoted || (upper >= 65 && upper <= 90 && i > 0 && this.endsSentence(i - 1)))) || (itemEnd > 0 && prevBlank) ? this.markingAt(itemEnd > 0 ? itemEnd : at, end) : null;
      if (marking?.recognized) {
        // Written before the number (`(C) 1. The Embassy obtained a copy …`, 07BAGHDAD3504), where the number
        // continues the numbering: the marking of that paragraph.
        const numberAt = itemEnd > 0 ? end : skipSpaces(text, marking.end, end);
        const digit = text.charCodeAt(numberAt);
        const m = numberAt > marking.end && digit >= 48 && digit <= 57 ? paragraphNumberAt(text, numberAt, 3) : null;
        const previous = c.paragraphs.length ? c.paragraphs[c.paragraphs.length - 1].number : 0;
        if (m && m.end <= end && Number(text.slice(m.digitsStart, m.digitsEnd)) === previous + 1 && !m.letter) {
          const p = this.paragraph(m, numberAt, end, i, headingIndex);
          if (!p.portion) {
            p.start = at;
            p.portion = marking;
            p.marking = marking.written;
            openParagraph(p, i, end);
            prevBlank = false;
            continue;
          }
        }
        // Else it opens a block of text with no number (`(S/REL NATO) Begin Talking Points:`, 09STATE127892), or an
        // item; not on a line of its own or with its level in full (`(SECRET//REL CHINA)` over a non-paper), which
        // classifies the document it heads.
        if (marking.end < end && isSpace(text.charCodeAt(marking.end)) && !FULL_LEVEL.test(marking.written)) c.looseMarkings.push(marking);
      }
      const last = text.charCodeAt(end - 1);
      // Page continuation line: `MUSCAT 00000174  002 OF 003`.
      if (len < 80 && first !== 0xb6 && last >= 48 && last <= 57) {
        const pm = PAGE_LINE.exec(text.slice(at, end));
        if (pm) {
          c.pageLines.push(pageLineOf(pm, at, end, i));
          continue;
        }
      }
      // The page top of older printouts: `PAGE 02  CAPE T 00097 01 OF 03 182017Z`, `PAGE 02 RUEHFRA0170 S E C R E T`.
      if (first === 80 && len < 90 && text.startsWith('PAGE ', at)) {
        const page = pageTop(text.slice(at, end));
        if (page) {
          c.pageLines.push({ start: at, end, ...page, line: i + 1 });
          continue;
        }
      }
      // A later section's own routing and header lines (`R 171512Z JAN 90`, `FM …`, its banner, `E.O.` …).
      // Only a line of one precedence letter and a space (`R 171512Z …`) or `VZCZC…` is looked at: prose that starts
      // with R, O, P or Z has a word there.
      if (this.routing && (((first === 82 || first === 79 || first === 80 || first === 90) && text.charCodeAt(at + 1) === 32) || (first === 86 && text.charCodeAt(at + 1) === 90))) {
        const repeated = this.repeatedHeader(i, bodyEnd);
        if (repeated >= 0) {
          finishParagraph();
          currentSub = null;
          c.repeatedHeaders.push({ start: at, end: trimEnd(text, starts[repeated], ends[repeated]), line: i + 1, endLine: repeated + 1 });
          i = repeated;
          prevBlank = true;
          continue;
        }
      }
      // `SIPDIS` on a line of its own inside the text: the published copies repeat the caption mid-paragraph.
      // (Also in lower case, `Sipdis`, 08KUWAIT128.)
      if (len === 6 && (first | 0x20) === 115 /* s */ && text.slice(at, end).toUpperCase() === 'SIPDIS') {
        c.bodyCaptions.push({ start: at, end, caption: 'SIPDIS', written: text.slice(at, end), kind: 'distribution' });
        continue;
      }
      // Or opening a line of the text, where the published copy put it after a line that ends with `Secretary` (`SIPDIS
      // the first stage of Russian base withdrawal.`, 07TBILISI1732): the caption, and the line goes on with the text.
      if (first === 83 && len > 8 && text.charCodeAt(at + 6) === 32 && text.startsWith('SIPDIS', at)) {
        const word = skipSpaces(text, at + 6, end);
        const next = text.charCodeAt(word);
        // (Before a capital too, where it breaks into a sentence with no blank line: `Secretary of State for …;` /
        // `SIPDIS Rt Hon Malcolm Bruce MP`, 08LONDON1176.)
        if ((next >= 97 && next <= 122) || (!prevBlank && current !== null)) c.bodyCaptions.push({ start: at, end: at + 6, caption: 'SIPDIS', written: 'SIPDIS', kind: 'distribution' });
      }
      // So is the corrected-copy caption of the header, repeated on a later page (`C O R R E C T E D C O P Y (ADDED
      // TAGS)`, 08PARIS130).
      if (correctedCopy && first === 67 /* C */ && len < 60) {
        const caps = matchCaptions(text.slice(at, end));
        if (caps && caps.length === 1 && caps[0].caption === 'CORRECTED COPY' && caps[0].at === 0 && caps[0].length === len) {
          c.bodyCaptions.push({ start: at, end: at + caps[0].length, caption: 'CORRECTED COPY', written: text.slice(at, at + caps[0].length), kind: caps[0].kind });
          continue;
        }
      }
      // A repeated banner inside the body.
      if (len < 100 && topBanner && isBannerStart(first, text.charCodeAt(at + 1))) {
        const b = matchBanner(text.slice(at, end));
        if (b && (b.section || b.rest === '' || (b.serial !== null && b.serial === topBanner.serial))) {
          c.banners.push(toBannerLine(text, b, at, end, 'section'));
          prevBlank = true;
          continue;
        }
      }
      // A numbered item of a list inside the paragraph (`1) Joint Staff Talks (JSTs):  This event is hosted …`,
      // 09MOSCOW2754; `(1) aggressive action to identify …` and `(2) …` a line each, 09STATE131801): a sub-paragraph.
      // The first after a blank line or a line that ends with a colon; each next one numbered after the last.
      if (current !== null && !participants && (first === 40 || (first >= 49 && first <= 57))) {
        const item = listItemAt(text, at, end);
        // (Or right under the title of a lettered sub-paragraph: `¶B. Financial Stability, …` / ` 1) Financial Stability
        // and Economic Development (ECFS-4H). …`, 09STATE62397.)
        const underTitle = currentSub !== null && (currentSub as SubParagraph).line === i && (currentSub as SubParagraph).portion === null;
        if (item && (item.number === 1 ? prevBlank || underTitle || text.charCodeAt(trimEnd(text, starts[i - 1], ends[i - 1]) - 1) === 58 : lastItemNumber(c.subParagraphs, current) === item.number - 1)) {
          // A marking after the number was read above as one of an unnumbered line: it is the item's.
          const loose = c.looseMarkings[c.looseMarkings.length - 1];
          let portion: PortionMarking | null = null;
          if (loose && loose.start === item.contentStart) portion = c.looseMarkings.pop()!;
          else if (text.charCodeAt(item.contentStart) === 40) {
            const m = this.markingAt(item.contentStart, end);
            if (m?.recognized) portion = m;
          }
          const sub: SubParagraph = { start: at, end, label: String(item.number), paragraphNumber: current.number, portion, line: i + 1, endLine: i + 1 };
          c.subParagraphs.push(sub);
          currentSub = sub;
          currentLast = i;
          prevBlank = false;
          continue;
        }
      }
      // Sub-paragraph (`¶A.`, `B)`, `(c)`) after a blank line or with a pilcrow; not in a list of participants, whose
      // initials look like labels (`¶R. Nicholas Burns, U/S for Political Affairs`, 05BOGOTA7402).
      // With no blank line before it too, where a marking follows the letter (`A) (S//REL to USA, ACGU) Current
      // location …`) or the letter comes next after the last one (`F) Unknown.`), 08RANGOON749.
      if (!participants && mayStartSubParagraph(text, at, first) && (prevBlank || first === 0xb6 || (current !== null && first !== 40 && text.charCodeAt(at + 1) !== 46))) {
        SUB_PARAGRAPH_AT.lastIndex = at;
        const sm = SUB_PARAGRAPH_AT.exec(text);
        const portion = sm && at + sm[0].length <= end ? this.markingAt(at + sm[0].length, end) : null;
        // A range keeps both letters (`G-J`); the next letter comes after the last of them.
        const label = sm ? (sm[3] ? `${sm[2]}-${sm[3]}` : (sm[2] ?? sm[4] ?? sm[5])) : '';
        const nextLetter = !prevBlank && !!currentSub && (label.charCodeAt(0) | 0x20) === (currentSub.label.charCodeAt(currentSub.label.length - 1) | 0x20) + 1;
        if (sm && at + sm[0].length <= end && (sm[1] || prevBlank || portion?.recognized || nextLetter) && !(prevBlank && !portion && this.ruledTitle(i, at + sm[0].length, end, bodyEnd))) {
          const sub: SubParagraph = { start: at, end, label, paragraphNumber: (current as Paragraph | null)?.number ?? null, portion, line: i + 1, endLine: i + 1 };
          c.subParagraphs.push(sub);
          currentSub = sub;
          if (current) currentLast = i;
          prevBlank = false;
          continue;
        }
      }
      // Heading: a short line on its own between blank lines (or underlined with dashes); but not the side labels of
      // a list of participants (`U.S.`, `Colombia`, each underlined, in 05BOGOTA7402's `¶2. (U) Participants:`).
      // A title with its underline run on to its line (`HISTORY OF USFS COLLABORATION IN BRAZIL ---------------`,
      // `---------- NEXT STEPS: PLANNING FOR THE FUTURE ----------`, 08BRASILIA1396 and four more): underlined, up to
      // the rule.
      const headEnd = last === 45 && prevBlank && len > 12 ? runOnRuleStart(text, at, end) : end;
      // (The rule before it is no part of its length: `-------------------------------------------- -- Friendly
      // Cooperation, But Not Strong Friendship ---------------------------------------------- --`, 08BRASILIA351.)
      let headStart = at;
      if (first === 45 && headEnd < end) while (headStart < headEnd && (text.charCodeAt(headStart) === 45 || text.charCodeAt(headStart) === 32)) headStart++;
      // (A title between double slashes needs no blank line above it: `… at the same level.` / `//BILATERAL ISSUES - CUBA,
      // 3U COMMERCIAL DISPUTE//`, 05MADRID2588.)
      if ((prevBlank || (first === 47 && last === 47 && SLASHED_TITLE.test(text.slice(at, end))) || (((first >= 65 && first <= 90) || first === 0x201c || first === 34) && this.titleUnderSentence(i, at, end, bodyEnd)) || (((first >= 65 && first <= 90) || first === 40) && this.titleOverParagraph(i, at, end, bodyEnd))) && headEnd - headStart <= 90 && !((participants || quoted) && current && !OPENER_HEADING.test(text.slice(at, end)))) {
        let nextAt = 0;
        let nextEnd = 0;
        if (i + 1 <= bodyEnd) {
          nextAt = skipSpaces(text, starts[i + 1], ends[i + 1]);
          nextEnd = trimEnd(text, nextAt, ends[i + 1]);
        }
        // The rule may come after a page line that broke the page under the title (`COMMENT` / `ABUJA 00001907 004 OF
        // 004` / `-------`, 09ABUJA1907); the page line is read on the next turn.
        // (Or a blank line between the title and its rule, the rule of its length: 09BEIJING3313.)
        const underlined =
          headEnd < end ||
          isRule(text, nextAt, nextEnd) ||
          (nextEnd - nextAt < 80 && i + 2 <= bodyEnd && this.isRuleLine(i + 2) && (nextEnd <= nextAt ? this.ruleAfterBlank(i, at, end, bodyEnd) : PAGE_LINE.test(text.slice(nextAt, nextEnd))));
        if (!isRule(text, at, end) && (this.isHeading(headStart, headEnd, nextAt, nextEnd, underlined) || (last === 58 && nextEnd <= nextAt && this.labelOverParagraph(i, at, end, bodyEnd))) && !(nextEnd <= nextAt && this.cutByPage(i, bodyEnd))) {
          const t = this.titleStart(current, currentLast, i, headStart, end, underlined);
          if (t.cut >= 0 && current) {
            const paragraph: Paragraph = current;
            currentLast = Math.min(i, t.headingLine);
            finishParagraph();
            paragraph.end = t.cut;
          } else currentLast = t.currentLast;
          const { titleAt, leadIn, headingLine } = t;
          finishParagraph();
          currentSub = null;
          // Without the rules or slashes around it (`------- Comment: -------`, `//ETA ON THE WANE//`).
          const line = leadIn ? `${leadIn} ${undecorated(text.slice(at, headEnd))}` : undecorated(text.slice(titleAt, headEnd));
          const kind = headingKind(line);
          // The second half of a title that a page break or a second rule cut off (`Elite party like the rest of the
          // world,` then `just underground`, 09JEDDAH443): in lower case, right after the first half.
          const previousHeading = c.headings[c.headings.length - 1];
          const lowerStart = line.charCodeAt(0) >= 97 && line.charCodeAt(0) <= 122;
          if (lowerStart && previousHeading && headingIndex === c.headings.length - 1 && !current && previousHeading.kind === 'heading' && (c.paragraphs.length === 0 || c.paragraphs[c.paragraphs.length - 1].start < previousHeading.start)) {
            previousHeading.text = withoutFinalStop(`${previousHeading.text} ${line}`);
            previousHeading.end = end;
            if (underlined && isRule(text, nextAt, nextEnd)) i++;
            prevBlank = true;
            continue;
          }
          const heading: Heading = { start: titleAt, end, text: withoutFinalStop(line), dashed: underlined, line: headingLine + 1, kind };
          // Between two rules (`-----` / `THE STATUS OF “UNRELENTING PRESSURES”` / `-----`, 89PANAMA8545): a title
          // above the ones only underlined after it.
          if (underlined && i > from && this.isRuleLine(i - 1)) heading.boxed = true;
          c.headings.push(heading);
          participants = false;
          headingIndex = c.headings.length - 1;
          if (kind !== 'heading') headingOpeners(openers, kind, titleAt, end, headingIndex, text);
          if (underlined && isRule(text, nextAt, nextEnd)) i++;
          prevBlank = true;
          continue;
        }
        // A capitalised title in two lines (`PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT` /
        // `OPPOSITION TACTICS`, 06SKOPJE118), then a blank line and a numbered paragraph.
        if (nextEnd > nextAt && !participants && !quoted && this.isTwoLineTitle(at, end, nextAt, nextEnd, i, bodyEnd)) {
          finishParagraph();
          currentSub = null;
          const dashed = i + 2 <= bodyEnd && this.isRuleLine(i + 2);
          // (Up to a rule run on to its second line.)
          const titleEnd = text.charCodeAt(nextEnd - 1) === 45 ? runOnRuleStart(text, nextAt, nextEnd) : nextEnd;
          c.headings.push({ start: at, end: titleEnd, text: withoutFinalStop(undecorated(`${text.slice(at, end)} ${text.slice(nextAt, titleEnd)}`)), dashed: dashed || titleEnd < nextEnd, line: i + 1, kind: 'heading' });
          headingIndex = c.headings.length - 1;
          i += dashed ? 2 : 1;
          prevBlank = true;
          continue;
        }
      }
      // The post's comment after the last numbered paragraph, unnumbered, to the end of the text (`COMMENT: WE CONSIDER
      // IT MORE LIKELY …` after ¶3, 72TEHRAN5055): a block of its own, like an unnumbered summary before ¶1.
      if (current && prevBlank && (first === 67 || first === 99) && /^comment\s*:/i.test(text.slice(at, at + 9)) && this.endsSentence(currentLast) && !this.paragraphAfter(i, bodyEnd)) {
        finishParagraph();
        currentSub = null;
      }
      // Continuation of the current paragraph (and of a sub-paragraph, up to a blank line); a summary or comment may
      // open at its line start.
      if (current) {
        currentLast = i;
        if (end - at > 150) {
          runOnParagraphs(i, at, end);
          midLineOpeners(at, end);
          if (text.charCodeAt(end - 1) === 45) runOnTitle(i, end);
        } else {
          if (this.parenAt < end) this.asides(openers, at + 1, end, c.paragraphs.length - 1);
          if (this.colonAt < end) this.sentenceOpeners(openers, at + 1, end, c.paragraphs.length - 1);
        }
      }
      if (quoted && (first | 0x20) === 101 && END_OF_QUOTED.test(text.slice(at, end))) quoted = false;
      if (currentSub && !prevBlank) {
        currentSub.end = end;
        currentSub.endLine = i + 1;
      } else currentSub = null;
      const lower = first | 0x20;
      // (A word in lower case there goes on with a sentence, `comment on the arrest of …` (08ABIDJAN396), `End Note
      // and` / `comment.)` (06PARIS1031), unless its colon follows, or in an extract, a sentence ends above it.)
      if ((lower === 115 || lower === 99 || lower === 98 || first === 40) && (first === 40 || first !== lower || (startsLikeOpener(text, at) && (LOWER_OPENER.test(text.slice(at, at + 16)) || (this.cable.partialExtract !== null && i > 0 && this.endsSentence(i - 1)))))) {
        this.openerAt(openers, at, end, 'inline', current ? c.paragraphs.length - 1 : null);
      }
      prevBlank = false;
    }
    finishParagraph();
    starts[from] = firstStart;
    c.banners.push(...trailer);
    c.pageLines.push(...trailerPages);
    c.bodyCaptions.push(...trailerCaptions);
    this.markLists();
    this.markMangled();
    this.closeBlocks(openers, bodyEnd);
    this.impliedSummary();
  }

  /**
   * A summary whose end alone is written (`¶1. (C) Turkey's leadership … End Summary.`, 28 corpus cables): from the
   * first paragraph's text to the closer, when it closes one of the first five paragraphs and no summary opens.
   */
  private impliedSummary(): void {
    const c = this.cable;
    if (c.paragraphs.length === 0 || c.blocks.some((b) => b.kind === 'summary')) return;
    const first = c.paragraphs[0];
    const from = skipSpaces(this.text, first.portion ? Math.max(first.portion.end, first.numberSpan.end) : first.numberSpan.end, first.end);
    const bound = c.paragraphs[Math.min(4, c.paragraphs.length - 1)].end;
    const found = findCloser(this.text.slice(0, bound), 'summary', from);
    // No summary opened before it in words the opener test does not take (`… NON-PAPER: … SUMMARY: the group persists.
    // END SUMMARY.` quotes a document's own summary).
    // (A word at the start of the text is its own opener the opener test missed: `¶1. (C) Summary/Introduction.`)
    if (!found || /\bsummary\b/i.test(this.text.slice(Math.min(from + 30, found.at), found.at))) return;
    const line = first.line;
    c.blocks.push({ kind: 'summary', style: 'implied', start: from, end: found.end, open: { start: from, end: from }, close: { start: found.at, end: found.end }, line, endLine: this.lineAt(found.at) + 1 });
    if (!inStartOrder(c.blocks)) c.blocks.sort((a, b) => a.start - b.start);
  }

  /**
   * The last line of a section's own header that starts at line `from` of the body, or -1: a transmission id or a
   * precedence and date-time group, routing and addressee lines, then the section's banner (`SECTION 02 OF 03`),
   * then header fields, captions and passing instructions up to the first line that is none of these.
   */
  private repeatedHeader(from: number, bodyEnd: number): number {
    const first = routingLineKind(this.lead(from).line);
    if (first !== 'transmission' && first !== 'precedence') return -1;
    const limit = Math.min(bodyEnd, from + 80);
    let k = from + 1;
    let role: 'TO' | 'INFO' | 'XMT' | null = null;
    let sectionBanner = -1;
    for (; k <= limit; k++) {
      const { at, line } = this.lead(k);
      if (!line) continue;
      const b = line.length < 100 ? matchBanner(line) : null;
      if (b && b.section) {
        this.cable.banners.push(toBannerLine(this.text, b, at, at + line.length, 'section'));
        sectionBanner = k;
        break;
      }
      const kind = routingLineKind(line);
      if (kind) {
        if (kind === 'to' || kind === 'info' || kind === 'xmt') role = kind === 'to' ? 'TO' : kind === 'info' ? 'INFO' : 'XMT';
        continue;
      }
      if (role && parseAddressee(line, at, role)) continue;
      return -1;
    }
    if (sectionBanner < 0) return -1;
    let last = sectionBanner;
    let inField = false;
    for (k = sectionBanner + 1; k <= bodyEnd; k++) {
      const { line } = this.lead(k);
      if (!line) {
        inField = false;
        continue;
      }
      if (startsParagraph(line)) break;
      if (fieldAtStart(line)) inField = true;
      else if (!inField && !matchCaptions(line) && !this.fieldFollows(k, true)) break;
      last = k;
    }
    return last;
  }

  /**
   * Where a post's pointer to its web site starts that ends on line `end`, or -1: a line that says to visit it
   * (`Visit London’s Classified Website: …`, `Please visit Paris' Classified Website at:`, `For more reporting from
   * Embassy Kuwait, visit:`), then only lines of addresses and more about the site (an address broken by a space,
   * `… and the North American` / `Partnership Blog at http://…`, 09MEXICO2882; `You can also access this site through
   * the` / `State Department's Classified SIPRNET website.`, 05CAIRO5924).
   */
  private visitFooter(end: number, from: number): number {
    // Most cables end with no such pointer: one look at the last line first.
    const last = this.lead(end).line;
    if (!FOOTER_LINE.test(last) && !VISIT_FOOTER.test(last) && !isRule(last, 0, last.length)) return -1;
    let start = -1;
    for (let k = end, seen = 0; k > from && seen < 8; k--) {
      const { line } = this.lead(k);
      if (!line) continue;
      seen++;
      if (VISIT_FOOTER.test(line) || /\bvisit:?\s*$/i.test(line)) start = k;
      // A page break inside it (`Visit Mexico City's Classified Web Site at` / page line / the address, 09MEXICO3573).
      else if (!FOOTER_LINE.test(line) && !isRule(line, 0, line.length) && !(line.length < 80 && PAGE_LINE.test(line))) break;
    }
    return start;
  }

  /**
   * The first line of a footer that ends with the rule of asterisks at line `end`: a rule of asterisks at most ten
   * lines above it, with a post's pointer to its web site between (`For more reporting from Embassy Kuwait, visit:`,
   * `Visit Embassy Rabat's Classified Website;`); -1 when there is none.
   */
  private footerAbove(end: number, from: number): number {
    for (let k = end - 1; k > from && k >= end - 10; k--) {
      const { line } = this.lead(k);
      if (line.charCodeAt(0) !== 42 || !isRule(line, 0, line.length)) continue;
      const inside = this.text.slice(this.starts[k + 1], this.starts[end]);
      return /\bClassified\s+Web\s?site\b|\bmore reporting from\b/i.test(inside) ? k : -1;
    }
    return -1;
  }

  /**
   * The next `(` of the text (the text's length: none left), kept between lines for `asides`: a line before it has
   * none, and is passed by one comparison.
   */
  private parenAt = -1;

  /**
   * A comment aside in parentheses inside a wrapped line of paragraph `paragraph` (`… other agencies.  (Comment: In
   * our discussions …` … `End Comment.)`, 09BERLIN1167): the word with its colon or stop. The next `(` of the text
   * is kept between lines, so the text is looked through once, not once per line.
   */
  private asides(openers: BlockOpener[], from: number, end: number, paragraph: number): void {
    const text = this.text;
    this.parenAt = nextChar(text, '(', from, this.parenAt);
    while (this.parenAt < end) {
      let q = this.parenAt;
      if (text.charCodeAt(q + 1) === 40) q = Math.min(end, endOfRun(text, q)) - 1;
      const w = q + 1 + commentPrefixAt(text, q + 1);
      if (w + 8 <= end && commentWordAt(text, w)) {
        const after = text.charCodeAt(w + 7);
        if (after === 58 || after === 46) this.openerAt(openers, q, end, 'inline', paragraph);
      }
      this.parenAt = nextChar(text, '(', q + 1, -1);
    }
  }

  /** The next `:` of the text, kept between lines for `sentenceOpeners` as `parenAt` is. */
  private colonAt = -1;

  /**
   * A summary or comment opened after the end of a sentence inside a wrapped line of paragraph `paragraph`, with its
   * colon (`… in the peace talks. COMMENT: The Embassy has not` / `received any such indications … END COMMENT.`,
   * 06MADRID766). Found by the colon, the rarer character; the next one is kept between lines.
   */
  private sentenceOpeners(openers: BlockOpener[], from: number, end: number, paragraph: number): void {
    const text = this.text;
    this.colonAt = nextChar(text, ':', from, this.colonAt);
    while (this.colonAt < end) {
      const w = this.colonAt - 7;
      if (w > from && text.charCodeAt(w - 1) === 32) {
        const initial = text.charCodeAt(w) | 0x20;
        const word = initial === 99 ? commentWordAt(text, w) : initial === 115 && (hasAt(text, w + 1, 'ummary') || hasAt(text, w + 1, 'UMMARY'));
        if (word && endsSentenceChar(text.charCodeAt(trimEnd(text, from, w) - 1))) this.openerAt(openers, w, end, 'inline', paragraph);
      }
      this.colonAt = nextChar(text, ':', this.colonAt + 1, -1);
    }
  }

  /** The line the last look of `paragraphAfter` started after, and the line it found (-1: none to the end). */
  private afterLook = { from: -1, found: -1 };

  /**
   * Does a numbered paragraph, or a comment's end, stand on a line after line `i` (up to `bodyEnd`)? (The line found
   * last answers for every line before it, so that many asks cost one look through the text.)
   */
  private paragraphAfter(i: number, bodyEnd: number): boolean {
    const last = this.afterLook;
    if (last.from >= 0 && i >= last.from && (last.found < 0 || i < last.found)) return last.found >= 0;
    let found = -1;
    for (let k = i + 1; k <= bodyEnd && found < 0; k++) {
      const at = skipSpaces(this.text, this.starts[k], this.ends[k]);
      const c = this.text.charCodeAt(at);
      if (((c >= 48 && c <= 57) || c === 0xb6) && paragraphNumberAt(this.text, at, 3)) found = k;
      else if ((c === 69 || c === 101) && /^end\s+(?:of\s+)?comment\b/i.test(this.text.slice(at, at + 20))) found = k;
    }
    this.afterLook = { from: i, found };
    return found >= 0;
  }

  /**
   * Is the number at the start of line `i` the day of a date that runs on from the line before (`… on November` then
   * `¶16. His aim was …`), which the published text took for a paragraph number? The line before is no blank and
   * ends mid-sentence (a letter, digit or comma), the number does not continue the numbering, and no portion marking
   * follows it.
   */
  private dayTakenForNumber(m: NumberMatch, i: number, end: number, prevBlank: boolean, previous: number): boolean {
    if (prevBlank || previous < 0 || m.letter || i === 0) return false;
    if (Number(this.text.slice(m.digitsStart, m.digitsEnd)) === previous + 1) return false;
    const before = trimEnd(this.text, this.starts[i - 1], this.ends[i - 1]);
    if (before <= this.starts[i - 1]) return false;
    const c = this.text.charCodeAt(before - 1);
    if (!(isAsciiLetter(c) || isDigit(c) || c === 44 /* , */)) return false;
    return !this.markingAt(m.end, end)?.recognized;
  }

  /** Records a summary/comment opener (`Summary:`, `BEGIN SUMMARY`, `COMMENT.`) at a position, if there is one. */
  private openerAt(openers: BlockOpener[], pos: number, end: number, style: Block['style'], paragraph: number | null): void {
    let p = pos;
    while (p < end && (this.text.charCodeAt(p) === 32 || this.text.charCodeAt(p) === 9)) p++;
    // An aside in parentheses: `(Comment:  MbZ pressed hard … End Comment.)`, 09ABUDHABI1151.
    if (this.text.charCodeAt(p) === 40) p++;
    // The post's comment by name: `(Embassy comment: …`, `Embassy Comment: …` (07MADRID2282, 07MADRID208), `(Note and
    // Comment: …` (09BAKU687).
    p += commentPrefixAt(this.text, p);
    // `sum…`, `com…` or `beg…`, any case, before trying the pattern.
    if (!startsLikeOpener(this.text, p)) return;
    OPENER_AT.lastIndex = p;
    const m = OPENER_AT.exec(this.text);
    if (!m || p + m[0].length > end || this.afterEnd(p)) return;
    const kind = m[1].toLowerCase() as Block['kind'];
    openers.push({ kind, at: p, wordEnd: p + m[0].length, style, paragraph, heading: null });
    // `SUMMARY AND COMMENT:` opens both (10BAGHDAD290, 07ANKARA1905): the comment at its word.
    if (kind === 'summary' && (this.text.charCodeAt(p + m[0].length + 1) | 0x20) === 97) {
      AND_COMMENT.lastIndex = p + m[0].length;
      const both = AND_COMMENT.exec(this.text);
      if (both && p + m[0].length + both[0].length <= end) {
        const at = p + m[0].length + both[0].length - 7;
        openers.push({ kind: 'comment', at, wordEnd: at + 7, style, paragraph, heading: null, joint: true });
      }
    }
  }

  /**
   * Is a Department serial too high for a STATE cable of this cable's date to have (`STATE 297614` cited on 20 January
   * 2004, 04RANGOON88)? The Department numbers its cables afresh each year, at well under 1 500 a day; a serial above
   * 20 000 plus that many a day since 1 January is from the year before.
   */
  private beyondStateSerial(serial: number): boolean {
    const day = this.dayOfYear();
    return day !== null && serial > 20_000 + day * 1_500;
  }

  /**
   * Is a serial of another post too high for the cable's date in the year? The busiest posts of the corpus send up to
   * about 67 cables a day (06ISLAMABAD22174 on 27 November); at a hundred a day, `TOKYO 3114` cited on 12 January
   * (09SEOUL59) is of the year before.
   */
  private beyondPostSerial(serial: number): boolean {
    const day = this.dayOfYear();
    return day !== null && serial > (day + 5) * 100;
  }

  /** The cable's day in its year, 0 on 1 January; null without a date. */
  private dayOfYear(): number | null {
    const date = this.cable.date;
    if (!date) return null;
    return (Date.parse(date.slice(0, 10)) - Date.parse(`${date.slice(0, 4)}-01-01`)) / 86_400_000;
  }

  /** A paragraph number typed with a comma (`18, (SBU)`): the number `expected`, a comma, a recognised marking. */
  private looseNumberAt(at: number, end: number, expected: number): NumberMatch | null {
    const m = looseParagraphNumberAt(this.text, at, expected);
    return m && this.markingAt(m.end, end)?.recognized ? m : null;
  }

  /** Does `end` (or `end of`) stand right before `p`, maybe at the end of the line before (`… End` / `Comment.)`)? */
  private afterEnd(p: number): boolean {
    let k = p - 1;
    while (k >= 0 && isSpace(this.text.charCodeAt(k))) k--;
    if (k >= 1 && (this.text.charCodeAt(k) | 0x20) === 102 && (this.text.charCodeAt(k - 1) | 0x20) === 111) {
      // `of`: look before it.
      k -= 2;
      while (k >= 0 && isSpace(this.text.charCodeAt(k))) k--;
    }
    if (k < 2) return false;
    const e = this.text.charCodeAt(k - 2) | 0x20;
    const n = this.text.charCodeAt(k - 1) | 0x20;
    const d = this.text.charCodeAt(k) | 0x20;
    return e === 101 && n === 110 && d === 100 && (k < 3 || !isWordChar(this.text.charCodeAt(k - 3)));
  }

  private paragraph(m: NumberMatch, at: number, end: number, i: number, headingIndex: number | null): Paragraph {
    const numberText = this.text.slice(at, m.end);
    const afterNumber = m.end;
    const portion = this.markingAt(afterNumber, end) ?? this.markingAfterLeadIn(afterNumber, end);
    const textAt = portion ? portion.end : afterNumber;
    // The first words: from the first character that is not white space, `.`, `:` or `-`, at most 120 characters.
    const leadEnd = Math.min(end, textAt + 160);
    let leadAt = textAt;
    for (let c = this.text.charCodeAt(leadAt); leadAt < leadEnd && (c === 46 || c === 58 || c === 45 || isSpace(c)); c = this.text.charCodeAt(leadAt)) leadAt++;
    const lead = this.text.slice(leadAt, Math.min(leadEnd, leadAt + 120));
    return {
      start: at,
      end,
      number: Number(this.text.slice(m.digitsStart, m.digitsEnd)),
      written: numberText,
      numberSpan: { start: at, end: at + numberText.length },
      pilcrow: m.pilcrow,
      mangled: false,
      subLetter: m.letter,
      marking: portion ? portion.written : null,
      portion,
      line: i + 1,
      endLine: i + 1,
      lead,
      headingIndex,
      listIn: null,
    };
  }

  /**
   * A marking written after a short lead-in instead of right after the number (`¶1. Summary and comment. (C) The
   * Conservative …`, 08LONDON2556): recognised markings only.
   */
  private markingAfterLeadIn(from: number, end: number): PortionMarking | null {
    LEAD_IN.lastIndex = from;
    const m = LEAD_IN.exec(this.text);
    if (!m || from + m[0].length >= end) return null;
    const marking = this.markingAt(from + m[0].length, end);
    return marking?.recognized ? marking : null;
  }

  /**
   * Does `text[at, end)` open with a recognised portion marking in parentheses and then words (`(SBU) Poloff …`)?
   * `(C)` after a `(B)` in the field that began at `fieldStart` is a reference letter, not a marking.
   */
  private startsWithMarking(at: number, end: number, fieldStart: number): boolean {
    if (this.text.charCodeAt(at) !== 40 /* ( */) return false;
    const marking = this.markingAt(at, end);
    if (marking === null || !marking.recognized || marking.end >= end || !isSpace(this.text.charCodeAt(marking.end))) return false;
    if (marking.written.length === 3) {
      const previous = `(${String.fromCharCode(marking.written.charCodeAt(1) - 1)})`;
      if (this.text.slice(fieldStart, at).includes(previous)) return false;
    }
    return true;
  }

  /** A portion marking at or after position `from` of the text (`(C)`, `( C )`, `C)`), before `end`, or null. */
  private markingAt(from: number, end: number): PortionMarking | null {
    const text = this.text;
    let p = from;
    while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (p >= end) return null;
    if (text.charCodeAt(p) === 40 /* ( */) {
      const close = text.indexOf(')', p);
      if (close < 0 || close >= end || close - p > 40) return null;
      return portionMarkingIn(text, p, close + 1);
    }
    BARE_MARKING_AT.lastIndex = p;
    const bare = BARE_MARKING_AT.exec(text);
    return bare && p + bare[0].length <= end ? parsePortionMarking(bare[0], p) : null;
  }

  /**
   * Where the title on line `i` starts, when it does not start the line (kept out of the loop over every line: it runs
   * only for a heading).
   * - The end of the paragraph before a page break, run on to an underlined title (`neighbors in the region. TURKEY:
   *   BETTER THAN THE REST` after `BAGHDAD 00002562 003 OF 003`, 09BAGHDAD2562): the words up to the sentence's end
   *   close that paragraph (`cut`), the capitals after them are the title.
   * - The first half of the title, in capitals and ending with a colon, a blank line above it (`POTENTIAL
   *   COOPERATION:`, a blank line, `RENEWABLES, INFRASTRUCTURE PROTECTION` over a rule, 09ABUDHABI1151), is no line of
   *   the paragraph before it (`leadIn`; the paragraph then ends at `currentLast`).
   */
  private titleStart(current: Paragraph | null, currentLast: number, i: number, at: number, end: number, underlined: boolean): { titleAt: number; leadIn: string; headingLine: number; cut: number; currentLast: number } {
    const text = this.text;
    const first = text.charCodeAt(at);
    const pages = this.cable.pageLines;
    if (underlined && current && first >= 97 && first <= 122 && pages.length > 0 && pages[pages.length - 1].line === i) {
      const split = RUN_ON_TITLE.exec(text.slice(at, end));
      if (split) return { titleAt: at + split[1].length + split[2].length, leadIn: '', headingLine: i, cut: at + split[1].length, currentLast };
    }
    // The first words of the title run on to the end of the paragraph above (`… border. Reaching the People and Close` /
    // blank / `Cooperation are Key` / its rule; `… over Pyongyang. China` / `Complicates the Endgame` / its rule,
    // 10SEOUL248): the rule has the length of the whole title.
    // (Not a title between two rules: it stands alone, `… “hopeful.” END SUMMARY` / blank / rule / `AUDIENCE WITH
    // FOREIGN MINISTER` / rule, 10LUXEMBOURG5.)
    const rule = underlined && current && currentLast < i && !this.isRuleLine(i - 1) ? this.ruleLengthUnder(i) : -1;
    if (rule > end - at + 3) {
      const tail = this.titleTail(currentLast, end - at, rule);
      if (tail >= 0) {
        const tailEnd = trimEnd(text, tail, this.ends[currentLast]);
        return { titleAt: tail, leadIn: text.slice(tail, tailEnd), headingLine: currentLast, cut: trimEnd(text, this.starts[currentLast], tail), currentLast };
      }
    }
    if (current && currentLast < i && currentLast > current.line - 1 && !hasLowerCase(text, at, end)) {
      const lAt = skipSpaces(text, this.starts[currentLast], this.ends[currentLast]);
      const lEnd = trimEnd(text, lAt, this.ends[currentLast]);
      if (lEnd - lAt <= 60 && text.charCodeAt(lEnd - 1) === 58 && this.isBlank(currentLast - 1) && !hasLowerCase(text, lAt, lEnd) && /[A-Z]{2}/.test(text.slice(lAt, lEnd))) {
        let k = currentLast - 1;
        while (k > current.line - 1 && this.isBlank(k)) k--;
        return { titleAt: lAt, leadIn: text.slice(lAt, lEnd), headingLine: currentLast, cut: -1, currentLast: k };
      }
    }
    return { titleAt: at, leadIn: '', headingLine: i, cut: -1, currentLast };
  }

  /** The length of the rule under line `i` (right under it, or under a blank line), or -1. */
  private ruleLengthUnder(i: number): number {
    for (const k of [i + 1, i + 2]) {
      if (k >= this.n || (k === i + 2 && !this.isBlank(i + 1))) break;
      const at = skipSpaces(this.text, this.starts[k], this.ends[k]);
      const end = trimEnd(this.text, at, this.ends[k]);
      if (this.text.charCodeAt(at) === 45 && isRule(this.text, at, end)) return end - at;
    }
    return -1;
  }

  /**
   * Where the first words of a title start that the published text ran on to the end of line `k`, a paragraph's, after
   * its last sentence: words with capitals (`Succession in Progress but Success in Doubt`), which with `rest` more
   * characters of the title on the line under them (and a space) have the length of the title's rule, give or take
   * three. -1 when there are none such.
   */
  private titleTail(k: number, rest: number, ruleLength: number): number {
    const text = this.text;
    const lAt = skipSpaces(text, this.starts[k], this.ends[k]);
    const lEnd = trimEnd(text, lAt, this.ends[k]);
    const want = ruleLength - (rest > 0 ? rest + 1 : 0);
    if (want < 3 || want > 70 || lEnd - lAt < want + 40) return -1;
    for (let d = 0; d <= 3; d++) {
      for (const p of d === 0 ? [lEnd - want] : [lEnd - want + d, lEnd - want - d]) {
        if (!isUpperLetter(text.charCodeAt(p)) || text.charCodeAt(p - 1) !== 32) continue;
        if (!endsSentenceChar(text.charCodeAt(trimEnd(text, lAt, p) - 1))) continue;
        const words = text.slice(p, lEnd).split(' ');
        // (Not the end of the summary or comment: `… “hopeful.” END SUMMARY`.)
        if (words.length > 10 || /^end$/i.test(words[0]) || words.some((w) => !/^[A-Za-z][A-Za-z'’&/-]*$/.test(w) || (w.length > 3 && !isUpperLetter(w.charCodeAt(0))))) continue;
        return p;
      }
    }
    return -1;
  }

  /** Is line `i` (of `length` characters) underlined by a rule of its length, give or take three, on the next line? */
  private underlinedToLength(i: number, length: number): boolean {
    if (i + 1 >= this.n) return false;
    const nextAt = skipSpaces(this.text, this.starts[i + 1], this.ends[i + 1]);
    const c = this.text.charCodeAt(nextAt);
    if (c !== 45 && c !== 61 && c !== 95) return false;
    const nextEnd = trimEnd(this.text, nextAt, this.ends[i + 1]);
    return isRule(this.text, nextAt, nextEnd) && Math.abs(nextEnd - nextAt - length) <= 3;
  }

  /**
   * A title in capitals right under the last sentence of a paragraph, with no blank line between, and underlined by a
   * rule of its own length (`… in his letter to Sargsian.` / `GOAM READY TO DISCUSS MOU` / `-------------------------`,
   * 09YEREVAN20).
   */
  private titleUnderSentence(i: number, at: number, end: number, bodyEnd: number): boolean {
    if (i < 1 || i + 1 > bodyEnd || end - at > 70) return false;
    const text = this.text;
    // The rule under it first: most lines that come here have none. (Maybe a blank line under it first: `Wang Pledges
    // Chinese Support...` / blank / `-------`, 09BEIJING3313.)
    const r = i + 2 <= bodyEnd && this.isBlank(i + 1) && (i + 3 > bodyEnd || this.isBlank(i + 3)) ? i + 2 : i + 1;
    const under = text.charCodeAt(skipSpaces(text, this.starts[r], this.ends[r]));
    // (In mixed case too, under a rule of its length: `Euro-Atlantic Integration` / `-------------------------` right
    // under a paragraph, 09BELGRADE765; a question too: `GAZPROM Making a Play for Shell’s Concessions in Nigeria?`,
    // 08LAGOS368.)
    // (Stops of abbreviations and ellipses, and a colon before a capital or a quote, are no end of a sentence:
    // `U.S.-Japan Relations`, 10SEOUL290; `...Then Equivocates...`, 08NEWDELHI3228; `Comment: A Popular Decision`,
    // 09LONDON2222; `PML-N/PPP: “the best thing that could happen”`, 08ISLAMABAD483. A title may be a quotation:
    // `“Remarkable” Cooperation`, 08BEIJING1141.)
    if ((under !== 45 && under !== 61 && under !== 95) || !(hasLowerCase(text, at, end) ? /^["“]?[A-Z][^.!?:;]*\??["”]?$/.test(text.slice(at, end).replace(TITLE_STOPS, '')) && !endsUnfinished(text.slice(at, end)) : /[A-Z]{2}/.test(text.slice(at, end)))) return false;
    // (Over a page line, the line before it: `… in Kosovo.` / `BELGRADE 00000765 002 OF 004` / `Regional Relations`.)
    let above = i - 1;
    if (above > 0 && this.ends[above] - this.starts[above] < 80 && PAGE_LINE.test(this.lead(above).line)) above--;
    const before = trimEnd(text, this.starts[above], this.ends[above]);
    // (Or a paragraph the published text blanked out: `¶6. (S) XXXXXXXXXXXX` / `THE OPPOSITION` / `----`, 09ADDISABABA1318.)
    const nextAt = skipSpaces(text, this.starts[r], this.ends[r]);
    const nextEnd = trimEnd(text, nextAt, this.ends[r]);
    if (!isRule(text, nextAt, nextEnd)) return false;
    // (Or with the first words of the title at its end, the rule as long as the whole: `… over Pyongyang. China` /
    // `Complicates the Endgame` / `-----------------------------`, 10SEOUL248.)
    if (before <= this.starts[above] || !(this.endsSentence(above) || text.charCodeAt(before - 1) === 41 /* ) */ || (text.charCodeAt(before - 1) === 88 && /X{6}$/.test(text.slice(before - 6, before))))) {
      return r === i + 1 && above === i - 1 && nextEnd - nextAt > end - at + 3 && this.titleTail(above, end - at, nextEnd - nextAt) >= 0;
    }
    return Math.abs(nextEnd - nextAt - (end - at)) <= 3;
  }

  /** The first words of paragraph `p` from the first line with text after its number's line. */
  private leadBelow(p: Paragraph): void {
    for (let k = p.line; k < p.endLine; k++) {
      const at = skipSpaces(this.text, this.starts[k], this.ends[k]);
      const end = trimEnd(this.text, at, this.ends[k]);
      if (end > at) {
        p.lead = this.text.slice(at, Math.min(end, at + 120));
        return;
      }
    }
  }

  /** Is line `i` (its text `at`–`end`, a `Q` first) the line above it again after the `Q`? */
  private repeatsLineAbove(i: number, at: number, end: number): boolean {
    let aboveAt = skipSpaces(this.text, this.starts[i - 1], this.ends[i - 1]);
    // (The `¶` of the line above is not repeated: `¶4. (S) Comment: Maliki,s …` / `Q4. (S) Comment: Maliki,s …`, 09BAGHDAD2569.)
    if (this.text.charCodeAt(aboveAt) === 0xb6 && this.text.charCodeAt(at + 1) !== 0xb6) aboveAt++;
    const aboveEnd = trimEnd(this.text, aboveAt, this.ends[i - 1]);
    const from = skipSpaces(this.text, at + 1, end);
    return aboveEnd - aboveAt > 10 && end - from === aboveEnd - aboveAt && this.text.startsWith(this.text.slice(aboveAt, aboveEnd), from);
  }

  /**
   * A title set right under a paragraph the published text ran into one line, with a blank line and the next numbered
   * paragraph under it (`… follow up on the information.` / `Taliban/Haqqani Network` / blank / `¶4. (S//NF) …`,
   * 10ABUDHABI9; `(U) Taliban/Haqqani Network`, 10RIYADH61; `MAMLOUK DESCRIBES GID’S METHODS`, 10DAMASCUS159). The
   * last line of a paragraph ends its sentence; a title does not, and no wrapped line of a cable as sent is that long.
   */
  private titleOverParagraph(i: number, at: number, end: number, bodyEnd: number): boolean {
    if (i < 1 || i + 1 > bodyEnd || end - at > 70 || this.ends[i - 1] - this.starts[i - 1] < 100) return false;
    // (Or right over it, in capitals, where each paragraph is a line and no blank line parts them: `… END SUMMARY.` /
    // `GOVERNMENT LAUNCHES ANTI-CORRUPTION CAMPAIGN` / `¶2. (SBU) …`, `BIG FISH OR SMALL FRY?`, 09ASTANA677.)
    const direct = !this.isBlank(i + 1);
    if (direct ? hasLowerCase(this.text, at, end) || !/[A-Z]{2}/.test(this.text.slice(at, end)) : i + 2 > bodyEnd) return false;
    const last = this.text.charCodeAt(end - 1);
    // (Not after `.`, `,`, `:`, `;`, `!`, `?`; a title in capitals may ask.)
    if (last === 46 || last === 44 || last === 58 || last === 59 || last === 33 || (last === 63 && !direct) || !this.endsSentence(i - 1)) return false;
    const next = direct ? i + 1 : i + 2;
    const nextAt = skipSpaces(this.text, this.starts[next], this.ends[next]);
    const c = this.text.charCodeAt(nextAt);
    return ((c >= 48 && c <= 57) || c === 0xb6) && paragraphNumberAt(this.text, nextAt, 3) !== null && !PAGE_LINE.test(this.text.slice(at, end));
  }

  /**
   * Does a page line come after line `i` (blank lines around it) and the text go on in lower case after it? Then line
   * `i` is half a sentence the page break cut (`-- What about recent reports indicating the Iranian`, the page line,
   * `enrichment program has not grown.`, 09STATE120288), no heading.
   */
  private cutByPage(i: number, bodyEnd: number): boolean {
    let page = false;
    for (let k = i + 1; k <= bodyEnd && k <= i + 8; k++) {
      const { line } = this.lead(k);
      if (!line) continue;
      if (PAGE_LINE.test(line) || (line.startsWith('PAGE ') && pageTop(line))) {
        page = true;
        continue;
      }
      const c = line.charCodeAt(0);
      // The text goes on in lower case, or the line before the page break stops on a word no title ends with
      // (`… WOULD BE IN THE CONTEXT OF AN`, then `PAGE 02 RUEHFRA0170 S E C R E T`, 07PARIS170, all in capitals).
      return page && ((c >= 97 && c <= 122) || endsUnfinished(this.lineText(i)));
    }
    return false;
  }

  /**
   * Lines `i` and `i + 1` as one title: both in capitals (no lower-case letter), short, ending no sentence or list,
   * then a blank line and a numbered paragraph.
   */
  private isTwoLineTitle(at: number, end: number, nextAt: number, nextLineEnd: number, i: number, bodyEnd: number): boolean {
    // (Its rule may run on to the second line: `NO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF` / `INTERIOR & JUTICE
    // RESIGNATION MAY BE ONLY SOLUTION ------------`, then the paragraph, 09BOGOTA3441.)
    const nextEnd = this.text.charCodeAt(nextLineEnd - 1) === 45 ? runOnRuleStart(this.text, nextAt, nextLineEnd) : nextLineEnd;
    // Underlined as one (`LEBANON: A "MODEL"` / `FOR THE REGION` / `-----------------`, 09BEIRUT818), or standing over a
    // blank line and a numbered paragraph.
    // (In mixed case too between a rule above and one under both lines: `U.S. Message:  EU Should Act --` / `2009 The
    // Critical Year`, 09BRUSSELS536.)
    if (end - at <= 70 && nextEnd - nextAt <= 70 && i > 0 && i + 2 <= bodyEnd && this.isRuleLine(i - 1) && this.isRuleLine(i + 2) && !isRule(this.text, nextAt, nextEnd)) {
      return !/[.;]$/.test(this.text.slice(at, end)) && !/[.;:,]$/.test(this.text.slice(nextAt, nextEnd)) && !(nextEnd - nextAt < 80 && PAGE_LINE.test(this.text.slice(nextAt, nextEnd)));
    }
    if (end - at > 70 || nextEnd - nextAt > 50 || i + 2 > bodyEnd) return false;
    const underlined = nextEnd < nextLineEnd || this.isRuleLine(i + 2);
    // (In mixed case, underlined as one by a rule of the longer line's length: `An Agenda deferred: Elections,
    // Constitutional Reform, and` / `Drugs` / `-----`, 09PORTAUPRINCE575.)
    if (hasLowerCase(this.text, at, end)) return underlined && this.mixedTwoLineTitle(at, end, nextAt, nextEnd, i);
    if (!underlined && (i + 3 > bodyEnd || !this.isBlank(i + 2))) return false;
    const first = this.text.slice(at, end);
    const second = this.text.slice(nextAt, nextEnd);
    if (/[a-z]/.test(first) || /[a-z]/.test(second) || !/[A-Z]{2}/.test(first) || !/[A-Z]{2}/.test(second)) return false;
    if (/[.;:,]$/.test(second) || /[.;:]$/.test(first) || NOT_HEADING.test(first) || isRule(this.text, nextAt, nextEnd)) return false;
    if (/^(?:¶\s?)?\d/.test(first) || /^(?:¶\s?)?\d/.test(second) || /^X{4,}$/.test(first)) return false;
    // A page line is no second line (`COMMENT` / `ABUJA 00001907 004 OF 004` / `-------`, 09ABUJA1907).
    if (second.length < 80 && PAGE_LINE.test(second)) return false;
    if (underlined) return true;
    const k = skipSpaces(this.text, this.starts[i + 3], this.ends[i + 3]);
    const m = paragraphNumberAt(this.text, k, 3);
    return m !== null && m.end <= trimEnd(this.text, k, this.ends[i + 3]) + 1;
  }

  /** A title in mixed case in lines `i` and `i + 1` (`text[at, end)`, `text[nextAt, nextEnd)`) over a rule at `i + 2`. */
  private mixedTwoLineTitle(at: number, end: number, nextAt: number, nextEnd: number, i: number): boolean {
    const text = this.text;
    const first = text.slice(at, end);
    const second = text.slice(nextAt, nextEnd);
    if (!/^(?:\([A-Z/ ]{1,12}\)\s{1,3})?["“]?[A-Z]/.test(first) || !/^["“(]?[A-Z]/.test(second) || /[.;]$/.test(first) || /[.;:,]$/.test(second)) return false;
    if (SENTENCE_INSIDE.test(first) || SENTENCE_INSIDE.test(second) || (second.length < 80 && PAGE_LINE.test(second)) || NOT_HEADING.test(first)) return false;
    const ruleAt = skipSpaces(text, this.starts[i + 2], this.ends[i + 2]);
    const ruleEnd = trimEnd(text, ruleAt, this.ends[i + 2]);
    // A rule of its length; or, between blank lines, a rule of spaced dashes (`- - - - -`), which posts typed to no
    // length (`(S) Ortega Foreign Policy: Petulant Teen or Axis of Evil` / `Wannabe?` / `- - - - - - - -`, 08MANAGUA573).
    if (Math.abs(ruleEnd - ruleAt - Math.max(first.length, second.length)) <= 4) return true;
    return ruleEnd - ruleAt >= 7 && text.charCodeAt(ruleAt + 1) === 32 && i > 0 && this.isBlank(i - 1) && (i + 3 >= this.n || this.isBlank(i + 3));
  }

  /**
   * Is line `i` (`text[at, end)`, after a blank line and over one) a label of up to three words with its colon over
   * the next paragraph (`Other issues:` / `¶6. (C) Cuba: Leon said …`, 04MADRID4063)? A title, where that paragraph
   * goes on with the numbering; not a label over the items of a list (`U.S. side:` / `¶1. On Eritrea …` inside ¶28,
   * 09STATE81957).
   */
  private labelOverParagraph(i: number, at: number, end: number, bodyEnd: number): boolean {
    const text = this.text;
    if (!isUpperLetter(text.charCodeAt(at)) || end - at > 40) return false;
    let spaces = 0;
    for (let k = at; k < end; k++) if (text.charCodeAt(k) === 32 && text.charCodeAt(k - 1) !== 32) spaces++;
    if (spaces > 2) return false;
    for (let k = i + 1; k <= bodyEnd && k <= i + 4; k++) {
      const from = skipSpaces(text, this.starts[k], this.ends[k]);
      if (from >= this.ends[k]) continue;
      const m = paragraphNumberAt(text, from, 3);
      const ps = this.cable.paragraphs;
      return m !== null && !m.letter && Number(text.slice(m.digitsStart, m.digitsEnd)) >= (ps.length ? ps[ps.length - 1].number : 1);
    }
    return false;
  }

  /** Is the (trimmed) line `text[at, end)` a heading, given the next line `text[nextAt, nextEnd)` (empty: blank)? */
  private isHeading(at: number, end: number, nextAt: number, nextEnd: number, underlined: boolean): boolean {
    const text = this.text;
    const len = end - at;
    // (Not a name the published text blanked out, over the top rule of a boxed title: `XXXXXXXXXXXX` / `=====` /
    // `U.S.-SPAIN RELATIONS` / `=====`, 05MADRID1317.)
    if (text.charCodeAt(at) === 88 && /^X{4,}$/.test(text.slice(at, end))) return false;
    if (underlined) return len <= 90;
    // Nor an item of a timeline that opens with its dates (`10-25 May - 1st Phase (Site Survey)`, `1 Jan 2009-30 April
    // 2009-3rd Phase`, 08CARACAS420).
    const first0 = text.charCodeAt(at);
    if (first0 >= 48 && first0 <= 57 && TIMELINE_ITEM.test(text.slice(at, Math.min(end, at + 24)))) return false;
    if (nextEnd > nextAt) {
      // A paragraph may follow a heading directly; running text only a title (`Clinton's Global Partnerships to
      // Strengthen Muslim Ties`, then `Turkish media outlets were …`, in 09ANKARA1594).
      const n = text.charCodeAt(nextAt);
      const m = (n >= 48 && n <= 57) || n === 0xb6 ? paragraphNumberAt(text, nextAt, 3) : null;
      if (!m || m.end > nextEnd + 1) {
        if (!isTitleOverText(text, at, end, nextAt, nextEnd)) return false;
      }
    }
    if (len > 70) return false;
    const first = text.charCodeAt(at);
    const lower = first | 0x20;
    if (lower === 101 || lower === 98 || lower === 115 || lower === 99) {
      const line = text.slice(at, end);
      if (OPENER_HEADING.test(line)) return lower !== 101 || !/^end/i.test(line);
      // The end of quoted text is no section: `END TALKING POINTS`, `End text.`, `END NOTE`.
      if (lower === 101 && END_OF_QUOTED.test(line)) return false;
    }
    const last = text.charCodeAt(end - 1);
    // A comment or summary titled with more words and a colon (`Comment and Action Request:`, 08BRASILIA93).
    if (last === 58 && (lower === 99 || lower === 115) && /^(?:comment|summary)\b[^.:;]{0,40}:$/i.test(text.slice(at, end))) return true;
    // (A title may trail off: `Recent problems...`, `The New DefMin...`, 10ASHGABAT245, 08LONDON2651; or, in
    // capitals, end with an abbreviation: `NEW SPACE TO DISAGREE WITH AHMADINEJAD AND THE U.S.`, 09RPODUBAI316.)
    if ((last === 46 && !(text.charCodeAt(end - 2) === 46 && text.charCodeAt(end - 3) === 46 && isAsciiLetter(text.charCodeAt(end - 4))) && !(isUpperLetter(text.charCodeAt(end - 2)) && text.charCodeAt(end - 3) === 46 && isUpperLetter(text.charCodeAt(end - 4)) && !isAsciiLetter(text.charCodeAt(end - 5)) && !hasLowerCase(text, at, end))) || last === 44 || last === 59 || last === 58) return false;
    if (first >= 97 && first <= 122) return false;
    if ((first === 40 || lower === 98 || first === 81 || first === 65) && QUOTE_MARK.test(text.slice(at, end))) return false;
    // A name or passage the published text blanked out (`XXXXXXXXXXXX`) is no heading, nor is a classification line
    // (`SECRET//FGI//NOFORN`), a declassification line (`Declassify on: …`) or an old downgrading mark (`GP-3`, `EXEMPT`).
    if (first === 88 && last === 88 && /^X{4,}$/.test(text.slice(at, end))) return false;
    // Nor is a portion marking on a line of its own, over the text it marks (`(secret//rel germany)`, 88BAGHDAD28),
    // nor a question numbered with a parenthesis (`1) (C) BY WHAT CHANNELS? HOW OFTEN?`, 09ABUDHABI874).
    if (first === 40 && last === 41 && portionMarkingIn(text, at, end)?.recognized) return false;
    if (last === 63 /* ? */ && NUMBERED_ITEM.test(text.slice(at, Math.min(end, at + 6)))) return false;
    // Nor an item of a list of dashes (`-- 41 reintegrated into biological family`), unlike a title between dashes
    // (`-- Uruguay --`).
    if (first === 45 && last !== 45 && (text.charCodeAt(at + 1) === 32 || (text.charCodeAt(at + 1) === 45 && text.charCodeAt(at + 2) === 32))) return false;
    if (NOT_HEADING.test(text.slice(at, end))) return false;
    // Nor is a line where one sentence ends and the next begins (`Secretary" as the top headline.  The Southern`, the
    // text a page break cut, 07BEIJING7035), or that closes an aside (`Bolivia. End note.)`, 08BRASILIA880).
    if ((last === 41 && text.charCodeAt(end - 2) === 46) || SENTENCE_INSIDE.test(text.slice(at, end))) return false;
    // Words as `line.split(/\s+/)` counts them: one more than the runs of white space; and two letters in a row.
    let words = 1;
    let letters = 0;
    let twoLetters = false;
    for (let k = at; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (isSpace(ch)) {
        if (k === at || !isSpace(text.charCodeAt(k - 1))) words++;
        letters = 0;
      } else if (isAsciiLetter(ch)) {
        if (++letters >= 2) twoLetters = true;
      } else letters = 0;
    }
    return words <= 12 && twoLetters;
  }

  /** Is `line` the end of the subject, cut off with `...` (`T ONE ORDERED RELEASED ON...`, 05PARIS1699)? */
  private subjectEcho(line: string): boolean {
    const subject = this.cable.subjectLine?.text;
    if (!subject || line.length < 12 || !line.endsWith('...')) return false;
    const words = line.slice(0, -3).trim().toUpperCase();
    return words.length >= 8 && subject.toUpperCase().replace(/\s+/g, ' ').includes(words.replace(/\s+/g, ' '));
  }

  /**
   * A surname in lower case on the last line of a published copy (`curran`, `misenheimer`, 08KUWAIT128,
   * 10ASHGABAT245): one word, under the end of the text (a sentence, `END COMMENT`, the rule of a footer) or under the
   * same name written first (`Huntsman` / `huntsman`), so that the last word of a cut-off text is none.
   */
  private isLowerCaseSignature(line: string, i: number, from: number): boolean {
    if (!/^[a-z][a-z'-]{2,19}$/.test(line)) return false;
    let above = i - 1;
    while (above >= from && this.isBlank(above)) above--;
    if (above < from) return false;
    if (this.endsSentence(above)) return true;
    const prev = this.lead(above).line;
    return /(?:\bEND\s+(?:OF\s+)?(?:COMMENT|SUMMARY)\.?|\*{3,}[ *]*)$/i.test(prev) || prev.toLowerCase() === line;
  }

  private isSignature(line: string): boolean {
    if (line.length > 40 || startsParagraph(line)) return false;
    // Without a final stop or a `jr` after the name (`Timken jr`, 08BERLIN643).
    const core = line.replace(/\s*\.$/, '').replace(/\s+(?:jr|Jr|JR)\.?$/, '');
    if (!/^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}$/.test(core)) return false;
    if (/^(?:END|BT|NNNN|SIPDIS|NOFORN)\b/i.test(core)) return false;
    // In capitals, or one name (`Riley`, `LeBaron`, `McCain`, `O'Brien`).
    return core === core.toUpperCase() || /^[A-Z](?:[a-z]{0,2}|')[A-Z]?[a-z]+$/.test(core);
  }

  /**
   * Finds numbered lists inside paragraphs: after a marked paragraph, an unmarked `1.` starts a list that goes on
   * while the numbers are unmarked and count on (or start again at 1); the next marked paragraph, or any other
   * number, ends it.
   */
  private markLists(): void {
    const ps = this.cable.paragraphs;
    let top = -1;
    let last: Paragraph | null = null;
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k];
      if (p.subLetter) continue;
      if (!p.portion && top >= 0 && ps[top].portion && (p.number === 1 || (last !== null && p.number === last.number + 1))) {
        p.listIn = top;
        last = p;
        continue;
      }
      last = null;
      top = k;
    }
  }

  /** Flags a leading `1` that stands for a mangled `¶`: `16.` where 6 is expected, `110.` for 10 (list items aside). */
  private markMangled(): void {
    const ps = this.cable.paragraphs;
    let expected = 0;
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k];
      if (p.subLetter || p.listIn !== null) continue;
      if (k > 0 && !p.pilcrow && expected > 1 && p.number !== expected && p.written.replace(/\.$/, '').trim() === `1${expected}`) {
        p.mangled = true;
        p.number = expected;
      }
      expected = p.number + 1;
    }
  }

  /**
   * Turns openers into summary and comment blocks: each closes at the next `End Summary` / `END COMMENT` unless
   * another opener of its kind comes first; an unclosed block ends with its paragraph, or before the next heading
   * when a heading opened it. A closer search starts after an opener only when the last one found lies before it,
   * so the work stays linear.
   */
  private closeBlocks(openers: BlockOpener[], bodyEnd: number): void {
    if (openers.length === 0) return;
    // In text order (an opener inside a long line comes after those at its start), each once.
    openers.sort((a, b) => a.at - b.at);
    for (let k = openers.length - 1; k > 0; k--) if (openers[k].at === openers[k - 1].at) openers.splice(k, 1);
    const c = this.cable;
    const limit = bodyEnd >= 0 && bodyEnd < this.n ? this.ends[bodyEnd] : this.text.length;
    // Where the next opener of the same kind starts, for each opener.
    const nextOpener: number[] = new Array(openers.length);
    const following: Record<Block['kind'], number> = { summary: Infinity, comment: Infinity };
    for (let k = openers.length - 1; k >= 0; k--) {
      nextOpener[k] = following[openers[k].kind];
      following[openers[k].kind] = openers[k].at;
    }
    const blockEnd: Record<Block['kind'], number> = { summary: -1, comment: -1 };
    // Where the last paragraph or heading starts: an opener after it is in none.
    const lastStart = Math.max(c.paragraphs.length ? c.paragraphs[c.paragraphs.length - 1].start : -1, c.headings.length ? c.headings[c.headings.length - 1].start : -1);
    // The closer found for the last opener of each kind; searched again only when an opener lies beyond it.
    const found: Record<Block['kind'], { from: number; at: number; end: number } | null> = { summary: null, comment: null };
    for (let k = 0; k < openers.length; k++) {
      const o = openers[k];
      if (o.at < blockEnd[o.kind]) continue;
      const line = this.lineAt(o.at);
      const block: Block = { kind: o.kind, style: o.style, start: o.at, end: o.wordEnd, open: { start: o.at, end: o.wordEnd }, close: null, line: line + 1, endLine: line + 1 };
      // An aside in parentheses ends at its end marker inside them, or else at its parenthesis (`(COMMENT: In public
      // Sarkozy has defended his outreach … along these lines.)  According to Richier, …`, 08PARIS114): the marker is
      // looked for up to there only.
      const aside = this.text.charCodeAt(o.at - 1) === 40 || (o.kind === 'comment' && PREFIXED_ASIDE.test(this.text.slice(Math.max(0, o.at - 16), o.at))) ? closingParenthesis(this.text, o.wordEnd, limit) : -1;
      if (aside >= 0) {
        const inside = findCloser(this.text.slice(0, aside + 1), o.kind, o.wordEnd, aside + 1 - o.wordEnd);
        const close = inside ? { start: inside.at, end: inside.end } : { start: aside, end: aside + 1 };
        block.close = close;
        block.end = close.end;
        block.endLine = this.lineAt(close.end - 1) + 1;
        blockEnd[o.kind] = block.end;
        c.blocks.push(block);
        continue;
      }
      let closer = found[o.kind];
      if (!closer || o.wordEnd < closer.from || (closer.at >= 0 && o.wordEnd > closer.at)) {
        const m = findCloser(this.text, o.kind, o.wordEnd);
        closer = m && m.at < limit ? { from: o.wordEnd, at: m.at, end: m.end } : { from: o.wordEnd, at: -1, end: -1 };
        found[o.kind] = closer;
      }
      // (A comment opened with the summary takes the closer of both over a comment opened again inside it: `Summary and
      // Comment: … security. Comment: Firtash's arguments … End summary and comment.`, 08KYIV2414.)
      if (closer.at >= 0 && (closer.at < nextOpener[k] || (o.joint && isJointCloser(this.text, closer.at, closer.end)))) {
        block.close = { start: closer.at, end: closer.end };
        block.end = closer.end;
        block.endLine = this.lineAt(closer.end - 1) + 1;
      } else if (o.style === 'heading') {
        const stop = c.headings.find((h, idx) => idx > (o.heading ?? -1) && h.kind === 'heading')?.start ?? limit;
        const inside = c.paragraphs.filter((p) => p.start > o.at && p.start < stop);
        // Not the note on how the cable was cleared or drafted that closes the text (`¶6. (U) This cable has not been
        // cleared by A/S Welch.` under `COMMENT: NEED TO SAVE FACE`, 08ALGIERS261; 09KABUL4150).
        while (inside.length > 1 && CLEARANCE_NOTE.test(inside[inside.length - 1].lead)) inside.pop();
        const lastP = inside[inside.length - 1];
        if (lastP) {
          block.end = lastP.end;
          block.endLine = lastP.endLine;
        }
      } else if (o.paragraph !== null) {
        // To the end of its paragraph, and of the paragraphs after it that say they go on with it (`¶16. (C) Comment
        // cont'd: …`, 08ISLAMABAD3248).
        let j = o.paragraph;
        while (j + 1 < c.paragraphs.length && goesOnWith(c.paragraphs[j + 1].lead, o.kind)) j++;
        block.end = Math.max(block.end, c.paragraphs[j].end);
        block.endLine = c.paragraphs[j].endLine;
      } else if (o.at > lastStart && bodyEnd >= 0 && bodyEnd < this.n) {
        // In no paragraph, after the last one and every heading (`COMMENT: WE CONSIDER …` after ¶3, 72TEHRAN5055): to
        // the end of the text.
        block.end = Math.max(block.end, trimEnd(this.text, this.starts[bodyEnd], this.ends[bodyEnd]));
        block.endLine = bodyEnd + 1;
      }
      blockEnd[o.kind] = block.end;
      c.blocks.push(block);
    }
  }

  private lineAt(offset: number): number {
    return lineOfOffset(this.table, offset);
  }

  // ------------------------------------------------------------ derived values

  /**
   * A title between two rules with no paragraph of its own holds the titles only underlined after it, up to the next
   * title of another kind (`THE STATUS OF “UNRELENTING PRESSURES”` over `INTERNATIONAL`, `ECONOMIC`, `U.S. PRESSURES`,
   * 89PANAMA8545; not the rows of a table under its boxed head, 09RANGOON355).
   */
  private nestHeadings(): void {
    const headings = this.cable.headings;
    if (!headings.some((h) => h.boxed)) return;
    // Which headings have text of their own: a paragraph, or a sub-paragraph before the next heading.
    const own = new Uint8Array(headings.length);
    for (const p of this.cable.paragraphs) if (p.headingIndex !== null) own[p.headingIndex] = 1;
    let k = -1;
    for (const s of this.cable.subParagraphs) {
      while (k + 1 < headings.length && headings[k + 1].start < s.start) k++;
      if (k >= 0) own[k] = 1;
    }
    let owner = -1;
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i];
      if (h.boxed && h.kind === 'heading') owner = own[i] ? -1 : i;
      else if (owner >= 0 && h.kind === 'heading' && h.dashed) h.within = owner;
      else owner = -1;
    }
  }

  private derive(): void {
    const c = this.cable;
    this.nestHeadings();
    const dtg = c.routing?.dateTimeGroup ?? c.extractDateTimeGroup;
    c.date = dtg?.iso ?? c.dateLine?.iso ?? null;
    if (c.routing?.dateTimeGroup && !c.routing.dateTimeGroup.iso) {
      this.issue('dtg-invalid', c.routing.dateTimeGroup, `${c.routing.dateTimeGroup.written} is not a valid date-time group`);
    }
    const top = c.banners.find((b) => b.position === 'top') ?? null;
    const named = c.banners.find((b) => b.position !== 'bottom' && b.serial !== null && b.start < (c.header?.end ?? 0)) ?? top;
    const envelope = this.envelope(named);
    const post = envelope?.post ?? named?.post ?? null;
    const serial = envelope?.serial ?? named?.serial ?? null;
    let year: number | null = c.date ? Number(c.date.slice(0, 4)) : null;
    let basis: Cable['referenceIdBasis'] = year === null ? null : dtg?.iso ? 'dtg' : 'date-line';
    if (year === null && post && serial) {
      const fromName = this.yearFromFileName(post, serial);
      const declDate = c.executiveOrder?.decl?.kind === 'date' ? c.executiveOrder.decl.date : null;
      if (fromName !== null) {
        year = fromName;
        basis = 'file-name';
      } else if (declDate) {
        year = Number(declDate.slice(0, 4)) - 10;
        basis = 'decl';
      }
    }
    if (post && serial && year !== null) {
      c.referenceId = canonicalCableId(year, post, serial);
      c.referenceIdBasis = basis;
    }
    c.origin = c.routing?.from?.text ?? top?.post ?? null;
    const securityLevel = c.routing?.securityLine ? levelFromSecurityLine(c.routing.securityLine.text) : null;
    const level = (envelope ? securityLevel : null) ?? top?.level ?? securityLevel;
    const caveats: string[] = [];
    for (const cav of top?.caveats ?? []) if (!caveats.includes(cav)) caveats.push(cav);
    // A classification line below the top banner (`S E C R E T STATE 119085`, then `SECRET//NOFORN`) spells out its
    // caveats, as a caption line would.
    for (const b of c.banners) {
      if (b !== top && top && isHeaderClassificationLine(b, top, c)) for (const cav of b.caveats) if (!caveats.includes(cav)) caveats.push(cav);
    }
    for (const cap of c.captions) {
      const cav = captionCaveat(cap.caption);
      // SBU marks unclassified information: on a classified cable `SENSITIVE` is a handling caption, no caveat.
      if (cav === 'SBU' && level && level !== 'UNCLASSIFIED') continue;
      if (cav && !caveats.includes(cav)) caveats.push(cav);
    }
    c.classification = { level: level ?? null, caveats };
    if (!c.classifiedBy && c.paragraphs.length > 0) this.classifiedByInFirstParagraph(c.paragraphs[0]);
    c.tags = c.tagsLine?.tags ?? [];
    c.subject = c.subjectLine?.text || null;
    if (this.pendingRefs.length > 0 && c.references) {
      const cableYear = year;
      // A post numbers its cables afresh each year, and a cable cites earlier ones: an entry of its own post without a
      // year whose serial is above this cable's own is from the year before (PARIS 1714 cited in PARIS 58 of 2010).
      const own = post && serial && cableYear !== null ? canonicalCableId(cableYear, post, serial) : null;
      const ownPost = own ? postOfCableId(own) : null;
      for (const r of this.pendingRefs) {
        // A page line run into the list ends it: what follows it on the line is text run on too (09BRASILIA244).
        const page = c.pageLines.find((pl) => pl.start > r.valueStart && pl.start < r.end);
        const end = page ? page.start : r.end;
        for (const ref of parseReferences(this.text.slice(r.valueStart, end), r.valueStart, cableYear)) {
          if (ref.year === null && ref.canonicalId && ref.serial && ref.origin && cableYear !== null) {
            const theirPost = postOfCableId(ref.canonicalId);
            const n = Number(ref.serial);
            if ((ownPost && theirPost === ownPost && n > Number(serial)) || (theirPost === 'STATE' ? this.beyondStateSerial(n) : this.beyondPostSerial(n))) {
              ref.canonicalId = canonicalCableId(cableYear - 1, ref.origin, ref.serial);
            }
          }
          c.references.references.push(ref);
        }
      }
    }
    if (!inStartOrder(c.issues)) c.issues.sort((a, b) => a.start - b.start);
  }

  /** Older cables put the classifier in the first paragraph: `1. (U) CLASSIFIED BY …`, `1. CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY: …`. */
  private classifiedByInFirstParagraph(p: Paragraph): void {
    const from = p.portion ? Math.max(p.portion.end, p.numberSpan.end) : p.numberSpan.end;
    const head = this.text.slice(from, Math.min(p.end, from + 80));
    const m = /(?:^|[\s.])(CLASSIFIED\s{1,3}BY\b\s*:?\s*)/i.exec(head);
    if (!m) return;
    const at = from + m.index + m[0].length - m[1].length;
    this.cable.classifiedBy = parseClassifiedBy(this.text.slice(at, Math.min(p.end, at + 400)), at, m[1].length);
  }

  /**
   * When the routing header names a different telegram than the banner (its DE serial differs), the routing
   * header is the envelope that was transmitted and identifies the cable; the text inside belongs to another one.
   */
  private envelope(top: BannerLine | null): { post: string; serial: string } | null {
    const r = this.cable.routing;
    const deSerial = r?.deLine?.serial?.replace(/\/.*$/, '').replace(/^0+(?=\d)/, '');
    const from = r?.from?.text;
    if (!deSerial || !from || !/^\d+$/.test(deSerial)) return null;
    const named = top?.serial && top.post && !/^X+$/i.test(top.post) ? top.serial : null;
    // The DE line carries only the last four digits of the serial. The same telegram (the usual case): no envelope.
    const last4 = (s: string) => s.padStart(4, '0').slice(-4);
    if (named !== null && last4(named.replace(/^0+(?=\d)/, '')) === last4(deSerial)) return null;
    const post = postOfOriginator(from);
    if (!post) return null;
    if (named === null || !top) return { post, serial: deSerial };
    this.issue('envelope-mismatch', top, `The routing header sends ${from} ${deSerial}, but the banner names ${top.post} ${top.serial}: the text may belong to another cable.`);
    return { post, serial: deSerial };
  }

  private yearFromFileName(post: string, serial: string): number | null {
    const name = this.options.fileName?.replace(/^.*[\\/]/, '').toUpperCase();
    if (!name) return null;
    const tail = `${post.toUpperCase().replace(/[^A-Z]/g, '')}${serial.replace(/^0+(?=\d)/, '')}`;
    const m = new RegExp(`(?:^|[^0-9])(\\d{2})${tail}(?![0-9])`).exec(name);
    return m ? expandYear(Number(m[1])) : null;
  }

  private issue(code: string, span: Span, message: string): void {
    this.issues.push({ code, start: span.start, end: span.end, message });
  }
}

/**
 * Could a sub-paragraph label start here: `¶`, `(`, or a letter followed by `.` or `)`? Checked before the pattern,
 * which most lines after a blank line fail.
 */
function mayStartSubParagraph(text: string, at: number, first: number): boolean {
  if (first === 0xb6 || first === 40 /* ( */) return true;
  const next = text.charCodeAt(at + 1);
  if (!isAsciiLetter(first)) return false;
  if (next === 46 || next === 41) return true;
  // A roman number in lower case (`ii.`, `iv)`, `viii.`).
  if ((first === 105 || first === 118) && (next === 105 || next === 118 || next === 120)) return true;
  // A range (`G - J)`, `G-J)`): a dash first, before any pattern.
  return (next === 45 || (next === 32 && text.charCodeAt(at + 2) === 45)) && /^.\s?-\s?[A-Za-z]\)/.test(text.slice(at, at + 6));
}

/** A heading's words without the rules, slashes or stars typed around them (`--- Comment: ---`, `//COMMENT//`). */
function undecorated(line: string): string {
  // The published copy's ¶ before a numbered title (`¶I. BIRTH OF THE GPO`, 10RPODUBAI13).
  if (line.charCodeAt(0) === 0xb6) line = line.replace(/^¶\s?/, '');
  const c0 = line.charCodeAt(0);
  const c1 = line.charCodeAt(line.length - 1);
  const decoration = (c: number) => c === 45 || c === 47 || c === 61 || c === 42 || c === 95;
  if (!decoration(c0) && !decoration(c1)) return line;
  const inner = line.replace(/^[-=_*/]{2,}\s*|\s*[-=_*/]{2,}$/g, '');
  return inner || line;
}

/** A heading's text: without one final `:` or `.`, and trimmed. */
function withoutFinalStop(line: string): string {
  const last = line.charCodeAt(line.length - 1);
  // One final `:` or `.`, but not the last dot of an ellipsis (`TIMELINES...`) or of an abbreviation (`U.S.`).
  const stop = last === 58 || (last === 46 && line.charCodeAt(line.length - 2) !== 46 && !/(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]\.$/.test(line));
  return (stop ? line.slice(0, -1) : line).trim();
}

/**
 * The first closer of a block (`End Summary`, `END OF COMMENT`: `end`, one to three white-space characters, maybe
 * `of` and one to three more, the word) that starts at or after `from`. The word is looked for first, in lower or
 * upper case (`summary`, `Summary`, `SUMMARY`), and the rest read backwards from it: a plain search for a few
 * letters is several times cheaper than a case-insensitive pattern over the rest of the text.
 *
 * Both spellings are searched in windows that double in size from `from`, so finding a closer costs about twice the
 * distance to it, not two searches to the end of the text (one spelling is usually absent from a cable). Tests
 * pass a small `firstWindow` to cross many window edges.
 */
export function findCloser(text: string, kind: Block['kind'], from: number, firstWindow = 2048): { at: number; end: number } | null {
  const lower = kind === 'summary' ? 'ummary' : 'omment';
  const upper = kind === 'summary' ? 'UMMARY' : 'OMMENT';
  const initial = kind === 'summary' ? 115 : 99;
  const length = text.length;
  for (let lo = from, size = Math.max(1, firstWindow); lo < length; lo += size, size *= 2) {
    // Words that start in [lo, hi); the region runs on by the word's length less one so that such a word fits in it.
    const hi = Math.min(length, lo + size);
    const region = text.slice(lo, Math.min(length, hi + 5));
    let a = region.indexOf(lower);
    let b = region.indexOf(upper);
    while (a >= 0 || b >= 0) {
      const useLower = a >= 0 && (b < 0 || a < b);
      const tail = lo + (useLower ? a : b);
      if (useLower) a = region.indexOf(lower, a + 1);
      else b = region.indexOf(upper, b + 1);
      if (tail >= hi) continue;
      const closer = closerEndingWith(text, tail, initial, from);
      if (closer) return closer;
    }
  }
  return null;
}

/** Does the closer `text[at, end)` close both blocks (`End summary and comment`, `END COMMENT AND SUMMARY`)? */
function isJointCloser(text: string, at: number, end: number): boolean {
  return /(?:summary|comment)\s+and\s/i.test(text.slice(at, end));
}

/**
 * The closer whose word (`summary`/`comment`, any case) has its second letter at `tail`: the word's initial before
 * it, no word character after it, and `end` or `end of` before it, starting at or after `from`.
 */
function closerEndingWith(text: string, tail: number, initial: number, from: number): { at: number; end: number } | null {
  const word = tail - 1;
  // (The word in the plural too: `End Key Points and Comments.`, 09DOHA644.)
  const plural = initial === 99 && (text.charCodeAt(tail + 6) | 0x20) === 115 && !isWordChar(text.charCodeAt(tail + 7));
  if (word < 0 || (text.charCodeAt(word) | 0x20) !== initial || (isWordChar(text.charCodeAt(tail + 6)) && !plural)) return null;
  const wordEnd = tail + 6 + (plural ? 1 : 0);
  const k = spacesBefore(text, word);
  if (k < 0) return null;
  if (k >= 2 && (text.charCodeAt(k - 2) | 0x20) === 111 && (text.charCodeAt(k - 1) | 0x20) === 102 && !isWordChar(text.charCodeAt(k - 3))) {
    // `end of summary`.
    const beforeOf = spacesBefore(text, k - 2);
    if (beforeOf >= 0 && endsWithEnd(text, beforeOf)) return beforeOf - 3 >= from ? { at: beforeOf - 3, end: wordEnd } : null;
  }
  if (endsWithEnd(text, k)) return k - 3 >= from ? { at: k - 3, end: wordEnd } : null;
  // `END COMMENT AND SUMMARY`, `End summary and comment`: one closer for both blocks. And the closers of the openers
  // named with another word (`End introduction and summary.`, 07ISLAMABAD31; `End Note and Comment`).
  if (k < 3 || !sameWordBefore(text, k, 'and')) return null;
  const beforeAnd = spacesBefore(text, k - 3);
  const other = sameWordBefore(text, beforeAnd, initial === 115 ? 'comment' : 'summary')
    ? 7
    : sameWordBefore(text, beforeAnd, 'introduction')
      ? 12
      : initial === 99 && sameWordBefore(text, beforeAnd, 'note')
        ? 4
        : 0;
  if (beforeAnd < 0) return null;
  if (other === 0) {
    // (Or with the title of the part it closes with it, in title case: `End Key Points and Comments.`, 09DOHA644.)
    let at = beforeAnd;
    for (let words = 0; words < 3 && at > 0; words++) {
      let w = at;
      while (w > 0 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
      // (Words in title case, `Key Points`; not the closer's own words.)
      if (words > 0 && endsWithEnd(text, at) && text.charCodeAt(at - 3) === 69) return at - 3 >= from ? { at: at - 3, end: wordEnd } : null;
      if (w === at || at - w < 2 || !isUpperLetter(text.charCodeAt(w)) || !/^[A-Z][a-z]+$/.test(text.slice(w, at)) || /^(?:End|Summary|Comment|And|Of)$/.test(text.slice(w, at))) return null;
      const before = spacesBefore(text, w);
      if (before < 0) return null;
      at = before;
    }
    return endsWithEnd(text, at) && text.charCodeAt(at - 3) === 69 && at - 3 >= from ? { at: at - 3, end: wordEnd } : null;
  }
  const beforeOther = spacesBefore(text, beforeAnd - other);
  return beforeOther >= 0 && endsWithEnd(text, beforeOther) && beforeOther - 3 >= from ? { at: beforeOther - 3, end: wordEnd } : null;
}

/** Is `text[at - word.length, at)` the lower-case `word` in any case, not the end of a longer word? */
function sameWordBefore(text: string, at: number, word: string): boolean {
  const from = at - word.length;
  if (from < 0 || isWordChar(text.charCodeAt(from - 1))) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Where a run of one to three white-space characters before `at` starts, or -1 when there is none such. */
function spacesBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && at - k < 4 && isSpace(text.charCodeAt(k - 1))) k--;
  return k === at || at - k > 3 ? -1 : k;
}

/** Is `text[at - 3, at)` the word `end` (any case), not the end of a longer word? */
function endsWithEnd(text: string, at: number): boolean {
  return at >= 3 && (text.charCodeAt(at - 3) | 0x20) === 101 && (text.charCodeAt(at - 2) | 0x20) === 110 && (text.charCodeAt(at - 1) | 0x20) === 100 && !isWordChar(text.charCodeAt(at - 4));
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'vs.']);

/**
 * Is `text[at, end)` a title set directly over running text? Written in mixed case with its words capitalised (all
 * but short words such as `to`, `of`, `and`), two to twelve words, shorter than the line after it (the first line of
 * a paragraph runs to the wrapping width), which starts a sentence.
 */
function isTitleOverText(text: string, at: number, end: number, nextAt: number, nextEnd: number): boolean {
  if (end - at >= nextEnd - nextAt || !isUpperLetter(text.charCodeAt(at))) return false;
  const next = text.charCodeAt(nextAt);
  if (!isUpperLetter(next) && next !== 34 && next !== 0x201c) return false;
  const line = text.slice(at, end);
  // Names and offices (`Camilo Ospina, Minister of Defense`) and labels (`Countries: …`) are no titles.
  if (line.includes(',') || line.includes(':')) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > 12 || !isTitleWords(words)) return false;
  // Nor is a line of a list of such lines (participants: `United States` / `Senator John Kerry` / …).
  return !isTitleWords(text.slice(nextAt, nextEnd).split(/\s+/));
}

/** Are these words capitalised, all but short words such as `to`, `of`, `and`, with some lower-case letters? */
function isTitleWords(words: readonly string[]): boolean {
  let lower = false;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122 && !MINOR_WORDS.has(w)) return false;
    if (!lower && /[a-z]/.test(w)) lower = true;
  }
  return lower;
}

const PAGE_TOP = /^PAGE\s{1,8}(\d{2,3})\s{1,8}([A-Z][A-Z .'-]{0,30}?)\s{1,8}(\d{4,})\s{1,8}(\d{2,3})\s{1,4}OF\s{1,4}(\d{2,3})\s{1,8}\d{6}Z$/;
const PAGE_TOP_RI = /^PAGE\s{1,8}(\d{2,3})\s{1,8}(R[A-Z]{3,6})(\d{3,6})\b/;

/** The page top of an older printout, as a page line: page 2 of section 1 of 3 is written `01.02` of `03`. */
function pageTop(line: string): { post: string; serial: string; page: string; pages: string } | null {
  const m = PAGE_TOP.exec(line);
  if (m) return { post: m[2].trim(), serial: m[3], page: `${m[4]}.${m[1]}`, pages: m[5] };
  const r = PAGE_TOP_RI.exec(line);
  return r ? { post: r[2], serial: r[3], page: r[1], pages: '' } : null;
}

/** Where the white space after an item number (`1) `, `12) `) at `at` ends, or -1 when none is there. */
/** Where the marking of an item opened by a dash (`-- (C) the three …`, `- (S) …`) starts, or -1. */
function dashedItemEnd(text: string, at: number, end: number): number {
  let k = at;
  while (k < end && k - at < 2 && text.charCodeAt(k) === 45) k++;
  const m = skipSpaces(text, k, end);
  return m > k && text.charCodeAt(m) === 40 ? m : -1;
}

function numberedItemEnd(text: string, at: number, end: number): number {
  let k = at;
  while (k < end && k - at < 2 && isDigit(text.charCodeAt(k))) k++;
  if (k === at || text.charCodeAt(k) !== 41 /* ) */ || !isSpace(text.charCodeAt(k + 1))) return -1;
  return skipSpaces(text, k + 1, end);
}

/** Can a sentence end with this character: `.`, `!`, `?`, or a closing quote or parenthesis after one? */
function endsSentenceChar(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d || c === 41;
}

/** The number of a list item opening a line (`1) …`, `(12) …`) and where its text starts. */
function listItemAt(text: string, at: number, end: number): { number: number; contentStart: number } | null {
  let k = at;
  const open = text.charCodeAt(k) === 40;
  if (open) k++;
  const digits = k;
  while (k < end && k - digits < 2 && isDigit(text.charCodeAt(k))) k++;
  if (k === digits || text.charCodeAt(k) !== 41 /* ) */ || !isSpace(text.charCodeAt(k + 1))) return null;
  const contentStart = skipSpaces(text, k + 1, end);
  if (contentStart >= end) return null;
  return { number: Number(text.slice(digits, k)), contentStart };
}

/** The number of the last list item of paragraph `p`, or 0. */
function lastItemNumber(subs: readonly SubParagraph[], p: Paragraph): number {
  const last = subs[subs.length - 1];
  if (!last || last.start < p.start) return 0;
  const n = last.label.charCodeAt(0);
  return n >= 48 && n <= 57 ? Number(last.label) : 0;
}

/** Does a (left-trimmed) line start with a paragraph number? Only a digit or `¶` can begin one. */
function startsParagraph(line: string): boolean {
  const c = line.charCodeAt(0);
  // The first paragraph typed with a comma before its marking counts too (`1, (C) Summary.`, 08ISLAMABAD405).
  return ((c >= 48 && c <= 57) || c === 0xb6) && (paragraphNumberAt(line, 0, 3) !== null || /^1,\s+\([A-Za-z]{1,3}(?:\/\/?[A-Za-z]{1,7})?\)/.test(line));
}


/** Is there a lower-case ASCII letter in `text[from, to)`? */
function hasLowerCase(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Could a line starting with these two characters be an upper-case banner (`C O N…`, `SECRET`, `UNCLAS`, `SS E…`)? */
function isBannerStart(c0: number, c1: number): boolean {
  switch (c0) {
    case 67: // C
      return c1 === 32 || c1 === 79;
    case 83: // S
      return c1 === 32 || c1 === 69 || c1 === 83;
    case 85: // U
      return c1 === 32 || c1 === 78;
    case 84: // T
      return c1 === 32 || c1 === 79;
    case 76: // L
      return c1 === 32 || c1 === 73;
    default:
      return false;
  }
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** First letters of the level words, either case. */
const LEVEL_LETTERS = new Set([...'CSUTLcsutl'].map((ch) => ch.charCodeAt(0)));

/** What may follow the level on a cable's first line besides a post and serial: a post alone (`SECRET PARIS`). */
const WEAK_BANNER_REST = /^[A-Z][A-Z.' -]{1,40}$/;

/** A banner line read as one: a strong match, or on the first line of the text a level and a post with no serial yet. */
const takenAsBanner = (m: BannerMatch, firstLine: boolean): boolean => isStrong(m) || (firstLine && WEAK_BANNER_REST.test(m.rest));

/** A banner match that is unmistakably a banner: caveats, a section, a post and serial, or nothing after the level. */
function isStrong(match: BannerMatch): boolean {
  return match.rest.length === 0 || match.section !== null || match.serial !== null || /^[A-Z]{2,5}\d{3,6}$/.test(match.rest);
}
