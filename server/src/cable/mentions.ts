// Mentions in the body of a cable's own references and paragraphs: `(ref A)`, `refs B and C`, `reftels A-C`,
// `REFTEL` (the only reference), `para 5`, `paras 3 and 4`. Features use them to go from a mention to what it names.

import type { Cable, Span } from './model';
import { isAsciiLetter, isDigit, isSpace, isWordChar } from './text';

/** A mention of one REF entry: the letter (or the word `reftel` for a cable with a single reference). */
export interface ReferenceMention extends Span {
  /** Index in `cable.references.references` (0 when `all`). */
  reference: number;
  /** `reftels`, `refs` with no letters in a cable with several references: all of them. */
  all?: true;
}

/** A mention of one of the cable's paragraphs: the number in `para 5`. */
export interface ParagraphMention extends Span {
  /** Index in `cable.paragraphs`. */
  paragraph: number;
}

export interface Mentions {
  references: ReferenceMention[];
  paragraphs: ParagraphMention[];
}

// `ref`, `refs`, `reftel`, `reftels`, any case, then maybe a full stop; `para`, `paras`, `paragraph(s)`.
const REF_WORD_ANYWHERE = /\brefs?(?:tels?)?\b\.?/gi;
const PARA_WORD_ANYWHERE = /\b(?:paras?|paragraphs?)\b\.?/gi;
// Words after a lone `a`/`A` that keep it a letter of the list, not the article (`ref A and B`, `ref a para 3`).
const LIST_WORDS = new Set(['and', 'or', 'para', 'paras', 'paragraph', 'paragraphs', 'through', 'thru', 'to']);

/**
 * The mentions of the cable's references and paragraphs in `text[from, to)` (by default the body, after the header).
 * Only letters that name an entry of the REF list and numbers of paragraphs the cable has count.
 */
export function findMentions(cable: Cable, text: string, from = cable.header?.end ?? 0, to = text.length): Mentions {
  return { references: findReferenceMentions(cable, text, from, to), paragraphs: findParagraphMentions(cable, text, from, to) };
}

/** Mentions of REF entries: each letter of `ref A`, `(refs B and C)`, `reftels A-C`, or a lone `reftel`. */
export function findReferenceMentions(cable: Cable, text: string, from: number, to: number): ReferenceMention[] {
  const refs = cable.references?.references ?? [];
  if (refs.length === 0) return [];
  const byLetter = new Map<string, number>();
  refs.forEach((r, i) => {
    if (r.letter && !byLetter.has(r.letter)) byLetter.set(r.letter, i);
  });
  // A list with no letters is cited by letter in its order (`REF: BUENOS AIRES 313; BUENOS AIRES 1017; BUENOS AIRES
  // 1212`, then `(Ref B)`, 09BUENOSAIRES1257 and some twenty more).
  if (byLetter.size === 0 && refs.length >= 2) for (let i = 0; i < refs.length && i < 26; i++) byLetter.set(String.fromCharCode(65 + i), i);
  const out: ReferenceMention[] = [];
  let resume = from;
  for (const m of wordsIn(REF_WORD_ANYWHERE, text, from, to)) {
    if (m.start < resume) continue;
    // (After `REF` in capitals a capital `A` is the letter, whatever follows: `… the PRT, per REF A points.`, 05MADRID395.)
    const letters = letterList(text, m.end, to, byLetter, /^REF/.test(m.word));
    if (letters.length > 0) {
      for (const l of letters) out.push(l);
      resume = letters[letters.length - 1].end;
    } else if (refs.length === 1 && /^reftel\.?$/i.test(m.word)) {
      // `REFTEL` names the one reference of a cable that has one.
      out.push({ start: m.start, end: m.start + 6, reference: 0 });
    } else if (refs.length > 1 && /^(?:reftels|refs)\.?$/i.test(m.word) && !letterFollows(text, m.end, to)) {
      // `reftels`, `(refs)`: all of them.
      const word = m.word.replace(/\.$/, '');
      out.push({ start: m.start, end: m.start + word.length, reference: 0, all: true });
    }
  }
  return out;
}

/**
 * The matches of a global pattern that start in `text[from, to)`, searched in that window only (a search from `from`
 * in the whole text would run on to the next match, however far). A match whose word goes on before `from` is none.
 */
function* wordsIn(re: RegExp, text: string, from: number, to: number): Generator<{ start: number; end: number; word: string }> {
  const window = text.slice(from, to);
  const rx = new RegExp(re.source, re.flags);
  for (let m = rx.exec(window); m; m = rx.exec(window)) {
    const start = from + m.index;
    if (m.index === 0 && from > 0 && isWordChar(text.charCodeAt(from - 1))) continue;
    yield { start, end: start + m[0].length, word: m[0] };
  }
}

/** Does a letter of a list follow (`refs E`, `refs (e)`), whether or not the REF list has it? Then it is no `all`. */
function letterFollows(text: string, at: number, to: number): boolean {
  let p = skipBlanks(text, at, to, 2);
  if (text.charCodeAt(p) === 40 /* ( */) p++;
  return p < to && isAsciiLetter(text.charCodeAt(p)) && !isWordChar(text.charCodeAt(p + 1));
}

/**
 * The letters after a `ref` word at `at`: `A`, `(a)`, `A and B`, `B, C and D`, `c & d`, `C/D`, `A-C`, `A through D`.
 * Each is a letter of the REF list, not followed by a letter or digit; a lone `a` must be followed by punctuation, the
 * end of the line or a word of the list, so that the article (`ref a senior official`) is not read as a letter.
 */
function letterList(text: string, at: number, to: number, byLetter: Map<string, number>, capitals = false): ReferenceMention[] {
  const out: ReferenceMention[] = [];
  let p = skipBlanks(text, at, to, 2);
  let previous: string | null = null;
  for (let guard = 0; guard < 26 && p < to; guard++) {
    const parenthesized = text.charCodeAt(p) === 40; /* ( */
    const letterAt = parenthesized ? p + 1 : p;
    const c = text.charCodeAt(letterAt);
    if (!isAsciiLetter(c) || isWordChar(text.charCodeAt(letterAt + 1))) break;
    if (parenthesized && text.charCodeAt(letterAt + 1) !== 41 /* ) */) break;
    const letter = String.fromCharCode(c & ~0x20);
    const index = byLetter.get(letter);
    if (index === undefined) break;
    let end = parenthesized ? letterAt + 2 : letterAt + 1;
    if (letter === 'A' && !parenthesized && !(capitals && c === 65) && !endsList(text, end, to)) break;
    if (previous !== null && letter <= previous) break;
    out.push({ start: letterAt, end: letterAt + 1, reference: index });
    previous = letter;
    // A range, `A-C` or `A through D`: the letters between stand for the whole range.
    const range = rangeEnd(text, end, to, c & ~0x20, byLetter);
    if (range) {
      for (let k = (c & ~0x20) + 1; k < range.last; k++) {
        const i = byLetter.get(String.fromCharCode(k));
        if (i !== undefined) out.push({ start: letterAt, end: range.at + 1, reference: i });
      }
      out.push({ start: range.at, end: range.at + 1, reference: range.index });
      previous = String.fromCharCode(range.last);
      end = range.end;
    }
    // A bare letter closed by `)` ends the list: `(ref A), a senior official`.
    if (!parenthesized && text.charCodeAt(end) === 41) break;
    const next = separator(text, end, to);
    if (next < 0) break;
    p = next;
  }
  return out;
}

/** After a letter: punctuation, the end of the line, or a word that continues the list? */
function endsList(text: string, at: number, to: number): boolean {
  if (at >= to) return true;
  const c = text.charCodeAt(at);
  if (c === 10 || c === 13) return true;
  if (!isSpace(c)) return !isAsciiLetter(c) && !isDigit(c);
  const p = skipBlanks(text, at, to, 3);
  if (p >= to) return true;
  const d = text.charCodeAt(p);
  if (d === 10 || d === 13 || !isAsciiLetter(d)) return true;
  let e = p;
  while (e < to && isAsciiLetter(text.charCodeAt(e))) e++;
  return LIST_WORDS.has(text.slice(p, e).toLowerCase());
}

/** `-C` or ` through D` after a letter: the last letter of the range, where it is written, and its entry. */
function rangeEnd(text: string, at: number, to: number, first: number, byLetter: Map<string, number>): { last: number; at: number; end: number; index: number } | null {
  let p = at;
  if (text.charCodeAt(p) === 45 /* - */) p++;
  else {
    const q = skipBlanks(text, p, to, 2);
    const word = /^(?:through|thru)\b/i.exec(text.slice(q, Math.min(to, q + 8)));
    if (!word || q === p) return null;
    p = skipBlanks(text, q + word[0].length, to, 2);
  }
  const parenthesized = text.charCodeAt(p) === 40;
  const letterAt = parenthesized ? p + 1 : p;
  const c = text.charCodeAt(letterAt);
  if (!isAsciiLetter(c) || isWordChar(text.charCodeAt(letterAt + 1))) return null;
  const index = byLetter.get(String.fromCharCode(c & ~0x20));
  if (index === undefined || (c & ~0x20) <= first) return null;
  return { last: c & ~0x20, at: letterAt, end: parenthesized ? letterAt + 2 : letterAt + 1, index };
}

/** Where the next item of a list starts after `, `, ` and `, ` or `, ` & `, `/`, or -1 when the list ends here. */
function separator(text: string, at: number, to: number): number {
  let p = skipBlanks(text, at, to, 3);
  const c = text.charCodeAt(p);
  let joined = false;
  if (c === 44 /* , */ || c === 38 /* & */ || c === 47 /* / */) {
    p++;
    joined = true;
  }
  p = skipBlanks(text, p, to, 3);
  const word = /^(?:and|or)\b/i.exec(text.slice(p, p + 4));
  if (word) {
    p = skipBlanks(text, p + word[0].length, to, 3);
    joined = true;
  }
  return joined && p < to ? p : -1;
}

/** Skips spaces, tabs and at most one line break (a list may wrap), at most `max` blanks in a row per line. */
function skipBlanks(text: string, at: number, to: number, max: number): number {
  let p = at;
  let run = 0;
  let breaks = 0;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) {
      if (++run > max) return p;
    } else if (c === 10 || c === 13) {
      if (c === 10 && ++breaks > 1) return p;
      run = 0;
    } else break;
    p++;
  }
  return p;
}

/**
 * Mentions of the cable's own paragraphs: `para 5`, `(paras 3 and 4)`, `paragraphs 6-8`. A paragraph of another
 * cable (`ref A para 4`, `para 3 of reftel`, `STATE 12345 para 2`) is not one of them.
 */
export function findParagraphMentions(cable: Cable, text: string, from: number, to: number): ParagraphMention[] {
  if (cable.paragraphs.length === 0) return [];
  const byNumber = new Map<number, number>();
  cable.paragraphs.forEach((p, i) => {
    if (!p.subLetter && p.listIn === null && !byNumber.has(p.number)) byNumber.set(p.number, i);
  });
  // Where the paragraphs' own numbers start (after a `¶`).
  const ownNumbers = new Set<number>();
  for (const p of cable.paragraphs) ownNumbers.add(text.charCodeAt(p.numberSpan.start) === 0xb6 ? skipBlanks(text, p.numberSpan.start + 1, p.numberSpan.end, 1) : p.numberSpan.start);
  const out: ParagraphMention[] = [];
  for (const m of wordsIn(PARA_WORD_ANYWHERE, text, from, to)) {
    if (ofAnotherCable(text, m.start)) continue;
    const found: ParagraphMention[] = [];
    let p = skipBlanks(text, m.end, to, 2);
    let last = -1;
    for (let guard = 0; guard < 20 && p < to; guard++) {
      let e = p;
      while (e < to && isDigit(text.charCodeAt(e))) e++;
      // A paragraph's own number (`… the next para.` then `4. (C) …`) is no mention.
      if (e === p || e - p > 3 || isAsciiLetter(text.charCodeAt(e)) || (opensLine(text, p) && ownNumbers.has(p))) break;
      const n = Number(text.slice(p, e));
      if (n <= last) break;
      // A range: `3-5`, `3 through 5`.
      const dash = text.charCodeAt(e) === 45 || text.charCodeAt(e) === 0x2013 ? e + 1 : -1;
      let rangeTo = n;
      let rangeAt = -1;
      let rangeEndAt = -1;
      if (dash > 0) {
        let f = dash;
        while (f < to && isDigit(text.charCodeAt(f))) f++;
        if (f > dash && f - dash <= 3) {
          rangeTo = Number(text.slice(dash, f));
          rangeAt = dash;
          rangeEndAt = f;
        }
      }
      const index = byNumber.get(n);
      if (index === undefined) break;
      found.push({ start: p, end: e, paragraph: index });
      last = n;
      if (rangeAt > 0 && rangeTo > n) {
        for (let k = n + 1; k < rangeTo; k++) {
          const i = byNumber.get(k);
          if (i !== undefined) found.push({ start: p, end: rangeEndAt, paragraph: i });
        }
        const i = byNumber.get(rangeTo);
        if (i !== undefined) found.push({ start: rangeAt, end: rangeEndAt, paragraph: i });
        last = rangeTo;
        e = rangeEndAt;
      }
      const next = separator(text, e, to);
      if (next < 0) break;
      p = next;
    }
    if (found.length > 0 && !ofAnotherCable(text, found[found.length - 1].end, true)) out.push(...found);
  }
  return out;
}

/** Is there only white space or `¶` between the start of its line and `at`? */
function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xb6) return false;
  }
  return true;
}

// (And after a resolution's number: `Resolution 1747, paragraph 5`, `Resolution (UNSCR) 1747, paragraph 5`, `UNSCR 1737 per
// paragraph 3`, 09STATE28302.)
const BEFORE_OTHER =
  /(?:\b[Rr][Ee][Ff][Ss]?(?:[Tt][Ee][Ll][Ss]?)?\b\.?(?:\s{1,2}\(?[A-Za-z]\)?)?|\b(?!PARA)[A-Z]{3,}\s{1,3}\d{2,7}|\b\d{2}[A-Z]{4,}\d{1,7}|\b(?:[Rr]esolution|RESOLUTION|UNSCR)(?:\s{1,3}\(UNSCR\))?\s{1,3}\d{1,5}(?:\s{1,3}(?:per|at|under))?)[\s,;:]{0,3}$/;
// (Also a resolution, treaty or law: `paragraph 1 of UNSC Resolution 1822`, 09STATE83026; `para 3 of UNSCR 1737`.)
const AFTER_OTHER = /^\s{0,3}(?:of|in)\s{1,3}(?:refs?(?:tels?)?\b|the\s{1,3}(?:ref|cable|report|memo|letter|agreement|resolution|law|text|draft|charter|convention|treaty|protocol|act|statute|declaration|constitution|joint|security\s+council|un|u\.n\.)\b|(?:UNSC|UN\s+Security\s+Council|Security\s+Council)\s+Resolution\b|Resolution\s+\d|UNSCR\b|Article\s+\d|Annex\b|[A-Z]{3,}\s{1,3}\d{2,7}|\d{2}[A-Z]{4,}\d)/i;

/** Is the mention at `at` one of another document: after a reference or citation, or followed by `of ref …`? */
function ofAnotherCable(text: string, at: number, after = false): boolean {
  if (after) return AFTER_OTHER.test(text.slice(at, at + 40));
  return BEFORE_OTHER.test(text.slice(Math.max(0, at - 30), at));
}
