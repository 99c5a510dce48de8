// Caption and handling lines after the banner: SIPDIS, NOFORN, NODIS, EXDIS, SENSITIVE, CORRECTED COPY …

import type { CaptionKind } from './model';
import { isAsciiLetter, isSpace } from './text';

interface CaptionDef {
  caption: string;
  kind: CaptionKind;
  /** The classification caveat this caption adds to the cable, if any. */
  caveat?: string;
}

/** Known captions by their compact spelling (letters only, upper case). */
const CAPTIONS: Record<string, CaptionDef> = {
  SIPDIS: { caption: 'SIPDIS', kind: 'distribution' },
  NOFORN: { caption: 'NOFORN', kind: 'control', caveat: 'NOFORN' },
  SENSITIVE: { caption: 'SENSITIVE', kind: 'control', caveat: 'SBU' },
  SENSITIVEBUTUNCLASSIFIED: { caption: 'SENSITIVE BUT UNCLASSIFIED', kind: 'control', caveat: 'SBU' },
  SBU: { caption: 'SBU', kind: 'control', caveat: 'SBU' },
  FOROFFICIALUSEONLY: { caption: 'FOR OFFICIAL USE ONLY', kind: 'control', caveat: 'FOUO' },
  FOUO: { caption: 'FOUO', kind: 'control', caveat: 'FOUO' },
  ORCON: { caption: 'ORCON', kind: 'control', caveat: 'ORCON' },
  PROPIN: { caption: 'PROPIN', kind: 'control', caveat: 'PROPIN' },
  NOCONTRACT: { caption: 'NOCONTRACT', kind: 'control', caveat: 'NOCONTRACT' },
  NODIS: { caption: 'NODIS', kind: 'channel' },
  EXDIS: { caption: 'EXDIS', kind: 'channel' },
  LIMDIS: { caption: 'LIMDIS', kind: 'channel' },
  STADIS: { caption: 'STADIS', kind: 'channel' },
  CHEROKEE: { caption: 'CHEROKEE', kind: 'channel' },
  ROGER: { caption: 'ROGER', kind: 'channel' },
  CORRECTEDCOPY: { caption: 'CORRECTED COPY', kind: 'correction' },
  EFTO: { caption: 'EFTO', kind: 'handling' },
  DIPLOMATICSECURITY: { caption: 'DIPLOMATIC SECURITY', kind: 'handling' },
  TERREP: { caption: 'TERREP', kind: 'handling' },
};

/** The names of all known captions, for completion and hover. */
export const CAPTION_NAMES: readonly string[] = [...new Set(Object.values(CAPTIONS).map((c) => c.caption))];

/** The same table as a Map: a lookup by a string made on the fly is faster in a Map than on an object. */
const CAPTION_MAP = new Map(Object.entries(CAPTIONS));
/** Each caption's caveat, by the caption's own spelling. */
const CAVEAT_BY_CAPTION = new Map(Object.values(CAPTIONS).map((c) => [c.caption, c.caveat ?? null]));

/** Letters only, upper case: the key of a caption line whose characters are letters, spaces, dots and slashes. */
function compactKey(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 65 || c > 90) {
      // The caller let through only letters, spaces, dots and slashes.
      let key = s.slice(0, k);
      for (let j = k; j < s.length; j++) {
        const d = s.charCodeAt(j);
        if (d >= 65 && d <= 90) key += s.charAt(j);
        else if (d >= 97 && d <= 122) key += String.fromCharCode(d - 32);
      }
      return key;
    }
  }
  return s;
}

export interface CaptionMatch {
  caption: string;
  kind: CaptionKind;
  caveat: string | null;
  /** Offset and length within the line. */
  at: number;
  length: number;
}

/** How to handle the cable, after a caption: `-- HANDLE ACCORDINGLY`, `, NOT FOR INTERNET DISTRIBUTION` (09STATE15113). */
const HANDLE_SUFFIX = /(?:\s*-{1,2}\s*HANDLE\s+ACCORDINGLY|\s*[,;]\s*NOT\s+FOR\s+INTERNET\s+DISTRIBUTION)\.?$/i;
const CORRECTED_WITH_REASON = /^C ?O ?R ?R ?E ?C ?T ?E ?D {1,3}C ?O ?P ?Y(?: {0,3}\([A-Za-z0-9 ,./-]{1,50}\)| {1,3}CAPTION)$/i;

/** Recognises a caption line (`SIPDIS`, `C O R R E C T E D  C O P Y`, `NOFORN SIPDIS`); null otherwise. */
export function matchCaptions(line: string): CaptionMatch[] | null {
  if (line.length > 70) return null;
  // Only letters, spaces, dots and slashes between the white space at either end: most lines fail at once.
  let from = 0;
  let to = line.length;
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  if (from === to) return null;
  // `C O R R E C T E D  C O P Y (ADDRESSEE)`, `CORRECTED COPY CAPTION`: the correction caption with what was corrected.
  if ((line.charCodeAt(from) | 0x20) === 99 /* c */ && CORRECTED_WITH_REASON.test(line.slice(from, to))) {
    return [{ caption: 'CORRECTED COPY', kind: 'correction', caveat: null, at: from, length: to - from }];
  }
  // `SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`, `NOFORN, NOT FOR INTERNET DISTRIBUTION`: the caption and how
  // to handle the cable.
  const lastLetter = line.charCodeAt(to - 1) | 0x20;
  if (lastLetter === 121 /* y */ || lastLetter === 46 /* . */ || (lastLetter === 110 /* n */ && to - from > 30 && (line.charCodeAt(to - 12) | 0x20) === 100 /* `distribution` */)) {
    const handling = HANDLE_SUFFIX.exec(line.slice(from, to));
    if (handling && handling.index > 0) return matchCaptions(line.slice(0, from + handling.index));
  }
  if (to - from > 40) return null;
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    if (!(isAsciiLetter(c) || c === 32 || c === 46 || c === 47)) return null;
  }
  const trimmed = line.slice(from, to);
  const whole = CAPTION_MAP.get(compactKey(trimmed));
  if (whole) {
    const at = line.indexOf(trimmed);
    return [{ caption: whole.caption, kind: whole.kind, caveat: whole.caveat ?? null, at, length: trimmed.length }];
  }
  const out: CaptionMatch[] = [];
  const re = /[A-Za-z]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const def = CAPTION_MAP.get(m[0].toUpperCase());
    if (!def) return null;
    out.push({ caption: def.caption, kind: def.kind, caveat: def.caveat ?? null, at: m.index, length: m[0].length });
  }
  return out.length > 0 ? out : null;
}

/** The caveat a caption implies (`NOFORN` → NOFORN, `SENSITIVE` → SBU), or null. */
export function captionCaveat(caption: string): string | null {
  const known = CAVEAT_BY_CAPTION.get(caption);
  if (known !== undefined) return known;
  return CAPTION_MAP.get(caption.replace(/[^A-Za-z]/g, '').toUpperCase())?.caveat ?? null;
}
