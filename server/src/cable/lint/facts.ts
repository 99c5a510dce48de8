// Facts the rules share, derived from the model: the cable's date, its banner, its portions.

import type { BannerLine, Cable, Paragraph, PortionMarking, Span } from '../model';
import { levelRank } from '../markings';
import { inStartOrder } from '../text';
import { SECTION_RENUMBERED_ON } from '../knowledge/orders';

/** Is the cable classified (CONFIDENTIAL or above)? LIMITED OFFICIAL USE and UNCLASSIFIED are not. */
export function isClassified(cable: Cable): boolean {
  return levelRank(cable.classification.level) >= levelRank('CONFIDENTIAL');
}

/**
 * Is the cable unclassified? Not when its own banner says otherwise: a file whose routing header belongs to an
 * unclassified cable and whose text is a SECRET one (10MEXICO614) takes its level from the header, but its DECL date
 * and Classified By line are the text's and in place.
 */
export function isUnclassified(cable: Cable): boolean {
  return cable.classification.level === 'UNCLASSIFIED' && levelRank(topBanner(cable)?.level ?? 'UNCLASSIFIED') <= levelRank('UNCLASSIFIED');
}

/** The first banner line, or null. */
export function topBanner(cable: Cable): BannerLine | null {
  return cable.banners.find((b) => b.position === 'top') ?? cable.banners[0] ?? null;
}

/** Where findings about the whole cable go: the top banner, else the first header element, else the first line. */
export function cableAnchor(cable: Cable, text: string): Span {
  const b = topBanner(cable);
  if (b) return b.levelSpan;
  // Where the banner belongs: the first line of the header after any routing header.
  const candidates = [cable.captions[0], cable.executiveOrder, cable.tagsLine, cable.subjectLine, cable.references, cable.classifiedBy, cable.paragraphs[0]];
  const starts = candidates.filter((c): c is NonNullable<typeof c> => !!c).map((c) => c.start);
  const first = starts.length ? Math.min(...starts) : text.search(/\S/);
  return first < 0 ? { start: 0, end: 0 } : { start: first, end: lineEnd(text, first) };
}

/** The offset of the end of the line containing `offset`. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** The offset of the start of the line containing `offset`. */
export function lineStart(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

export interface CableDate {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** True when guessed from the DECL date rather than read from a date-time group. */
  approximate: boolean;
}

/** The cable's date: from its DTG, or (approximately) ten years before a DECL date when the text has no DTG. */
export function cableDate(cable: Cable): CableDate | null {
  if (cable.date) return { date: cable.date.slice(0, 10), approximate: false };
  const decl = cable.executiveOrder?.decl;
  if (decl?.kind === 'date' && decl.date) {
    const year = Number(decl.date.slice(0, 4)) - 10;
    return { date: `${year}${decl.date.slice(4)}`, approximate: true };
  }
  return null;
}

/** Every portion marking: on the subject line, on paragraphs, on lettered sub-paragraphs, and on blocks with no number. */
export function portions(cable: Cable): PortionMarking[] {
  if (shared && shared.cable === cable) return shared.portions;
  const out: PortionMarking[] = [];
  // The subject line's marking (`SUBJECT: (S/NF) …`) comes first, as the line does.
  if (cable.subjectLine?.portion) out.push(cable.subjectLine.portion);
  for (const p of cable.paragraphs) if (p.portion) out.push(p.portion);
  const fromParagraphs = out.length;
  for (const s of cable.subParagraphs) if (s.portion) out.push(s.portion);
  out.push(...cable.looseMarkings);
  // The lists are each in text order, so usually there is nothing to sort.
  if (out.length > fromParagraphs && fromParagraphs > 0) out.sort((a, b) => a.start - b.start);
  else if (!inStartOrder(out)) out.sort((a, b) => a.start - b.start);
  return out;
}

/** While the rule engine runs the rules over one cable, the facts they share, computed once. */
let shared: { cable: Cable; portions: PortionMarking[] } | null = null;

/** Runs `fn` with the facts of `cable` computed once for every rule (the rules only read them). */
export function withSharedFacts<T>(cable: Cable, fn: () => T): T {
  const previous = shared;
  shared = null;
  try {
    shared = { cable, portions: portions(cable) };
    return fn();
  } finally {
    shared = previous;
  }
}

/** `1. CONFIDENTIAL - ENTIRE TEXT.`, `1. (C - ENTIRE TEXT).`: older cables classify the whole text in their first paragraph. */
export function entireTextMarked(cable: Cable): boolean {
  const first = cable.paragraphs[0];
  if (first === undefined) return false;
  if (first.portion?.recognized && /ENTIRE\s{1,2}TEXT\)$/i.test(first.portion.written)) return true;
  return /^(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)\s*[-–—]+\s*)?ENTIRE TEXT\b/i.test(first.lead);
}

/**
 * The section the reason letters are read under: the one written, or when the Classified By line gives letters alone
 * (`for reasons b, d`), the one in force on the cable's date (1.5 before 22 Sep 2003, 1.4 from then on).
 */
export function reasonSectionOf(cable: Cable): { value: string; written: boolean } | null {
  const cb = cable.classifiedBy;
  if (!cb) return null;
  if (cb.reasonSection) return { value: cb.reasonSection.value, written: true };
  if (cb.reasons.length === 0) return null;
  const date = cableDate(cable);
  return { value: date && date.date < SECTION_RENUMBERED_ON ? '1.5' : '1.4', written: false };
}

/** A paragraph the published text blanked out whole, marking and all: `¶3. xxxxxxxxxxxx`, `¶7. [DETAILS REMOVED]`. */
export function blankedOut(p: Paragraph, text: string): boolean {
  // (Also a paragraph of dots, the published copy's mark of text left out: `¶1. ...`, 09LIMA1191; and one that only
  // repeats the Classified By line, which is no portion of the text: `¶1. Classified by U/S Maria Otero (G). Reason:
  // 1.4 (b) and (d)`, 09STATE100988.)
  const body = text.slice(p.numberSpan.end, p.end).trim();
  return /^(?:[xX]{4,}|\[[A-Za-z ]*removed\]|\.{3,})[.\s]*$/i.test(body) || /^classified\s+by\b[^]*\b1\s?\.\s?[45]\b[^]*$/i.test(body.length < 200 ? body : '');
}
