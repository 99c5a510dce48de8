// Header fields: E.O./DECL, TAGS, SUBJECT, REF and Classified By, each tolerant of the forms real cables use.

import type {
  ClassifiedByLine,
  DeclValue,
  ExecutiveOrderLine,
  ReasonLetter,
  Reference,
  Span,
  Tag,
} from './model';
import { expandYear, namedMonthDate, parseDeclDate } from './dates';
import { classifyTag } from './knowledge/tags';
import { collapseSpaces, isAsciiLetter, isDigit, isSpace } from './text';
import { LEVELS, type Level } from './model';
import { LEVEL_ABBREVIATION } from './markings';

// ---------------------------------------------------------------- E.O. / DECL

const EO_PATTERN = /^(?:\(U\)\s*)?(?:E\.?\s?O\.?|EO)\s*(\d{1,6})?\s*:?\s*/i;
// `DECLl` (08ISLAMABAD3418, 08KUWAIT560) is the keyword with a stray letter.
const DECL_KEYWORD = /(DECL(?:ASSIFY\s{1,3}ON|l)?)\b\s*:?\s*/iy;
/** A downgrading instruction in place of DECL: `DNG: CO 01/26/2021` (to CONFIDENTIAL on that date; 06CARACAS219). */
const DOWNGRADE = /^DNG\s*:?\s*([A-Z]{1,2}|TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)\s+(\d[\d/.-]*\d)$/i;
/** The level a downgrading instruction names: in full, by its portion letters (`S`, `TS`), or `CO` (06CARACAS219). */
function downgradeLevel(code: string): Level | null {
  if (code === 'CO') return 'CONFIDENTIAL';
  return LEVELS.find((l) => l === code || LEVEL_ABBREVIATION[l] === code) ?? null;
}

/** Parses `E.O. 12958: DECL: 06/30/2014` (and its variants) at offset `base`. */
export function parseExecutiveOrder(segment: string, base: number): ExecutiveOrderLine {
  const m = EO_PATTERN.exec(segment);
  const written = segment.trimEnd();
  const line: ExecutiveOrderLine = { start: base, end: base + written.length, written, order: null, orderSpan: null, declKeyword: null, decl: null };
  if (!m) return line;
  if (m[1]) {
    const orderAt = m[0].indexOf(m[1]);
    line.order = m[1];
    line.orderSpan = { start: base + orderAt, end: base + orderAt + m[1].length };
  }
  let pos = m[0].length;
  DECL_KEYWORD.lastIndex = pos;
  const decl = DECL_KEYWORD.exec(segment);
  if (decl) {
    line.declKeyword = { start: base + pos, end: base + pos + decl[1].length };
    pos += decl[0].length;
  }
  const raw = segment.slice(pos);
  const value = raw.trim().replace(/[.;,]+$/, '');
  if (value.length > 0) {
    const at = pos + raw.indexOf(value.charAt(0));
    line.decl = classifyDecl(value, base + at);
  }
  return line;
}

/** Classifies a DECL value: a date, N/A, OADR, MR, event text, a declassification note, or other. */
export function classifyDecl(written: string, start: number): DeclValue {
  const value: DeclValue = { start, end: start + written.length, written, kind: 'other', date: null, problem: null };
  const first = written.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // Dates: none of the words below starts with a digit.
    dateOrOther(value, written);
    return value;
  }
  const upper = written.toUpperCase();
  if (/^N\s?\/\s?A$|^NA$/.test(upper)) value.kind = 'n/a';
  // The published text replaced the value with X's (`EO 12958 XXXXXXXXXXXXX`, as it blanks out names).
  else if (/^X{4,}$/.test(upper)) value.kind = 'redacted';
  else if (upper === 'OADR') value.kind = 'oadr';
  else if (upper === 'MR') value.kind = 'mr';
  else if (upper.startsWith('DNG') && DOWNGRADE.test(written)) {
    const m = DOWNGRADE.exec(written)!;
    const date = parseDeclDate(m[2]);
    if (date?.iso) {
      value.kind = 'downgrade';
      value.date = date.iso;
      value.downgradeTo = { written: m[1], level: downgradeLevel(m[1].toUpperCase().replace(/\s+/g, ' ')) };
    } else value.problem = date?.problem ?? `${m[2]} is not a date`;
  } else if (/^(?:X?GDS|NGDS|ADS)\b/.test(upper)) {
    // E.O. 11652 / 12065 declassification schedules: General (GDS), exempt (XGDS), advance (ADS).
    value.kind = 'schedule';
    const d = /(\d{1,2}\/\d{1,2}\/\d{2,4})/.exec(written);
    value.date = d ? parseDeclDate(d[1])?.iso ?? null : null;
  } else if (/^DECLASSIFIED\b/.test(upper) || /^AS AMENDED\b.*DECLASSIFIED/.test(upper)) {
    value.kind = 'declassified';
    // `AS AMENDED` goes with the order (`E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006`, 72TEHRAN4789): the
    // stamp is what follows it.
    const stamp = upper.indexOf('DECLASSIFIED');
    if (stamp > 0) {
      value.start += stamp;
      value.written = written.slice(stamp);
    }
    const d = /(\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})/.exec(written);
    const parsed = d ? parseDeclDate(d[1]) : null;
    value.date = parsed?.iso ?? namedMonthDate(written);
  } else dateOrOther(value, written);
  return value;
}

/** A DECL value that is none of the words: a date, event text, or a problem. */
function dateOrOther(value: DeclValue, written: string): void {
  const parsed = parseDeclDate(written);
  if (parsed) {
    if (parsed.iso) {
      value.kind = 'date';
      value.date = parsed.iso;
    } else value.problem = parsed.problem;
  } else if (/^[A-Za-z][A-Za-z'-]*(?:[\s,]+[A-Za-z0-9][A-Za-z0-9'-]*){1,}$/.test(written) && /[A-Za-z]{3}/.test(written)) {
    value.kind = 'event';
  } else if (/\d/.test(written)) {
    value.problem = `${written} is not a date`;
  } else value.problem = `${written} is not a date, N/A, OADR, MR or an event`;
}

// ---------------------------------------------------------------- TAGS

const TAG_TOKEN = /\[([^\]\s]{1,20})\]\(#?\)|\(([^()]{1,80})\)|([A-Za-z][A-Za-z0-9_-]{0,30})/g;

/** Splits the text of a TAGS field into tags with kinds; person names in parentheses become person tags. */
export function parseTags(segment: string, base: number): Tag[] {
  const tags: Tag[] = [];
  TAG_TOKEN.lastIndex = 0;
  for (let m = TAG_TOKEN.exec(segment); m; m = TAG_TOKEN.exec(segment)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const code = m[1].toUpperCase();
      tags.push({ start: start + 1, end: start + 1 + m[1].length, code, kind: classifyTag(code), written: m[1] });
    } else if (m[2] !== undefined) {
      const name = collapseSpaces(m[2].trim());
      if (name) tags.push({ start, end, code: name.toUpperCase(), kind: 'person', written: m[0] });
    } else {
      const code = m[3].toUpperCase();
      tags.push({ start, end, code, kind: classifyTag(code), written: m[3] });
    }
  }
  return tags;
}

// ---------------------------------------------------------------- REF

// The white space after the letter is looked at, not taken: it may stand before the next letter (`¶B. D. STATE 32213`).
// (Also a capital with a colon: `REF A: STATE 120288`, 10STATE9124; and a parenthesis with the year right after it,
// `B) 2008 BRASILIA 593, C)2008 SAO PAULO 260`, 09BRASILIA1383.)
const REF_LETTER = /(?:^|[\s;,])(?:¶\s?)?\(?([A-Za-z])(?:\.|\)|(?<=[A-Z]):)(?=\s|(?<=\))\d)/g;
/** A capital alone at the start of a line, then a post or a number: `B KUALA LUMPUR 739`. */
const BARE_REF_LETTER = /(?<=\n)[ \t]*(?:¶\s?)?([B-H]) (?=[ \t]*[A-Z0-9])/g;
/** Words that never belong to a post in a citation (`REF`, `OF`, month names …). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'AND', 'OR', 'OF', 'TO', 'THE', 'PREVIOUS', 'PREVIOUSLY', 'AS', 'IN', 'ON', 'AT', 'FOR', 'BY', 'NOTAL', 'DATED',
  'REF', 'REFS', 'REFTEL', 'REFTELS', 'ALSO', 'SEE', 'PARA', 'PARAS', 'PARAGRAPH', 'CIRCULAR', 'EMAIL', 'MEMO',
  'LETTER', 'CABLE', 'TELCON', 'PAGE', 'SECTION', 'NO', 'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG',
  'SEP', 'SEPT', 'OCT', 'NOV', 'DEC', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
  'SINCE', 'FROM', 'UNTIL', 'BEFORE', 'AFTER', 'ABOUT', 'SOME', 'OVER', 'UNDER', 'NEARLY', 'ALMOST', 'ONLY', 'TOTAL',
  // The Foreign Affairs Manual and Handbooks (`7 FAM 180`, 09STATE119085), talking points (`PARIS POINTS 20 SEPTEMBER`).
  'FAM', 'FAH', 'POINTS',
  // An intelligence information report (`IIR 6 902 9698 06`, 06CARACAS219).
  'IIR',
]);

export interface CableCitation extends Span {
  year: number | null;
  origin: string;
  serial: string;
  written: string;
}

/** White space with one line break in it, and the indentation of the next line: at most 24 characters. */
function lineBreakGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 24) return false;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return breaks === 1;
}

/** Is `text[from, to)` one to `max` spaces? */
function spaces(text: string, from: number, to: number, max: number): boolean {
  if (to - from < 1 || to - from > max) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** White space from `from` to `to`, line breaks included (a serial on the line under its post), at most 40 characters. */
function blanks(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 40) return false;
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Finds cable citations such as `08 STATE 12345`, `BOGOTA 2239`, `03 RANGOON 1427` in a text. Posts are upper
 * case; with `lowerCase` (a lower-cased partial extract's REF line, or one in mixed case: `Berlin 1337`) lower-case
 * and capitalised posts count too. In one `entry` of a REF list a serial may have one digit (`A. ANKARA 3`,
 * 09STATE28302) and stand on the line under its post (`D) 2008 BAKU` / `917`, 09BAKU175).
 */
export function findCableCitations(text: string, base: number, lowerCase = false, entry = false): CableCitation[] {
  // One pass over the tokens (a letter then letters, `'` and `-`; or a run of digits), remembering only the last four:
  // at each number, the one to three words just before it are the post, and a two-digit number before them the year.
  // Words are cut out only then, so a long text costs a scan and no array of its words.
  const out: CableCitation[] = [];
  const length = text.length;
  let count = 0;
  for (let k = 0; k < length; ) {
    const c = text.charCodeAt(k);
    const from = k;
    if (isDigit(c)) {
      while (k < length && isDigit(text.charCodeAt(k))) k++;
      const cite = citationEndingAt(text, from, k, count, entry);
      if (cite) {
        cite.start += base;
        cite.end += base;
        out.push(cite);
      }
      remember(count++, from, k, NUMBER);
      continue;
    }
    if (!isAsciiLetter(c)) {
      k++;
      continue;
    }
    // A post is two or more letters (an apostrophe allowed, no hyphen), all upper case, or all lower case in a
    // lower-cased extract.
    let upper = 0;
    let lower = 0;
    let hyphen = false;
    for (; k < length; k++) {
      const d = text.charCodeAt(k);
      if (d >= 65 && d <= 90) upper++;
      else if (d >= 97 && d <= 122) lower++;
      else if (d === 45 /* - */) hyphen = true;
      else if (d !== 39 /* ' */) break;
    }
    // (In a lower-cased extract, or a REF line written in mixed case, `paris` and `Paris` count too.)
    const mayBePost = k - from >= 2 && !hyphen && (lower === 0 || (lowerCase && (upper === 0 || (upper === 1 && c >= 65 && c <= 90))));
    remember(count++, from, k, mayBePost ? (lower === 0 ? UPPER_WORD : LOWER_WORD) : OTHER_WORD);
  }
  return out;
}

// The last four tokens, in a ring: where each starts and ends, and what it is.
const NUMBER = 0;
const UPPER_WORD = 1;
const LOWER_WORD = 2;
const OTHER_WORD = 3;
const ringStart = new Int32Array(4);
const ringEnd = new Int32Array(4);
const ringKind = new Int8Array(4);

function remember(index: number, start: number, end: number, kind: number): void {
  ringStart[index & 3] = start;
  ringEnd[index & 3] = end;
  ringKind[index & 3] = kind;
}

/** The upper-case post word of the remembered token `index`, or null when it cannot be part of a post. */
function postWord(text: string, index: number): string | null {
  const kind = ringKind[index & 3];
  if (kind !== UPPER_WORD && kind !== LOWER_WORD) return null;
  const w = text.slice(ringStart[index & 3], ringEnd[index & 3]);
  const up = kind === UPPER_WORD ? w : w.toUpperCase();
  return STOP_WORDS.has(up) ? null : up;
}

/**
 * The citation whose serial is the number `text[serialStart, serialEnd)`, the token after the `count` remembered
 * ones: one to three post words just before it (single spaces between them, one to three before the number), a
 * serial of 2–7 digits not followed by `/`, `:` or a decimal point, and maybe a year before the words (two digits, or
 * four from 1940 to 2039).
 */
function citationEndingAt(text: string, serialStart: number, serialEnd: number, count: number, entry: boolean): CableCitation | null {
  const serialLength = serialEnd - serialStart;
  if (count === 0 || serialLength < (entry ? 1 : 2) || serialLength > 7) return null;
  const after = text.charCodeAt(serialEnd);
  // Nor a date-time group (`DTG 251847Z MAR 08`, `051506ZJUN2008`): a serial ends at its last digit.
  if (after === 47 /* / */ || after === 58 /* : */ || (after === 46 /* . */ && isDigit(text.charCodeAt(serialEnd + 1))) || isAsciiLetter(after)) return null;
  const last = count - 1;
  if (!spaces(text, ringEnd[last & 3], serialStart, 3) && !(entry && blanks(text, ringEnd[last & 3], serialStart))) return null;
  // The words, back from the number: at most three, each a post word, each one space after the one before.
  const words: string[] = [];
  for (let t = last; t >= 0 && t > last - 3; t--) {
    if (t < last && !(ringStart[(t + 1) & 3] - ringEnd[t & 3] === 1 && text.charCodeAt(ringEnd[t & 3]) === 32)) break;
    const w = postWord(text, t);
    if (w === null) break;
    words.push(w);
  }
  if (words.length === 0) return null;
  const first = last - words.length + 1;
  let start = ringStart[first & 3];
  let year: number | null = null;
  const y = first - 1;
  const yearDigits = y >= 0 ? ringEnd[y & 3] - ringStart[y & 3] : 0;
  // A year in full may end the line before its post (`(E) 2008` / `ISTANBUL 146`, 09ISTANBUL440); two digits may not
  // (`para 12` / `STATE 1234` is no citation of 2012).
  // (Or the year in parentheses: `(08) SAO PAULO 581`, 09SAOPAULO660.)
  const inParens = y >= 0 && text.charCodeAt(ringStart[y & 3] - 1) === 40 && text.charCodeAt(ringEnd[y & 3]) === 41 && spaces(text, ringEnd[y & 3] + 1, start, 2);
  // (Or glued to the post, as in a cable's id: `09DHAHRAN 201`, 10RIYADH184.)
  const glued = y >= 0 && yearDigits === 2 && ringEnd[y & 3] === start;
  if (y >= 0 && ringKind[y & 3] === NUMBER && (spaces(text, ringEnd[y & 3], start, 2) || inParens || glued || (yearDigits === 4 && lineBreakGap(text, ringEnd[y & 3], start)))) {
    // `08 STATE 12345`, or the year in full: `2005 MOSCOW 14734` (kept as its last two digits, like the written form).
    const digits = yearDigits;
    const value = Number(text.slice(ringStart[y & 3], ringEnd[y & 3]));
    if (digits === 2 || (digits === 4 && value >= 1940 && value <= 2039)) {
      year = value % 100;
      start = ringStart[y & 3] - (inParens ? 1 : 0);
    }
  }
  return { start, end: serialEnd, year, origin: words.reverse().join(' '), serial: text.slice(serialStart, serialEnd), written: text.slice(start, serialEnd) };
}

/** An origin the published text blanked out (`09 XXXXXXXXXXXX 167`, 10SHENYANG4): no cable can be named by it. */
const REDACTED = /^X{4,}$/i;

/** The post of a canonical cable id: `08PARIS1501` → `PARIS`. */
export function postOfCableId(id: string): string {
  return id.slice(2).replace(/\d+$/, '');
}

/** The canonical id of a cable: two-digit year, origin without spaces, serial without leading zeros. */
export function canonicalCableId(year: number, origin: string, serial: string): string {
  const yy = String(year % 100).padStart(2, '0');
  const post = isUpperWord(origin) ? origin : origin.toUpperCase().replace(/[^A-Z]/g, '');
  const number = serial.charCodeAt(0) === 48 /* 0 */ ? serial.replace(/^0+(?=\d)/, '') : serial;
  return `${yy}${POST_IDS.get(post) ?? post}${number}`;
}

/**
 * Posts written otherwise in citations than in cable ids: `SECSTATE 1234` is 08STATE1234, `DUBAI RPO 378` and `IRPO
 * DUBAI 95` cite the Iran Regional Presence Office's 09RPODUBAI378 (09RPODUBAI379, 09ISTANBUL83), `RIO 346`, `CASA
 * 169`, `UNVIE 544` and `USUN 6028` the posts whose ids read RIODEJANEIRO, CASABLANCA, UNVIEVIENNA and USUNNEWYORK.
 */
const POST_IDS: ReadonlyMap<string, string> = new Map([
  ['SECSTATE', 'STATE'],
  ['DUBAIRPO', 'RPODUBAI'],
  ['IRPODUBAI', 'RPODUBAI'],
  ['RIO', 'RIODEJANEIRO'],
  ['CASA', 'CASABLANCA'],
  ['UNVIE', 'UNVIEVIENNA'],
  ['USUN', 'USUNNEWYORK'],
  ['TALLIN', 'TALLINN'],
]);

/** Only the letters A–Z? */
function isUpperWord(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** An airgram or circular airgram number (`A-077`, `CA-3400`). */
const AIRGRAM = /\b(?:A|CA)-\d{1,5}\b/;

/** Splits the text of a REF field into references, lettered (`A. …  B. …`) or not. */
export function parseReferences(segment: string, base: number, cableYear: number | null): Reference[] {
  const lowerCase = !/[A-Z]{3}/.test(segment);
  const letters: { letter: string; at: number; textAt: number }[] = [];
  // (And a letter with nothing after it at the start of a line, after the first: `REF: A. SECSTATE 90063` / `B KUALA
  // LUMPUR 739`, 09KUALALUMPUR752.)
  const found: RegExpExecArray[] = [];
  REF_LETTER.lastIndex = 0;
  for (let m = REF_LETTER.exec(segment); m; m = REF_LETTER.exec(segment)) found.push(m);
  if (found.length > 0 && segment.includes('\n')) {
    BARE_REF_LETTER.lastIndex = 0;
    for (let m = BARE_REF_LETTER.exec(segment); m; m = BARE_REF_LETTER.exec(segment)) found.push(m);
    found.sort((a, b) => a.index - b.index);
  }
  for (const m of found) {
    const expected = String.fromCharCode('A'.charCodeAt(0) + letters.length);
    if (m[1].toUpperCase() !== expected || (m[0].endsWith(' ') && letters.length === 0)) continue;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    let textAt = m.index + m[0].length;
    while (textAt < segment.length && isSpace(segment.charCodeAt(textAt))) textAt++;
    letters.push({ letter: expected, at, textAt });
  }
  const refs: Reference[] = [];
  const make = (letter: string | null, from: number, to: number, textFrom: number, entry = letter !== null): void => {
    // The entry without the white space at its ends and one trailing `;` or `,`.
    let at = from;
    let end = to;
    while (at < end && isSpace(segment.charCodeAt(at))) at++;
    while (end > at && isSpace(segment.charCodeAt(end - 1))) end--;
    const lastChar = segment.charCodeAt(end - 1);
    if (end > at && (lastChar === 59 || lastChar === 44)) {
      end--;
      while (end > at && isSpace(segment.charCodeAt(end - 1))) end--;
    }
    // A letter out of sequence left at the end (`C. STATE 112304 ¶B.`, then `D. …`) is no part of the entry.
    const stray = /\s+¶?\s?\(?[A-Za-z][.)]$/.exec(segment.slice(at, end));
    if (stray && letter) end -= stray[0].length;
    if (end <= at) return;
    const trimmed = segment.slice(at, end);
    const written = collapseSpaces(trimmed);
    const textAt = letter ? textFrom : at;
    const cites = findCableCitations(segment.slice(textAt, to), base + textAt, lowerCase, entry);
    const first = cites[0] ?? null;
    const year = first?.year ?? null;
    const effectiveYear = year ?? cableYear;
    refs.push({
      start: base + at,
      end: base + at + trimmed.length,
      letter,
      written,
      year: year === null ? null : expandYear(year),
      origin: first?.origin ?? null,
      serial: first?.serial ?? null,
      canonicalId: first && effectiveYear !== null && !REDACTED.test(first.origin) ? canonicalCableId(effectiveYear, first.origin, first.serial) : null,
    });
  };
  // (After the keyword written twice too: `REF: REF (A) MADRID 3785 (B) …`, 05MADRID4026.)
  if (letters.length >= 1 && (letters[0].at <= 3 || letters[0].at <= (/^\s*REFS?\s+/i.exec(segment)?.[0].length ?? -9) + 3)) {
    for (let k = 0; k < letters.length; k++) make(letters[k].letter, letters[k].at, k + 1 < letters.length ? letters[k + 1].at : segment.length, letters[k].textAt);
    return refs;
  }
  const cites = findCableCitations(segment, base, lowerCase);
  // Entries set apart by semicolons where one of them is no cable (`STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966`,
  // an airgram, 66BUENOSAIRES2481; `BRASILIA 1124; IIR 6 809 0156 10`): one entry each.
  if (segment.includes(';')) {
    const parts: [number, number][] = [];
    for (let from = 0; from <= segment.length; ) {
      const k = segment.indexOf(';', from);
      const to = k < 0 ? segment.length : k;
      if (segment.slice(from, to).trim()) parts.push([from, to]);
      from = to + 1;
    }
    const inPart = ([f, t]: [number, number]) => cites.filter((c) => c.start - base >= f && c.end - base <= t).length;
    const counts = parts.map(inPart);
    if (parts.length >= 2 && counts.every((n) => n <= 1) && counts.some((n) => n === 0)) {
      for (const [f, t] of parts) make(null, f, t, f);
      return refs;
    }
    // Each part read as an entry, where a serial may have one digit (`REF: 10 CARACAS 9; 09 CARACAS 1374; …; 10
    // CARACAS 5`, 10CARACAS69); two cables typed in one part with no semicolon between (`10 CARACAS 39 10 CARACAS
    // 35`) are two entries.
    const entries = parts.map(([f, t]) => findCableCitations(segment.slice(f, t), base + f, lowerCase, true));
    if (parts.length >= 2 && entries.every((cs) => cs.length >= 1 && cs.length <= 2) && entries.some((cs, k) => cs.length > counts[k])) {
      for (let k = 0; k < parts.length; k++) {
        if (entries[k].length === 1) make(null, parts[k][0], parts[k][1], parts[k][0], true);
        else for (const c of entries[k]) make(null, c.start - base, c.end - base, c.start - base, true);
      }
      return refs;
    }
  }
  // An airgram and a cable set apart by a colon (`TEHRAN'S A-077 OF MAY 15, 1972: TEHRAN 3312`, 72TEHRAN4789): one
  // entry each, so the airgram is not read as the cable.
  const colon = cites.length === 1 && !segment.includes(';') ? segment.indexOf(': ') : -1;
  if (colon > 0 && segment.indexOf(': ', colon + 1) < 0) {
    const cite = cites[0].start - base;
    const other = cite > colon ? segment.slice(0, colon) : segment.slice(colon + 1);
    if (AIRGRAM.test(other)) {
      make(null, 0, colon, 0);
      make(null, colon + 1, segment.length, colon + 1);
      return refs;
    }
  }
  if (cites.length <= 1) {
    make(null, 0, segment.length, 0);
    return refs;
  }
  for (const c of cites) {
    const effectiveYear = c.year === null ? cableYear : c.year;
    refs.push({
      start: c.start,
      end: c.end,
      letter: null,
      written: c.written,
      year: c.year === null ? null : expandYear(c.year),
      origin: c.origin,
      serial: c.serial,
      canonicalId: effectiveYear === null || REDACTED.test(c.origin) ? null : canonicalCableId(effectiveYear, c.origin, c.serial),
    });
  }
  return refs;
}

// ---------------------------------------------------------------- Classified By

// (`Section` only before its number: `… Dell under Section 1.4b/d`, not `POL/ECON SECTION CHIEF SILVIA EIRIZ`, 08ABIDJAN396.)
const REASON_INTRO = /(?:[\s,;.]|^)(?:for\s+|under\s+)?(?:(?:reasons?|per|due\s+to|e\.?\s?o\.?\s?\d{5})\b|section(?=\s{0,3}\d))|\b1\s{0,2}[.,:/]\s{0,2}\d(?![\d/])/i;
// `1.4`, and the slips real cables make: `1,4`, `1.  4`, `1  .4`, `1:4`, `1/4`.
const SECTION = /\b(1)\s{0,2}([.,:/])\s{0,2}(\d)(?![\d/])/;
const REASON_WORD = /^(?:[\s,;.]|^)(?:for\s+|under\s+)?reasons?\b\s*:?/i;

/** Parses a Classified By block (possibly spanning lines, joined with their offsets kept). */
export function parseClassifiedBy(segment: string, base: number, keywordLength: number): ClassifiedByLine {
  const written = segment.trimEnd();
  const prefix = segment.charCodeAt(0) === 40 /* ( */ ? /^(?:\(U\)\s*)?/i.exec(segment)![0].length : 0;
  let keywordEnd = keywordLength;
  while (keywordEnd > 0 && (segment.charCodeAt(keywordEnd - 1) === 58 /* : */ || isSpace(segment.charCodeAt(keywordEnd - 1)))) keywordEnd--;
  const line: ClassifiedByLine = {
    start: base,
    end: base + written.length,
    written,
    keyword: { start: base + prefix, end: base + keywordEnd },
    classifier: null,
    reasonSection: null,
    reasons: [],
  };
  const body = segment.slice(keywordLength);
  const intro = REASON_INTRO.exec(body);
  // (A word a line break cut, its end of two or three letters then a comma on the next line, is joined: `… for Economic
  // Affai` / `rs, for Reasons 1.4 (b,d).`, 10BERLIN128.)
  let classifierText = collapseSpaces((intro ? body.slice(0, intro.index) : body).replace(/([a-z])[ \t]*\r?\n[ \t]*(?=[a-z]{2,3},)/g, '$1'));
  let end = classifierText.length;
  for (let c = classifierText.charCodeAt(end - 1); end > 0 && (c === 44 || c === 59 || c === 58 || c === 46 || isSpace(c)); c = classifierText.charCodeAt(end - 1)) end--;
  // (But the stop of an abbreviation stays: `Charge d'Affaires a.i.`, 10BRASILIA3; `U.S.`.)
  if (classifierText.charCodeAt(end) === 46 && /(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]$/.test(classifierText.slice(Math.max(0, end - 12), end))) end++;
  // The keyword typed twice (`Classified By: Classified by Ambassador …`, 07PORTAUPRINCE408) is no part of the name.
  classifierText = classifierText.slice(0, end).trim().replace(/^classified\s+by\s*:?\s*/i, '');
  line.classifier = withoutTrailingWord(classifierText) || null;
  const sec = SECTION.exec(body);
  if (!sec) {
    // Letters without their section: `for reasons b, d`, `Reasons (b) and (d)`.
    const word = intro && REASON_WORD.exec(intro[0]);
    if (word) line.reasons = reasonLetters(segment, keywordLength + intro!.index + intro![0].length, base);
    return line;
  }
  const secAt = keywordLength + sec.index;
  line.reasonSection = { start: base + secAt, end: base + secAt + sec[0].length, written: sec[0], value: `${sec[1]}.${sec[3]}` };
  line.reasons = reasonLetters(segment, secAt + sec[0].length, base);
  return line;
}

/**
 * The words that lead from the classifier to the reasons, at the end of the classifier's text: `for`, `per`, `under`,
 * maybe with `reasons`, and the same broken by the line wrap of a partial extract (`GEORGE GLASS FO` / `R REASONS`,
 * `ROSENBLATT, FOR REAS` / `ONS 1.4`, 09BERLIN1176, 05PARIS7527): at most one space inside a word.
 */
const TRAILING_CONNECTOR = /[\s,;-]+(?:(?:f ?o ?r|p ?e ?r|u ?n ?d ?e ?r)(?:\s+r ?e ?a ?s ?o ?n ?s?)?|r ?e ?a ?s ?o ?n ?s?)$/i;

/** The text without the words that lead to the reasons at its end (`for`, `for reas ons`) and the space before them. */
function withoutTrailingWord(text: string): string {
  const m = TRAILING_CONNECTOR.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index).replace(/[\s,;:.]+$/, '') : text;
}

/** Reads the reason letters after the section number: `(b) and (d)`, `(b&d)`, `b, d`, `(B)(D)` … */
function reasonLetters(text: string, from: number, base: number): ReasonLetter[] {
  const out: ReasonLetter[] = [];
  const re = REASON_TOKEN;
  re.lastIndex = from;
  // A range of letters (`1.4 (b-d)`, 09BAGHDAD197): the dash, for the letters between its ends.
  let dash = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (t.length === 1 && isAsciiLetter(c)) {
      // `A ND` is `and` split by a stray space or a line break (`FOR REASONS 1.4 B A ND D`, 08BRASILIA43; `1.4(b) a` /
      // `nd (d).`, 09BERLIN1167), no letter (a).
      const split = (c === 65 || c === 97) && out.length > 0 ? SPLIT_AND.exec(text.slice(re.lastIndex, re.lastIndex + 6)) : null;
      if (split) {
        re.lastIndex += split[0].length;
        continue;
      }
      const letter = t.toLowerCase();
      if (dash >= 0) {
        const last = out[out.length - 1].letter.charCodeAt(0);
        const to = letter.charCodeAt(0);
        for (let k = last + 1; k < to && to - last <= 8; k++) out.push({ start: base + dash, end: base + dash + 1, letter: String.fromCharCode(k) });
        dash = -1;
      }
      out.push({ start: base + m.index, end: base + m.index + 1, letter });
      continue;
    }
    if ((c === 45 || c === 0x2013) && t.length === 1 && out.length > 0 && dash < 0) {
      dash = m.index;
      continue;
    }
    // White space, punctuation between letters, `and`.
    // (`+` too: `1.4 (b+d)`, 10MAPUTO86.)
    if (isSpace(c) || (t.length === 1 && (c === 40 || c === 41 || c === 44 || c === 38 || c === 47 || c === 58 || c === 59 || c === 43))) continue;
    if (t.length === 3 && t.toLowerCase() === 'and') continue;
    // And `an d` (`1.4 (b) an d (d)`, 10SHENYANG5 and five more).
    if (t.length === 2 && (c === 65 || c === 97) && (t.charCodeAt(1) | 0x20) === 110 && out.length > 0) {
      const d = SPLIT_AND_END.exec(text.slice(re.lastIndex, re.lastIndex + 4));
      if (d) {
        re.lastIndex += d[0].length;
        continue;
      }
    }
    if (t === '.') {
      // a full stop ends the list unless more letters follow: "1.4 (b). and (d)" is rare, stop here.
      if (out.length > 0) break;
      continue;
    }
    break;
  }
  return out;
}

const SPLIT_AND = /^\s{1,3}nd(?![A-Za-z])/i;
const SPLIT_AND_END = /^\s{1,3}d(?![A-Za-z])/i;
const REASON_TOKEN = /\s+|[(),&/.:;+]|and\b|[A-Za-z](?![A-Za-z])|[A-Za-z]+|\S/iy;
