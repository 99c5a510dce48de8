// Line splitting and small text helpers shared by the parser and the features.

/** Start and end offsets (end excludes the line break) of the `count` lines of a text. */
export interface LineTable {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

// The parser reads its lines from these buffers, reused from one parse to the next: a parse is synchronous and
// never nested, and the model keeps no reference to them. Growing plain arrays line by line allocated several
// times their final size on every parse.
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

function grow(): void {
  const starts = new Int32Array(scratchStarts.length * 2);
  starts.set(scratchStarts);
  scratchStarts = starts;
  const ends = new Int32Array(scratchEnds.length * 2);
  ends.set(scratchEnds);
  scratchEnds = ends;
}

/**
 * The lines of a text in the shared buffers: valid until the next call. For the parser only; everyone else calls
 * `splitLines`. `\r\n`, `\n` and a lone `\r` are line breaks.
 */
export function sharedLineTable(text: string): LineTable {
  let n = 0;
  let start = 0;
  if (text.indexOf('\r') < 0) {
    for (;;) {
      if (n === scratchStarts.length) grow();
      const nl = text.indexOf('\n', start);
      scratchStarts[n] = start;
      if (nl < 0) {
        scratchEnds[n++] = text.length;
        break;
      }
      scratchEnds[n++] = nl;
      start = nl + 1;
    }
  } else {
    const re = /\r\n|\r|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (n === scratchStarts.length) grow();
      scratchStarts[n] = start;
      scratchEnds[n++] = m.index;
      start = m.index + m[0].length;
    }
    if (n === scratchStarts.length) grow();
    scratchStarts[n] = start;
    scratchEnds[n++] = text.length;
  }
  return { starts: scratchStarts, ends: scratchEnds, count: n };
}

/** Splits a text into lines, treating `\r\n`, `\n` and a lone `\r` as line breaks. */
export function splitLines(text: string): LineTable {
  const shared = sharedLineTable(text);
  return { starts: shared.starts.slice(0, shared.count), ends: shared.ends.slice(0, shared.count), count: shared.count };
}

/** The 0-based line containing an offset (binary search in the line table). */
export function lineOfOffset(table: LineTable, offset: number): number {
  let lo = 0;
  let hi = table.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first non-whitespace character at or after `from`, bounded by `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    i++;
  }
  return i;
}

/** Index just after the last non-whitespace character before `to`, bounded below by `from`. */
export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) break;
    i--;
  }
  return i;
}

/** Is this character code a digit 0–9? */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is this character code an ASCII letter? */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Is this character code one of `\w`: an ASCII letter, a digit or `_` (NaN, beyond a text, is not)? */
export function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** Is this character code white space as `\s` matches it in a regular expression? */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space other than a single space. */
const MULTIPLE_SPACE = /\s\s|[^\S ]/;

/** The text with each run of white space made one space; the same string when there is nothing to change. */
export function collapseSpaces(text: string): string {
  return MULTIPLE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Are the spans in order of their start? (Sorting costs more than looking, and most lists are in order already.) */
export function inStartOrder(spans: readonly { start: number }[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1].start > spans[k].start) return false;
  return true;
}

/** A text without the `¶` (and one space) the published HTML put before line-initial numbers and letters (`¶B. MOSCOW 5000`). */
export function withoutPilcrow(text: string): string {
  return text.charCodeAt(0) === 0xb6 ? text.slice(text.charCodeAt(1) === 32 ? 2 : 1) : text;
}

/**
 * A REF entry as written, its letter once where the published copy wrote it twice (`A. A) SECSTATE 52920`,
 * 05MADRID1178; `A. (A) LONDON 2198`), and without a `¶` before it.
 */
export function refEntryAsWritten(written: string): string {
  return withoutPilcrow(written).replace(/^(\(?([A-Za-z])(?:[.)]|:(?=\s)))\s*\(?\2[.)](\s+)/, '$1$3');
}

const PARTICIPANTS = /^(?:participants|attendees)(?:\b[^.:]{0,30}:|\s*:?)$|^meeting\s+(?:participants|attendees)\s*[:.]?$/i;

/** Does a paragraph's lead (`Participants:`) introduce a list of the participants of a meeting, a name a line? */
export function isParticipantsLead(lead: string): boolean {
  return PARTICIPANTS.test(lead.trim());
}

/** Is `text[from, to)` a rule: three or more of `-`, `=`, `_`, `*`, maybe with spaces between (`- - - - -`)? */
export function isRule(text: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  let marks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 61 || c === 95 || c === 42) marks++;
    else if (c !== 32 || k === from) return false;
  }
  return marks >= 3;
}

/**
 * Does the line `text[from, to)` (without its outer white space) only separate, standing for a blank line: a rule, or
 * a lone `.` or `-` (06MOSCOW5740, 90CAPETOWN97)?
 */
export function isSeparator(text: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 46 || c === 45;
  }
  return isRule(text, from, to);
}

// Not the last part of an office (`WHA/AND`, `SCA/A`, `USFOR-A`).
const UNFINISHED_END = /(?:(?<![/-])\b(?:A|AN|THE|OF|TO|IN|ON|AT|BY|FOR|WITH|FROM|AND|OR|BUT|THAT|WHICH|WHO|WHOSE|IS|ARE|WAS|WERE|BE|HAS|HAVE|HAD|WOULD|WILL|COULD|SHOULD)|,)\s*$/i;

/**
 * Does a line stop on an article, a preposition, a conjunction or a comma (`… CHIRAC COULD BECOME A`)? Then a sentence
 * was cut off there (by a page break, or blank lines of the printout): no title ends so, and the text goes on.
 */
export function endsUnfinished(line: string): boolean {
  return UNFINISHED_END.test(line);
}

const DISTRIBUTION_LINE = /^(?:(?:ACTION|INFO)\s+)?(?:[A-Z]{1,5}-\d\d\s*){1,}(?:\/\d{3}\s*[A-Z]?)?$/;
const DISTRIBUTION_TAIL = /^-{6,}\d+\s+\d{6}Z\s+\/\d+$/;

/**
 * Is a header line the receiving post's distribution printout of the copy: `ACTION AF-00`, `INFO  LOG-00   EEB-00 …`,
 * `SANA-00    /001W` (90CAPETOWN97, 10SANAA4), or its tail `------------------3A0F06  041341Z /38`?
 */
export function isDistributionLine(line: string): boolean {
  const t = line.trim();
  return DISTRIBUTION_LINE.test(t) || DISTRIBUTION_TAIL.test(t);
}
