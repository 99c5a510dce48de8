// Paragraph numbers at a line start (`6.`, `¶6.`, `16.`, `2a.`, `1.(C)`, `3.C)`), read character by character.
// It is the parser's hottest test (every line that starts with a digit); done by hand it makes no match arrays.

import { isAsciiLetter, isDigit, isSpace } from './text';

/** Where a paragraph number was found; reused between calls (read it before the next call). */
export interface NumberMatch {
  /** Offset just after the `.`. */
  end: number;
  pilcrow: boolean;
  digitsStart: number;
  digitsEnd: number;
  /** The sub-letter (`2a.`), or null. */
  letter: string | null;
}

const found: NumberMatch = { end: 0, pilcrow: false, digitsStart: 0, digitsEnd: 0, letter: null };

/**
 * Reads a paragraph number at `at`: an optional `¶` and one white-space character, one to `maxDigits` digits, an
 * optional lower-case letter and white-space character, a `.` (or `..` before white space or `(`) not followed by a
 * digit, and then white space, `(`, the end of the line, or one to three letters closed by `)` (`1.C)`). Null when
 * there is none.
 */
export function paragraphNumberAt(text: string, at: number, maxDigits: number): NumberMatch | null {
  let p = at;
  let pilcrow = false;
  if (text.charCodeAt(p) === 0xb6) {
    pilcrow = true;
    p++;
    if (isSpace(text.charCodeAt(p))) p++;
  }
  const digitsStart = p;
  while (p < text.length && isDigit(text.charCodeAt(p))) p++;
  const digits = p - digitsStart;
  if (digits === 0 || digits > maxDigits) return null;
  const digitsEnd = p;
  let letter: string | null = null;
  const l = text.charCodeAt(p);
  if (l >= 97 && l <= 122) {
    letter = text.charAt(p);
    p++;
  }
  if (isSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 46 /* . */) return null;
  p++;
  // A doubled stop before the marking (`3.. (SBU)`, a typing slip seen in the corpus) still ends the number.
  if (text.charCodeAt(p) === 46 && (isSpace(text.charCodeAt(p + 1)) || text.charCodeAt(p + 1) === 40)) p++;
  if (p < text.length) {
    const next = text.charCodeAt(p);
    if (isDigit(next)) return null;
    if (!isSpace(next) && next !== 40 /* ( */ && !closedLetters(text, p)) return null;
  }
  found.end = p;
  found.pilcrow = pilcrow;
  found.digitsStart = digitsStart;
  found.digitsEnd = digitsEnd;
  found.letter = letter;
  return found;
}

/** One to three ASCII letters and a `)` at `p`. */
function closedLetters(text: string, p: number): boolean {
  let k = 0;
  while (k < 4 && isAsciiLetter(text.charCodeAt(p + k))) k++;
  return k >= 1 && k <= 3 && text.charCodeAt(p + k) === 41 /* ) */;
}

/** Where the one to three digits at `at` end, when they spell `expected` and `stop` follows them; -1 otherwise. */
function expectedDigits(text: string, at: number, expected: number, stop: number): number {
  let p = at;
  while (p - at < 3 && isDigit(text.charCodeAt(p))) p++;
  return p > at && text.charCodeAt(p) === stop && Number(text.slice(at, p)) === expected ? p : -1;
}

/** The match of a number from `at` to `digitsEnd`, its stop one character after. */
function plainMatch(at: number, digitsEnd: number): NumberMatch {
  found.end = digitsEnd + 1;
  found.pilcrow = false;
  found.digitsStart = at;
  found.digitsEnd = digitsEnd;
  found.letter = null;
  return found;
}

/**
 * Reads the paragraph number `expected` glued to a capitalised word (`2.In interviews`): one to three digits, a `.`,
 * an upper-case then a lower-case letter. Null when there is none or it is another number.
 */
export function gluedParagraphNumberAt(text: string, at: number, expected: number): NumberMatch | null {
  const p = expectedDigits(text, at, expected, 46 /* . */);
  if (p < 0) return null;
  const upper = text.charCodeAt(p + 1);
  const lower = text.charCodeAt(p + 2);
  return upper >= 65 && upper <= 90 && lower >= 97 && lower <= 122 ? plainMatch(at, p) : null;
}

/**
 * Reads the paragraph number `expected` typed with a comma for its stop (`18, (SBU)`: digits, `,`, white space) or
 * with none (`4 (C) Montel said …`, 09PARIS1349: digits, then a space); the caller checks that a marking follows.
 */
export function looseParagraphNumberAt(text: string, at: number, expected: number): NumberMatch | null {
  const p = expectedDigits(text, at, expected, 44 /* , */);
  if (p >= 0) return isSpace(text.charCodeAt(p + 1)) ? plainMatch(at, p) : null;
  const q = expectedDigits(text, at, expected, 32 /* space */);
  if (q < 0) return null;
  const m = plainMatch(at, q);
  m.end = q;
  return m;
}
