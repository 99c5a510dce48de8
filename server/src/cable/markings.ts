// Classification levels, caveats and portion markings: recognition, normalisation and comparison.

import type { Level, PortionMarking } from './model';

/** The rank of a level (UNCLASSIFIED = 0 … TOP SECRET = 4); -1 for null. */
export function levelRank(level: Level | null): number {
  // The order of LEVELS, as a switch: the rules rank every portion of every cable.
  switch (level) {
    case 'UNCLASSIFIED':
      return 0;
    case 'LIMITED OFFICIAL USE':
      return 1;
    case 'CONFIDENTIAL':
      return 2;
    case 'SECRET':
      return 3;
    case 'TOP SECRET':
      return 4;
    default:
      return -1;
  }
}

/** Short names used in portion markings and messages. */
export const LEVEL_ABBREVIATION: Record<Level, string> = {
  UNCLASSIFIED: 'U',
  'LIMITED OFFICIAL USE': 'LOU',
  CONFIDENTIAL: 'C',
  SECRET: 'S',
  'TOP SECRET': 'TS',
};

const PORTION_LEVELS: Record<string, { level: Level; caveat?: string }> = {
  U: { level: 'UNCLASSIFIED' },
  SBU: { level: 'UNCLASSIFIED', caveat: 'SBU' },
  LOU: { level: 'LIMITED OFFICIAL USE' },
  C: { level: 'CONFIDENTIAL' },
  S: { level: 'SECRET' },
  TS: { level: 'TOP SECRET' },
};

/** Caveat abbreviations and their canonical names. */
const CAVEATS: Record<string, string> = {
  NF: 'NOFORN',
  N: 'NOFORN',
  NOFORN: 'NOFORN',
  FOUO: 'FOUO',
  SBU: 'SBU',
  FGI: 'FGI',
  OC: 'ORCON',
  ORCON: 'ORCON',
  PROPIN: 'PROPIN',
  PR: 'PROPIN',
  REL: 'REL',
  NC: 'NOCONTRACT',
  NOCONTRACT: 'NOCONTRACT',
  SI: 'SI',
  TK: 'TK',
  HCS: 'HCS',
  LES: 'LES',
};

/** The canonical name of a caveat token, or null when unknown. */
export function caveatName(token: string): string | null {
  return CAVEATS[token.toUpperCase()] ?? null;
}

const MARKING_CONTENT = /^[A-Za-z]{1,6}(?:\s*(?:\/{1,2}|-)\s*[A-Za-z]{1,8}){0,4}$/;

/**
 * Interprets the text of a candidate portion marking such as `(S//NF)`, `(c)`, `( C )` or `C)`.
 * Returns null when the text does not look like a marking at all (e.g. `(Begin text)`).
 */
export function parsePortionMarking(written: string, start: number): PortionMarking | null {
  let shape = markingCache.get(written);
  if (shape === undefined) {
    shape = markingShape(written);
    if (markingCache.size < 1000) markingCache.set(written, shape);
  }
  return shape ? fromShape(shape, start) : null;
}

/** Shapes of the one-letter markings `(C)`, `(s)` …, by the letter's code: the commonest, read without a substring. */
const ONE_LETTER: (MarkingShape | null | undefined)[] = [];

/** The portion marking `text[start, end)`, which starts with `(` and ends with `)`. */
export function portionMarkingIn(text: string, start: number, end: number): PortionMarking | null {
  if (end - start === 3) {
    const letter = text.charCodeAt(start + 1);
    if (letter < 128) {
      let shape = ONE_LETTER[letter];
      if (shape === undefined) shape = ONE_LETTER[letter] = markingShape(text.slice(start, end));
      return shape ? fromShape(shape, start) : null;
    }
  }
  return parsePortionMarking(text.slice(start, end), start);
}

function fromShape(shape: MarkingShape, start: number): PortionMarking {
  // An explicit literal: object spread is an order of magnitude slower on this hot path.
  return {
    start,
    end: start + shape.written.length,
    written: shape.written,
    normalized: shape.normalized,
    level: shape.level,
    caveats: shape.caveats.slice(),
    recognized: shape.recognized,
    malformed: shape.malformed,
  };
}

type MarkingShape = Omit<PortionMarking, 'start' | 'end'>;
const markingCache = new Map<string, MarkingShape | null>();

/** `REL TO USA, FVEY` / `REL RUSSIA` at the end of a marking: releasable to the countries named (any case). */
const RELEASABLE = /^(.*?)\s*(\/{1,2})\s*(REL(?:\s+TO)?\s+[A-Z]{2,12}(?:\s*,\s*[A-Z]{2,12}){0,12})$/i;

/** Levels written out in full inside a marking (`(SECRET//REL CHINA)`): recognised, and written wrongly. */
const SPELLED_LEVELS: Record<string, string | undefined> = { UNCLASSIFIED: 'U', CONFIDENTIAL: 'C', SECRET: 'S', 'TOP SECRET': 'TS' };

const ENTIRE_TEXT = /^([A-Za-z ]{1,24}?)\s{0,2}[-–]\s{0,2}ENTIRE\s{1,2}TEXT$/i;

function markingShape(written: string, caveatsFollow = false): MarkingShape | null {
  const open = written.startsWith('(');
  const close = written.endsWith(')');
  const inner = written.slice(open ? 1 : 0, close ? written.length - 1 : written.length).trim();
  const rel = RELEASABLE.exec(inner);
  if (open && close && rel) {
    // No level before the release list, `(/Rel UK)`: a marking, and one nobody recognises.
    if (rel[1].trim() === '') return { written, normalized: null, level: null, caveats: [], recognized: false, malformed: false };
    const head = markingShape(`(${rel[1]})`, true);
    if (!head) return null;
    const releasable = rel[3].toUpperCase().replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ');
    const normalized = head.normalized ? `${head.normalized.slice(0, -1)}${rel[2]}${releasable})` : null;
    return { ...head, written, normalized, caveats: [...head.caveats, releasable], malformed: head.malformed || rel[3] !== releasable };
  }
  // `(C - ENTIRE TEXT)`: the level of the whole text, set on the first paragraph of older cables.
  const entire = open && close ? ENTIRE_TEXT.exec(inner) : null;
  if (entire) {
    const head = markingShape(`(${entire[1]})`, true);
    if (!head?.recognized) return null;
    // Spelled out or abbreviated, spaced or not, both are the usual forms; only lower case is a slip.
    const normalized = `${head.normalized!.slice(0, -1)} - ENTIRE TEXT)`;
    return { ...head, written, normalized, malformed: written !== written.toUpperCase() };
  }
  // A level written out in full is read as its abbreviation.
  const firstWord = /^(?:TOP\s{1,2}SECRET\b|[A-Za-z]+)/i.exec(inner)?.[0];
  const spelled = firstWord ? SPELLED_LEVELS[firstWord.toUpperCase().replace(/\s+/, ' ')] : undefined;
  const content = spelled ? spelled + inner.slice(firstWord!.length) : inner;
  if (!close || content.length === 0 || content.length > 24 || !MARKING_CONTENT.test(content)) return null;
  const parts = content.split(/\s*(?:\/{1,2}|-)\s*/);
  const upper = content.toUpperCase();
  const lowerCaseWords = content !== upper;
  // A lower-case word of several letters is prose, e.g. `(Note)`; a lone lower-case letter may be a sloppy level.
  if (lowerCaseWords && parts.some((p) => p.length > 3 && !caveatName(p) && !PORTION_LEVELS[p.toUpperCase()])) return null;
  // A level written out in full is a marking only with caveats after it: `(SECRET)` alone is as likely prose.
  if (spelled && parts.length < 2 && !caveatsFollow) return null;
  const head = PORTION_LEVELS[parts[0].toUpperCase()];
  const caveats: string[] = [];
  let recognized = head !== undefined;
  if (head?.caveat) caveats.push(head.caveat);
  for (const part of parts.slice(1)) {
    const name = caveatName(part);
    if (name) {
      if (!caveats.includes(name)) caveats.push(name);
    } else recognized = false;
  }
  const separators = content.match(/\/{1,2}|-/g) ?? [];
  const canonicalSeparators = separators.map((s) => (s === '-' ? '/' : s));
  let normalized: string | null = null;
  if (recognized) {
    normalized = '(' + parts.map((p, i) => (i === 0 ? '' : canonicalSeparators[i - 1]) + p.toUpperCase()).join('') + ')';
  }
  return {
    written,
    normalized,
    level: recognized && head ? head.level : null,
    caveats: recognized ? caveats : [],
    recognized,
    malformed: recognized && normalized !== written,
  };
}

/** Formats a level and caveats as a banner-style string, e.g. `SECRET//NOFORN`. */
export function formatClassification(level: Level | null, caveats: readonly string[]): string {
  if (!level) return 'no classification';
  if (caveats.length === 0) return level;
  return [level, ...caveats].join('//');
}

/** Does a portion with these caveats need a NOFORN in the banner or captions? */
export function isNoforn(caveats: readonly string[]): boolean {
  return caveats.includes('NOFORN');
}
