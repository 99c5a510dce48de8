// Caption and handling lines after the banner: SIPDIS, NOFORN, NODIS, EXDIS, SENSITIVE, CORRECTED COPY …

import type { CaptionKind } from './model';

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

export interface CaptionMatch {
  caption: string;
  kind: CaptionKind;
  caveat: string | null;
  /** Offset and length within the line. */
  at: number;
  length: number;
}

/** Recognises a caption line (`SIPDIS`, `C O R R E C T E D  C O P Y`, `NOFORN SIPDIS`); null otherwise. */
export function matchCaptions(line: string): CaptionMatch[] | null {
  if (line.length > 40) return null;
  const trimmed = line.trim();
  if (!trimmed || /[^A-Za-z ./]/.test(trimmed)) return null;
  const whole = CAPTIONS[trimmed.replace(/[^A-Za-z]/g, '').toUpperCase()];
  if (whole) {
    const at = line.indexOf(trimmed);
    return [{ caption: whole.caption, kind: whole.kind, caveat: whole.caveat ?? null, at, length: trimmed.length }];
  }
  const out: CaptionMatch[] = [];
  const re = /[A-Za-z]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const def = CAPTIONS[m[0].toUpperCase()];
    if (!def) return null;
    out.push({ caption: def.caption, kind: def.kind, caveat: def.caveat ?? null, at: m.index, length: m[0].length });
  }
  return out.length > 0 ? out : null;
}

/** The caveat a caption implies (`NOFORN` → NOFORN, `SENSITIVE` → SBU), or null. */
export function captionCaveat(caption: string): string | null {
  return CAPTIONS[caption.replace(/[^A-Za-z]/g, '').toUpperCase()]?.caveat ?? null;
}
