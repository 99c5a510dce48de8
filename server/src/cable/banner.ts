// Classification banner lines: `C O N F I D E N T I A L SECTION 01 OF 02 ISTANBUL 001019`, `UNCLAS STATE 089712` …

import type { BannerLine, Level, Span } from './model';
import { caveatName } from './markings';
import { collapseSpaces } from './text';

// Each level may be written with its letters spaced out; runs of 0–2 spaces between letters keep this linear.
// A doubled first letter (`SS E C R E T`) is a typing slip seen in real cables.
const spaced = (word: string) => word.charAt(0) + '?' + word.split('').join(' {0,2}');
const LEVEL_PATTERN = new RegExp(
  '^[ \\t]*(' +
    [
      `${spaced('TOP')} {1,3}${spaced('SECRET')}`,
      `${spaced('LIMITED')} {1,3}${spaced('OFFICIAL')} {1,3}${spaced('USE')}`,
      spaced('CONFIDENTIAL'),
      spaced('SECRET'),
      `${spaced('UNCLAS')}(?: {0,2}${spaced('SIFIED')})?`,
    ].join('|') +
    ')(?=$|[\\s/])',
  'i',
);

/** The level of a written level word; `written` matched LEVEL_PATTERN, so its first letter tells which. */
function levelOf(written: string): Level {
  switch (written.charCodeAt(0) | 0x20) {
    case 116: // t
      return 'TOP SECRET';
    case 108: // l
      return 'LIMITED OFFICIAL USE';
    case 99: // c
      return 'CONFIDENTIAL';
    case 115: // s
      return 'SECRET';
    default:
      return 'UNCLASSIFIED';
  }
}

/** Caveat words that may follow the level on a banner line. */
const BANNER_CAVEATS: Record<string, string> = {
  NOFORN: 'NOFORN',
  NF: 'NOFORN',
  SENSITIVE: 'SBU',
  SBU: 'SBU',
  FOUO: 'FOUO',
  'FOR OFFICIAL USE ONLY': 'FOUO',
  ORCON: 'ORCON',
  NOCONTRACT: 'NOCONTRACT',
  PROPIN: 'PROPIN',
  'E F T O': 'EFTO',
  EFTO: 'EFTO',
  FGI: 'FGI',
};

// Matched in place (sticky) after the level, so that no substring is made for each step.
const CAVEAT_PATTERN = /[\s/]*(NOFORN|NF|SENSITIVE(?: BUT UNCLASSIFIED)?|SBU|FOUO|FOR OFFICIAL USE ONLY|ORCON|NOCONTRACT|PROPIN|E F T O|EFTO|FGI)(?=$|[\s/,])/iy;
/**
 * The declassification instruction a classification line in the later form may end with (`SECRET//FGI//NOFORN//MR`,
 * 08STATE116943): part of the line, no caveat.
 */
const DECL_TAIL = /\s*\/\/\s*MR\s*$/y;
const SECTION_PATTERN = /\s*SECTION\s{1,3}(\d{1,3})\s{1,3}OF\s{1,3}(\d{1,3})/iy;
const POST_SERIAL_PATTERN = /\s*(?:\d{2}\s{1,3})?([A-Za-z][A-Za-z.' -]{0,40}?)\s{1,8}(\d{3,7})(?=\s{2,}|\s*$)/y;

export interface BannerMatch {
  level: Level;
  levelWritten: string;
  levelStart: number;
  levelEnd: number;
  caveats: string[];
  section: { number: number; total: number; start: number; end: number } | null;
  post: string | null;
  serial: string | null;
  /** Unexplained text after the level. */
  rest: string;
  /** Where the recognised banner text ends within the line. */
  end: number;
  /** The level word was misspelt (`E C R E T`, `CSE C R E T`) and guessed. */
  garbled: boolean;
}

/** Recognises a banner line; offsets are relative to the line. */
export function matchBanner(whole: string): BannerMatch | null {
  // A banner is short; a partial extract may run captions and fields on after it, so look at its start only.
  const line = whole.length > 200 ? whole.slice(0, 200) : whole;
  const m = LEVEL_PATTERN.exec(line);
  if (!m) return null;
  const levelWritten = m[1];
  const levelStart = m.index + m[0].length - levelWritten.length;
  const levelEnd = levelStart + levelWritten.length;
  let pos = levelEnd;
  const caveats: string[] = [];
  let section: BannerMatch['section'] = null;
  for (let guard = 0; guard < 8 && pos < line.length; guard++) {
    CAVEAT_PATTERN.lastIndex = pos;
    const cav = CAVEAT_PATTERN.exec(line);
    if (cav) {
      const name = BANNER_CAVEATS[cav[1].toUpperCase().replace(/ BUT UNCLASSIFIED$/, '')] ?? caveatName(cav[1]);
      if (name && !caveats.includes(name)) caveats.push(name);
      pos += cav[0].length;
      continue;
    }
    DECL_TAIL.lastIndex = pos;
    if (caveats.length > 0 && DECL_TAIL.test(line)) {
      pos = line.length;
      break;
    }
    if (section) break;
    SECTION_PATTERN.lastIndex = pos;
    const sec = SECTION_PATTERN.exec(line);
    if (sec) {
      const start = pos + sec[0].length - sec[0].trimStart().length;
      section = { number: Number(sec[1]), total: Number(sec[2]), start, end: pos + sec[0].length };
      pos += sec[0].length;
      continue;
    }
    break;
  }
  let post: string | null = null;
  let serial: string | null = null;
  POST_SERIAL_PATTERN.lastIndex = pos;
  const ps = pos < line.length ? POST_SERIAL_PATTERN.exec(line) : null;
  if (ps) {
    post = collapseSpaces(ps[1].trim());
    serial = ps[2];
  }
  const end = ps ? pos + ps[0].length : line.trimEnd().length;
  const rest = ps ? '' : pos < line.length ? line.slice(pos).trim() : '';
  return { level: levelOf(levelWritten), levelWritten, levelStart, levelEnd, caveats, section, post, serial, rest, end, garbled: false };
}

// A word, then letters spaced one by one (`E C R E T`, `CSE C R E T`, `SECRE`): the post after them (`SANAA`) is no
// part of the level.
const GARBLED_PATTERN = /^[ \t]*([A-Za-z]{1,16}(?: {1,2}(?![Ss][Ee][Cc][Tt][Ii][Oo][Nn]\b)[A-Za-z]){0,16})(?=\s)/;

/**
 * Recognises a banner whose level word is misspelt (`E C R E T BAGHDAD 000146`, `O N F I D E N T I A L …`) but
 * which is otherwise a banner: a section and/or a post and serial follow. The level is guessed from the letters.
 */
export function matchGarbledBanner(line: string): BannerMatch | null {
  if (line.length > 160 || line.includes('/') || !/\d\s*$|SECTION/i.test(line)) return null;
  const m = GARBLED_PATTERN.exec(line);
  if (!m) return null;
  const compact = m[1].replace(/\s+/g, '').toUpperCase();
  if (compact.length < 4) return null;
  let level: Level | null = null;
  if (/ECRET|SECRE|SCRET/.test(compact)) level = 'SECRET';
  else if (/ONFID|NFIDEN|FIDENTIAL/.test(compact)) level = 'CONFIDENTIAL';
  else if (/NCLAS|UNCLA/.test(compact)) level = 'UNCLASSIFIED';
  if (!level) return null;
  const levelStart = m.index + m[0].length - m[1].length;
  const padded = ' '.repeat(m[0].length) + line.slice(m[0].length);
  const asBanner = matchBanner('SECRET' + padded.slice(6));
  if (!asBanner || (!asBanner.section && !asBanner.serial)) return null;
  return { ...asBanner, level, levelWritten: m[1], levelStart, levelEnd: levelStart + m[1].length, garbled: true };
}

/** Builds the model's banner line from a match at line offset `base`. */
export function toBannerLine(text: string, match: BannerMatch, base: number, end: number, position: BannerLine['position']): BannerLine {
  return {
    start: base + match.levelStart,
    end,
    position,
    text: text.slice(base + match.levelStart, end),
    level: match.level,
    levelSpan: { start: base + match.levelStart, end: base + match.levelEnd },
    levelWritten: match.levelWritten,
    caveats: match.caveats,
    section: match.section
      ? { number: match.section.number, total: match.section.total, span: { start: base + match.section.start, end: base + match.section.end } }
      : null,
    post: match.post,
    serial: match.serial,
  };
}

/**
 * Is `banner` a classification line of the header that completes the top banner: a repeat at the same level, with
 * every caveat of the top banner and more, before the header's end (`S E C R E T STATE 119085` then `SECRET//NOFORN`)
 * or between it and the first paragraph (`Classified By: Derived from Multiple Sources` then `SECRET//FGI//NOFORN`,
 * 09STATE67105)?
 */
export function isHeaderClassificationLine(banner: BannerLine, top: BannerLine, cable: { header: Span | null; paragraphs: readonly Span[] }): boolean {
  const header = cable.header;
  return (
    banner.position === 'section' &&
    header !== null &&
    banner.start < Math.max(header.end, cable.paragraphs.length > 0 ? cable.paragraphs[0].start : 0) &&
    banner.level === top.level &&
    banner.caveats.length > top.caveats.length &&
    top.caveats.every((c) => banner.caveats.includes(c))
  );
}
