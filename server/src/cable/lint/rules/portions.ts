// Portion marking rules: each paragraph marked, markings recognised and well written, none above the banner.

import type { Rule, RuleFinding } from '../types';
import type { Cable, Paragraph } from '../../model';
import { blankedOut, entireTextMarked, isClassified, portions, topBanner } from '../facts';
import { LEVEL_ABBREVIATION, formatClassification, isNoforn, levelRank } from '../../markings';

export const portionMissing: Rule = {
  code: 'portion-missing',
  group: 'Portion markings',
  defaultSeverity: 'warning',
  description:
    'A numbered paragraph of a classified cable has no portion marking (the unmarked items of a numbered list inside a marked paragraph share its marking; a paragraph the published text removed whole or left as dots is not checked, nor one that only repeats the Classified By line, nor a lead-in whose list items are marked one by one, nor are telegrams under E.O. 11652 (1972–1978), which carried their classification in the banner only: none of the corpus cables under that order marks a paragraph).',
  example: '3. Zibari said …   (in a CONFIDENTIAL cable; expected 3. (C) Zibari said …)',
  fixDescription: null,
  check({ cable, text }) {
    if (!isClassified(cable) || entireTextMarked(cable) || cable.executiveOrder?.order === '11652') return [];
    const level = cable.classification.level!;
    return cable.paragraphs
      .filter((p) => !p.portion && p.listIn === null && !blankedOut(p, text) && !marksItsItems(p, text))
      .map((p) => ({
        start: p.numberSpan.start, end: p.numberSpan.end,
        message: `Paragraph ${p.number} has no portion marking: every paragraph of a ${level} cable is marked, e.g. "${p.number}. (${LEVEL_ABBREVIATION[level]})" or "(U)".`,
      }));
  },
};

/** Items of a list marked one by one (`¶1. Key points:` / `-- (SBU) Special Advisor …`, 09RIYADH716): the lead-in is no portion. */
const MARKED_ITEM = /\n[ \t]*(?:-{1,2}|•|o)[ \t]*\((?:U|SBU|C|S|TS|LOU)(?:\/{1,2}[A-Z][A-Z ,]{0,30})?\)/;
function marksItsItems(p: Paragraph, text: string): boolean {
  return MARKED_ITEM.test(text.slice(p.start, p.end));
}

/**
 * Is the text known to lack part of the cable? A partial extract, or a banner that counts more sections than the text
 * has (`SECTION 01 OF 02` and no section 2): the missing part may hold the portions that explain the banner.
 */
function incomplete(cable: Cable): boolean {
  if (cable.partialExtract) return true;
  const sections = cable.banners.filter((b) => b.section);
  const total = Math.max(0, ...sections.map((b) => b.section!.total));
  return new Set(sections.map((b) => b.section!.number)).size < total;
}


/** What a marking written wrongly gets wrong, said in words: `(S/Rel UK)` → the caveat is written in upper case. */
function whatIsWrong(written: string, normalized: string): string {
  const problems: string[] = [];
  if (!written.startsWith('(')) problems.push('a marking opens with a parenthesis');
  const inner = written.replace(/^\(|\)$/g, '');
  const m = /^\s*(TOP\s+SECRET\b|[A-Za-z]+)/i.exec(inner);
  const level = m?.[1] ?? '';
  const rest = m ? inner.slice(m[0].length) : inner;
  if (level.length > 3) problems.push(`the level is abbreviated (${normalized.slice(1).split(/[/)]/)[0]}, not ${level})`);
  else if (level !== level.toUpperCase()) problems.push('the level is written in upper case');
  if (rest !== rest.toUpperCase()) problems.push('caveats are written in upper case');
  if (/^\s|\s$|\s(?:\/|-)|(?:\/|-)\s/.test(inner)) problems.push('no spaces inside the parentheses or around a slash');
  // A hyphen between level and caveats (`S-NF`), not inside a release list (`REL TO USA, GBR-…`).
  if (/[A-Za-z]-[A-Za-z]/.test(inner.split(/REL\b/i)[0])) problems.push('a slash, not a hyphen, comes before a caveat');
  return problems.length ? problems.join('; ') : 'portion markings are abbreviated, upper case, in parentheses, without inner spaces';
}

export const portionUnknown: Rule = {
  code: 'portion-unknown',
  group: 'Portion markings',
  defaultSeverity: 'error',
  description: 'A portion marking that is not a classification: not (U), (SBU), (C), (S), (TS) or one of these with known caveats.',
  example: '4. (N/SF) …',
  fixDescription: null,
  check({ cable }) {
    return portions(cable)
      .filter((m) => !m.recognized)
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: `${m.written} is not a portion marking: use (U), (SBU), (C), (S) or (TS), with caveats such as (S//NF) or (U//FOUO).`,
      }));
  },
};

export const portionMalformed: Rule = {
  code: 'portion-malformed',
  group: 'Portion markings',
  defaultSeverity: 'warning',
  description: 'A recognised portion marking written the wrong way: lower case, inner spaces, a missing parenthesis, a hyphen for a slash, the level spelled out.',
  example: '2. (c) …   1. C) …   5. (S//nf) …   4. (SECRET//REL FRANCE) …',
  fixDescription: 'Rewrites the marking in its canonical form, e.g. (c) → (C).',
  check({ cable }) {
    return portions(cable)
      .filter((m) => m.recognized && m.malformed && m.normalized)
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: `${m.written} should be written ${m.normalized}: ${whatIsWrong(m.written, m.normalized!)}.`,
        fix: { title: `Write ${m.normalized}`, edits: [{ start: m.start, end: m.end, newText: m.normalized! }] },
      }));
  },
};

export const portionExceedsBanner: Rule = {
  code: 'portion-exceeds-banner',
  group: 'Portion markings',
  defaultSeverity: 'error',
  description: 'A portion is classified above the cable’s banner, e.g. (S) in a CONFIDENTIAL cable or (C) in an UNCLAS one.',
  example: 'C O N F I D E N T I A L … 3. (S) …',
  fixDescription: null,
  check({ cable }) {
    // The banner of the text, even when a mismatched routing header sets the cable's overall classification.
    const level = topBanner(cable)?.level ?? cable.classification.level;
    if (!level) return [];
    const rank = levelRank(level);
    const name = level === 'UNCLASSIFIED' ? 'UNCLASSIFIED (UNCLAS)' : level;
    return portions(cable)
      .filter((m) => m.level && levelRank(m.level) > rank)
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: `${m.written} exceeds the cable's ${name} banner: a portion cannot be classified higher than the document. Raise the banner to ${m.level} or lower the marking.`,
      }));
  },
};

export const portionCaveatNotInBanner: Rule = {
  code: 'portion-caveat-not-in-banner',
  group: 'Portion markings',
  defaultSeverity: 'error',
  description: 'A NOFORN portion, e.g. (S/NF) or (C//NF), in a cable whose banner and captions carry no NOFORN (reported once, at the first such portion, with the count of the others: one caption fixes them all).',
  example: 'S E C R E T … (no NOFORN line) … 2. (S/NF) …',
  fixDescription: null,
  check({ cable }) {
    if (isNoforn(cable.classification.caveats)) return [];
    const noforn = portions(cable).filter((m) => m.recognized && isNoforn(m.caveats));
    if (noforn.length === 0) return [];
    const first = noforn.reduce((a, m) => (m.start < a.start ? m : a));
    const more = noforn.length - 1;
    const others = more === 0 ? '' : more === 1 ? ', as is one more portion,' : `, as are ${more} more portions,`;
    const finding: RuleFinding = {
      start: first.start,
      end: first.end,
      message: `${first.written} is NOFORN${others} but the cable's banner and captions carry no NOFORN: add a NOFORN caption line below the banner, or drop the caveat from the markings.`,
    };
    return [finding];
  },
};

export const bannerExceedsPortions: Rule = {
  code: 'banner-exceeds-portions',
  group: 'Portion markings',
  defaultSeverity: 'info',
  description: 'The banner is higher than every portion: the cable may be over-classified (not judged on a text known to be incomplete: a partial extract, or fewer sections than its banner counts).',
  example: 'S E C R E T … with only (C) and (U) paragraphs',
  fixDescription: null,
  check({ cable }) {
    const banner = topBanner(cable);
    const level = cable.classification.level;
    const marks = portions(cable);
    if (!banner || !level || marks.length === 0 || marks.some((m) => !m.recognized)) return [];
    if (cable.paragraphs.some((p) => !p.portion && p.listIn === null) || incomplete(cable)) return [];
    const highest = marks.reduce((a, m) => (levelRank(m.level) > levelRank(a) ? m.level : a), marks[0].level);
    if (levelRank(highest) >= levelRank(level)) return [];
    const finding: RuleFinding = {
      start: banner.levelSpan.start, end: banner.levelSpan.end,
      message: `The banner is ${formatClassification(level, [])} but no portion is above ${highest ?? 'unclassified'}: the cable may be over-classified.`,
    };
    return [finding];
  },
};
