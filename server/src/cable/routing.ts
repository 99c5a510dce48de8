// The telegram routing header: VZCZC transmission id, precedence and DTG, DE/ZNY lines, FM, TO, INFO, XMT, BT.

import type { Addressee, RoutingHeader } from './model';
import { findDateTimeGroup } from './dates';
import { collapseSpaces, isDigit, isSpace } from './text';
import { fieldAtStart } from './fields';

export type RoutingLineKind = 'transmission' | 'routingLine' | 'de' | 'security' | 'precedence' | 'from' | 'to' | 'info' | 'xmt' | 'break';

const PRECEDENCE = 'FLASH|NIACT IMMEDIATE|NIACT|IMMEDIATE|PRIORITY|ROUTINE';
const PRECEDENCE_DTG = new RegExp(`^((?:${PRECEDENCE}|[ZOPR])(?:\\s{1,3}[ZOPR])?)\\s{1,3}\\d{6}Z\\s{0,3}[A-Za-z]{3}\\s{0,3}\\d{2}\\b`, 'i');

const DE_LINE = /^DE\s{1,3}[A-Z]{4}\w*\s{1,3}#/;
const SECURITY_LINE = /^ZN[RY]\s{1,3}[A-Z]{5}\s{1,3}ZZH\b/;
// Each indicator is R, three letters, then letters or digits: one way only to read a run of them, so that a line that
// fails (`RUEHAG RUEHAO … R`) fails at once instead of trying every split of every indicator.
const ROUTING_INDICATORS = /^[ZOPR]{1,2}\s{1,3}R[A-Z]{3}[A-Z0-9]*(?:\s{1,3}R[A-Z]{3}[A-Z0-9]*)*\s*$/;

/** A precedence and date-time group (`P 010549Z MAR 08`); the DTG's digits start within the first 23 characters. */
function isPrecedenceLine(line: string): boolean {
  const limit = Math.min(line.length, 23);
  for (let k = 1; k < limit; k++) {
    const c = line.charCodeAt(k);
    if (c >= 48 && c <= 57) return PRECEDENCE_DTG.test(line);
  }
  return false;
}

/** Classifies a line as a routing-header line, or null. `line` is left-trimmed. */
export function routingLineKind(line: string): RoutingLineKind | null {
  const c = line.charCodeAt(0);
  if (c === 86 /* V */) return /^VZCZC[A-Z0-9]*$/.test(line.trimEnd()) ? 'transmission' : null;
  if (line.length > 200) return null;
  // Every routing line starts with one of B D F I N O P R T X Z; only the patterns for that letter are tried,
  // in the order that decides between them.
  switch (c) {
    case 68: // D
      return DE_LINE.test(line) ? 'de' : null;
    case 90: // Z
      if (SECURITY_LINE.test(line)) return 'security';
      if (isPrecedenceLine(line)) return 'precedence';
      return ROUTING_INDICATORS.test(line) ? 'routingLine' : null;
    case 70: // F
      if (isPrecedenceLine(line)) return 'precedence';
      return line.charCodeAt(1) === 77 /* M */ && /^FM\s{1,3}\S/.test(line) ? 'from' : null;
    case 84: // T
      return line.charCodeAt(1) === 79 /* O */ && /^TO\s{1,3}\S/.test(line) ? 'to' : null;
    case 73: // I
      if (isPrecedenceLine(line)) return 'precedence';
      if (line.startsWith('INFO') && /^INFO\s{1,3}\S/.test(line)) return /\b[A-Z]{1,5}-\d\d\b/.test(line) ? null : 'info';
      return null;
    case 88: // X
      return /^XMT\s{1,3}\S/.test(line) ? 'xmt' : null;
    case 66: // B
      return /^BT\s*$/.test(line) ? 'break' : null;
    case 78: // N
      return isPrecedenceLine(line) ? 'precedence' : null;
    case 79: // O
    case 80: // P
    case 82: // R
      // Addressee lines (`RUEHC/SECSTATE WASHDC`) start with R: both patterns need white space after one or two
      // letters, or a precedence word.
      if (!isSpace(line.charCodeAt(1)) && !isSpace(line.charCodeAt(2)) && !startsWithPrecedenceWord(line)) return null;
      if (isPrecedenceLine(line)) return 'precedence';
      return ROUTING_INDICATORS.test(line) ? 'routingLine' : null;
    default:
      return null;
  }
}

/** Does the line start with PRIORITY or ROUTINE (any case)? */
function startsWithPrecedenceWord(line: string): boolean {
  const second = line.charCodeAt(1) | 0x20;
  // `PR…` or `RO…` before the pattern: addressee lines (`RUEHC/…`) fail here.
  if (second !== 114 && second !== 111) return false;
  return /^(?:PRIORITY|ROUTINE)/i.test(line);
}

/** Creates an empty routing header starting at `start`. */
export function emptyRouting(start: number): RoutingHeader {
  return {
    start,
    end: start,
    transmissionId: null,
    routingLine: null,
    deLine: null,
    securityLine: null,
    precedence: null,
    dateTimeGroup: null,
    from: null,
    addressees: [],
    breaks: [],
  };
}

/** The routing indicator before a `/` at the start of an addressee (`RUEHC/SECSTATE`): an upper-case letter and 3–11 upper-case letters or digits. */
function routingIndicatorPrefix(text: string): string | null {
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return null;
  let k = 1;
  for (; k < 13 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
  }
  return k >= 4 && k <= 12 && text.charCodeAt(k) === 47 /* / */ ? text.slice(0, k) : null;
}
/** Precedences that may end an addressee, longest first (where two end a line, the longer one starts first). */
const TRAILING_PRECEDENCES = ['NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'FLASH', 'NIACT'];

const MISSPELT_PRECEDENCES = ['PRIORITY', 'IMMEDIATE', 'ROUTINE'];

/** The edit distance of two short words (insertions, deletions and substitutions of one letter). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Does `text` hold `word` at `at`? (A loop: `startsWith` with a position costs several times more.) */
function sameAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Parses one addressee (`RUEHC/SECSTATE WASHDC IMMEDIATE 9287`) at offset `base`. */
export function parseAddressee(text: string, base: number, role: Addressee['role']): Addressee | null {
  const trimmed = isSpace(text.charCodeAt(text.length - 1)) ? text.trimEnd() : text;
  if (!trimmed || trimmed.length > 200) return null;
  // (A header field right under the last addressee is none: `TAGS: MARR MCAP …`, `SUBJECT: …`, `REF: 09 STATE
  // 122115; 09 NAIROBI 2487` under `RUEHKH/AMEMBASSY KHARTOUM 0002`, 09NAIROBI2497.)
  const c = trimmed.charCodeAt(0) | 0x20;
  if ((c === 116 || c === 115 || c === 114 || c === 101 || c === 99) && fieldAtStart(trimmed)) return null;
  const ri = routingIndicatorPrefix(trimmed);
  const from = ri ? ri.length + 1 : 0;
  let to = trimmed.length;
  // A message number at the end: white space, then one to six digits.
  let digits = 0;
  while (to - digits > from && isDigit(trimmed.charCodeAt(to - digits - 1))) digits++;
  let messageNumber: string | null = null;
  if (digits >= 1 && digits <= 6 && to - digits - 1 >= from && isSpace(trimmed.charCodeAt(to - digits - 1))) {
    messageNumber = trimmed.slice(to - digits, to);
    to -= digits + 1;
  }
  // Then a precedence, after white space.
  let precedence: string | null = null;
  // Each precedence ends in E, Y, H or T.
  const lastLetter = trimmed.charCodeAt(to - 1);
  if (lastLetter === 69 || lastLetter === 89 || lastLetter === 72 || lastLetter === 84) {
    for (const p of TRAILING_PRECEDENCES) {
      const at = to - p.length;
      if (at - 1 >= from && isSpace(trimmed.charCodeAt(at - 1)) && sameAt(trimmed, at, p)) {
        precedence = p;
        to = at - 1;
        break;
      }
    }
  }
  // (Or misspelt: `AMEMBASSY NEW DELHI PIORITY`, 09BAKU179; `BUENOS AIRES PRIOITY`, 08BRASILIA93.)
  // (Only a word whose first and last letters are those of a precedence, and of about its length, is compared.)
  const last = trimmed.charCodeAt(to - 1);
  if (!precedence && (last === 89 || last === 69) && to - from > 6) {
    const space = trimmed.lastIndexOf(' ', to - 1);
    const word = space > from ? trimmed.slice(space + 1, to) : '';
    const meant = word.length >= 6 ? MISSPELT_PRECEDENCES.find((p) => p.charCodeAt(0) === word.charCodeAt(0) && p.charCodeAt(p.length - 1) === last && Math.abs(p.length - word.length) <= 2 && p !== word && /^[A-Z]+$/.test(word) && editDistance(p, word) <= 2) : undefined;
    if (meant) {
      precedence = meant;
      to = space;
    }
  }
  const name = trimmed.slice(from, to).trim();
  return {
    start: base,
    end: base + trimmed.length,
    role,
    routingIndicator: ri,
    routingIndicatorSpan: ri ? { start: base, end: base + ri.length } : null,
    name: name || trimmed,
    precedence,
    messageNumber,
  };
}

/** Adds one classified routing line to the header. */
export function addRoutingLine(header: RoutingHeader, kind: RoutingLineKind, line: string, base: number): void {
  const text = line.trimEnd();
  const span = { start: base, end: base + text.length };
  header.end = Math.max(header.end, span.end);
  switch (kind) {
    case 'transmission':
      header.transmissionId = { start: span.start, end: span.end, text };
      break;
    case 'routingLine': {
      const indicators: { start: number; end: number; text: string }[] = [];
      const re = /R[A-Z]{3}[A-Z0-9]*/g;
      for (let m = re.exec(text); m; m = re.exec(text)) indicators.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
      header.routingLine = { start: span.start, end: span.end, text, indicators };
      break;
    }
    case 'de': {
      const m = /^DE\s+([A-Z0-9]+)\s+#(\S+)(?:\s+(\d{3})(\d{4})\b)?/.exec(text);
      const serial = m?.[2] ?? null;
      const slash = serial ? serial.indexOf('/') : -1;
      const day = m?.[3] ? Number(m[3]) : null;
      header.deLine = {
        start: span.start,
        end: span.end,
        text,
        station: m?.[1] ?? null,
        serial,
        section: slash >= 0 ? serial!.slice(slash + 1) || null : null,
        dayOfYear: day !== null && day >= 1 && day <= 366 ? day : null,
        time: m?.[4] && Number(m[4].slice(0, 2)) < 24 && Number(m[4].slice(2)) < 60 ? m[4] : null,
      };
      break;
    }
    case 'security':
      header.securityLine = { start: span.start, end: span.end, text };
      break;
    case 'precedence': {
      const dtg = findDateTimeGroup(text, base);
      const prec = PRECEDENCE_DTG.exec(text);
      header.precedence = prec ? { start: base, end: base + prec[1].length, text: prec[1] } : null;
      header.dateTimeGroup = dtg;
      break;
    }
    case 'from': {
      const at = /^FM\s+/.exec(text)![0].length;
      const sender = text.slice(at);
      const ri = /^([A-Z][A-Z0-9]{3,11})\//.exec(sender);
      header.from = { start: base + at, end: span.end, text: ri ? sender.slice(ri[0].length) : sender, routingIndicator: ri?.[1] ?? null };
      break;
    }
    case 'to':
    case 'info':
    case 'xmt': {
      const keyword = /^(TO|INFO|XMT)\s+/.exec(text)!;
      const role = kind === 'to' ? 'TO' : kind === 'info' ? 'INFO' : 'XMT';
      // (Not the page top of the printout run on after the keyword: `TO PAGE 02        STATE   015113  182333Z`, the
      // addressees on the lines under it, 09STATE15113.)
      if (/^PAGE\s+\d{1,3}\s/.test(text.slice(keyword[0].length))) break;
      const a = parseAddressee(text.slice(keyword[0].length), base + keyword[0].length, role);
      if (a) header.addressees.push(a);
      break;
    }
    case 'break':
      header.breaks.push(span);
      break;
  }
}

const INDICATOR_LIST = /^R[A-Z]{3}[A-Z0-9]*(?:\s{1,3}R[A-Z]{3}[A-Z0-9]*)*\s*$/;

/**
 * Adds a line of routing indicators alone (`RUEHDBU RUEHDE RUEHDH`) to the routing line it continues; false when the
 * line is not such a list.
 */
export function extendRoutingLine(header: RoutingHeader, line: string, base: number): boolean {
  const routingLine = header.routingLine;
  if (!routingLine || line.charCodeAt(0) !== 82 /* R */ || !INDICATOR_LIST.test(line)) return false;
  const text = line.trimEnd();
  const re = /R[A-Z]{3}[A-Z0-9]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) routingLine.indicators.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  routingLine.text = `${routingLine.text} ${text}`;
  routingLine.end = base + text.length;
  header.end = Math.max(header.end, routingLine.end);
  return true;
}

/** The classification a `ZNY CCCCC ZZH` security line implies. */
export function levelFromSecurityLine(text: string): 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | 'LIMITED OFFICIAL USE' | 'TOP SECRET' | null {
  const m = /^ZN[RY]\s+([A-Z])\1{4}/.exec(text);
  switch (m?.[1]) {
    case 'U':
      return 'UNCLASSIFIED';
    case 'C':
      return 'CONFIDENTIAL';
    case 'S':
      return 'SECRET';
    case 'E':
      return 'LIMITED OFFICIAL USE';
    case 'T':
      return 'TOP SECRET';
    default:
      return null;
  }
}

/** The post an originator names, as reference ids spell it: `AMEMBASSY PARIS` → PARIS, `SECSTATE WASHDC` → STATE. */
export function postOfOriginator(from: string): string | null {
  const name = collapseSpaces(from.toUpperCase().replace(/[^A-Z]+$/, '')).trim();
  if (/^SECSTATE\b/.test(name)) return 'STATE';
  const m = /^(?:AMEMBASSY|AMCONSUL|USMISSION|USINT|USOFFICE|AIT|AMEMB|US MISSION)\s+(.+)$/.exec(name);
  const post = (m ? m[1] : name).replace(/\s+(?:WASHDC|GE|IT|SZ)$/, '');
  return /^[A-Z][A-Z .'-]*$/.test(post) ? post : null;
}
