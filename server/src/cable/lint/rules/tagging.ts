// TAGS and SUBJECT rules: both present, tags known, no repeats, no known misspellings.

import type { Rule, RuleFinding } from '../types';
import type { Tag } from '../../model';
import { cableAnchor } from '../facts';
import { isAsciiLetter } from '../../text';
import { TAG_TYPOS, nonTag, tagInfo, tagKindByForm, unresolvedTag } from '../../knowledge/tags';

/** The edit that deletes a tag together with one separator next to it (`, ` or ` `). */
function removeTag(text: string, tag: Tag, tags: readonly Tag[]): { start: number; end: number; newText: string } {
  const index = tags.indexOf(tag);
  const previous = tags[index - 1];
  if (previous) return { start: previous.end + (text.slice(previous.end, tag.start).match(/^\]\(#?\)/)?.[0].length ?? 0), end: tag.end + (text.slice(tag.end).match(/^\]\(#?\)/)?.[0].length ?? 0), newText: '' };
  const next = tags[index + 1];
  return { start: tag.start, end: next ? next.start : tag.end, newText: '' };
}

export const tagsMissing: Rule = {
  code: 'tags-missing',
  group: 'TAGS, SUBJECT and REF',
  defaultSeverity: 'warning',
  description: 'The cable has no TAGS line.',
  example: 'E.O. 12958: DECL: … SUBJECT: …   (no "TAGS:" line between them)',
  fixDescription: null,
  check({ cable, text }) {
    if (cable.tagsLine || cable.banners.length === 0) return [];
    const at = cable.subjectLine?.keyword ?? cableAnchor(cable, text);
    return [{ ...at, message: 'No TAGS line: a cable lists its subject, country and organization tags (TAGS: PREL PGOV IZ) before its SUBJECT.' }];
  },
};

/**
 * What a run of words that are no tags is, from what each one is (`free-text keyword (GOI EXTERNAL = …)`): the kinds in
 * the plural, and each note once.
 */
function wordsOfRun(whats: readonly string[]): string {
  const kinds = new Set<string>();
  const notes = new Set<string>();
  for (const what of whats) {
    const m = /^([^(]*?)\s*(?:\((.*)\)[^()]*)?$/.exec(what);
    kinds.add(`${(m?.[1] ?? what).trim()}s`);
    if (m?.[2]) notes.add(m[2]);
  }
  // (A note that another one contains says nothing more: `GOI EXTERNAL` beside `GOI EXTERNAL = Government of Israel`.)
  const kept = [...notes].filter((n) => ![...notes].some((o) => o !== n && o.includes(n)));
  return `${[...kinds].join(' and ')}${kept.length ? ` (${kept.join('; ')})` : ''}`;
}

export const tagUnknown: Rule = {
  code: 'tag-unknown',
  group: 'TAGS, SUBJECT and REF',
  defaultSeverity: 'info',
  description: 'A tag that is not in the bundled tables of subject, program, country and organization tags.',
  example: 'TAGS: PREL XYZW',
  fixDescription: null,
  check({ cable, text }) {
    const findings: RuleFinding[] = [];
    const tags = cable.tags;
    for (let k = 0; k < tags.length; k++) {
      const tag = tags[k];
      if (tag.kind === 'person' || tagInfo(tag.code) || TAG_TYPOS.has(tag.code)) continue;
      const not = nonTag(tag.code);
      const seen = unresolvedTag(tag.code);
      // The words of one keyword set apart by spaces only (`GOI EXTERNAL`, `COUNTER TERRORISM`, 05TELAVIV1580): one finding.
      let last = k;
      while (not && last + 1 < tags.length && nonTag(tags[last + 1].code) && /^[ \t]+$/.test(text.slice(tags[last].end, tags[last + 1].start))) last++;
      const written = last > k ? text.slice(tag.start, tags[last].end) : tag.written;
      findings.push({
        start: tag.start,
        end: tags[last].end,
        message: not
          ? last > k
            ? `${written} are not TAGS codes but ${wordsOfRun(tags.slice(k, last + 1).map((t) => nonTag(t.code)!))}: TAGS lists codes such as PREL, PGOV or IZ.`
            : `${written} is not a TAGS code but a ${not}: TAGS lists codes such as PREL, PGOV or IZ.`
          : seen && !seen.maybeTypo
            ? `${tag.written} is not in the bundled TAGS tables: a ${tagKindByForm(tag)} in use (on ${seen.cables} ${seen.cables === 1 ? 'cable' : 'cables'} of the published corpus) whose meaning no source at hand gives.`
            : `${tag.written} is not in the bundled TAGS tables: by its form a ${tagKindByForm(tag)} whose meaning they do not give, or a misspelling.`,
      });
      k = last;
    }
    return findings;
  },
};

export const tagDuplicate: Rule = {
  code: 'tag-duplicate',
  group: 'TAGS, SUBJECT and REF',
  defaultSeverity: 'warning',
  description: 'A tag listed twice on the TAGS line.',
  example: 'TAGS: PREL PGOV PREL',
  fixDescription: 'Removes the repeat.',
  check({ cable, text }) {
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const tag of cable.tags) {
      if (!seen.has(tag.code)) {
        seen.add(tag.code);
        continue;
      }
      findings.push({
        start: tag.start,
        end: tag.end,
        message: `${tag.code} is already on the TAGS line: list each tag once.`,
        fix: { title: `Remove the repeated ${tag.code}`, edits: [removeTag(text, tag, cable.tags)] },
      });
    }
    return findings;
  },
};

export const tagTypo: Rule = {
  code: 'tag-typo',
  group: 'TAGS, SUBJECT and REF',
  defaultSeverity: 'warning',
  description: 'A known misspelling of a tag, e.g. MOPPS for MOPS, PGOC for PGOV, or two tags glued together (PHUMPGOV).',
  example: 'TAGS: PGOC PHUMPGOV',
  fixDescription: 'Replaces the misspelling with the tag(s) meant, or removes it when the line lists them already.',
  check({ cable, text }) {
    const findings: RuleFinding[] = [];
    const commas = cable.tagsLine ? /,/.test(text.slice(cable.tagsLine.start, cable.tagsLine.end)) : false;
    for (const tag of cable.tags) {
      const correct = TAG_TYPOS.get(tag.code);
      if (!correct || tag.kind === 'person') continue;
      const lower = tag.written === tag.written.toLowerCase();
      const parts = correct.split(/\s+/);
      const what = parts.length > 1 ? `${tag.written} is ${parts.join(' and ')} glued together` : `${tag.written} is a misspelling of ${correct}`;
      // The tags meant that the line lists already are not written twice (`RU RS` → `RS`).
      const listed = parts.filter((p) => cable.tags.some((t) => t !== tag && t.code === p));
      const missing = parts.filter((p) => !listed.includes(p));
      if (missing.length === 0) {
        findings.push({
          start: tag.start,
          end: tag.end,
          message: `${what}, and the TAGS line lists ${parts.length > 1 ? 'them' : 'it'} already: remove ${tag.written}.`,
          fix: { title: `Remove ${tag.written}`, edits: [removeTag(text, tag, cable.tags)] },
        });
        continue;
      }
      const replacement = missing.map((p) => (lower ? p.toLowerCase() : p)).join(commas ? ', ' : ' ');
      const already = listed.length ? ` (${listed.join(' and ')} ${listed.length > 1 ? 'are' : 'is'} listed already)` : '';
      findings.push({
        start: tag.start,
        end: tag.end,
        message: `${what}: write ${replacement}${already}.`,
        fix: { title: `Write ${replacement}`, edits: [{ start: tag.start, end: tag.end, newText: replacement }] },
      });
    }
    return findings;
  },
};

export const subjectMissing: Rule = {
  code: 'subject-missing',
  group: 'TAGS, SUBJECT and REF',
  defaultSeverity: 'warning',
  description: 'The cable has no SUBJECT line.',
  example: 'TAGS: PREL … 1. (C) …   (no "SUBJECT:" line)',
  fixDescription: null,
  check({ cable, text }) {
    if (cable.subjectLine || cable.banners.length === 0) return [];
    const at = cable.tagsLine?.keyword ?? cableAnchor(cable, text);
    return [{ ...at, message: 'No SUBJECT line: a cable states its subject after TAGS, e.g. "SUBJECT: A/S JONES MEETING WITH IRAQI FM ZIBARI".' }];
  },
};

/** A citation of the cable's references in its text: `reftel`, `(ref A)`, `refs B and C`, `REFTEL C`. */
const CITES_REF = /[Rr][Ee][Ff](?:[Tt][Ee][Ll])?[Ss]?\b\.?(?:\s{1,3}\(?[A-H]\)?(?![\w'’-]))?/y;

export const refMissing: Rule = {
  code: 'ref-missing',
  group: 'TAGS, SUBJECT and REF',
  defaultSeverity: 'info',
  description: 'The text cites a reference the cable does not list: `reftel` or `ref A` with no REF line, or `ref C` where the REF line lists one reference.',
  example: '… neighboring areas in Southern Somalia (reftel C).   (no "REF:" line in the header)',
  fixDescription: null,
  check({ cable, text }) {
    if (cable.banners.length === 0 || !cable.header) return [];
    const from = cable.header.end;
    // (A letter beyond the list is looked for under a single reference only, where the corpus has it: the look goes
    // through the whole text, which costs about what the bare line scan of the benchmark costs.)
    if (cable.references && cable.references.references.length > 1) return [];
    const words = refWordsIn(text, from);
    if (!cable.references) {
      let m: RegExpExecArray | null = null;
      for (const k of words) {
        CITES_REF.lastIndex = k;
        if ((m = CITES_REF.exec(text))) break;
      }
      if (!m) return [];
      const start = m.index;
      const word = m[0].replace(/[\s.(]+[A-H]\)?$/, '').replace(/\.$/, '');
      const cited = (m[0].includes('(') ? m[0] : m[0].replace(/\)$/, '')).replace(/\.$/, '');
      return [{ start, end: start + word.length, message: `The text cites "${cited}" but the cable has no REF line: which cable it means cannot be told. A cable lists what it cites after SUBJECT, e.g. "REF: A. STATE 12345 B. ANKARA 678".` }];
    }
    // A letter beyond the list (`contained in Ref C` under a single `REF: STATE 18774`, 09STATE62397). A list with no
    // letters is cited by letter in its order.
    const refs = cable.references.references;
    const lettered = refs.some((r) => r.letter);
    const letters = lettered ? refs.map((r) => r.letter).filter((l): l is string => !!l) : refs.map((_, k) => String.fromCharCode(65 + k));
    const last = letters.length ? letters[letters.length - 1] : null;
    const findings: RuleFinding[] = [];
    for (const k of words) {
      CITED_LETTER.lastIndex = k;
      const m = CITED_LETTER.exec(text);
      if (!m) continue;
      const letter = m[2];
      if (letters.includes(letter) || (last !== null && letter < last)) continue;
      const start = m.index + m[1].length;
      findings.push({
        start,
        end: start + 1,
        message: `The text cites ref ${letter} but the REF line lists ${lettered ? (letters.length === 1 ? `${last} only` : `${letters.slice(0, -1).join(', ')} and ${last} only`) : letters.length === 1 ? 'one reference' : `${letters.length} references`}: which cable it means cannot be told.`,
      });
      if (findings.length >= 3) break;
    }
    return findings;
  },
};

/** `ref C`, `(Ref C)`, `reftel C`, `refs C`: the word and one capital letter as a word (matched where a word starts). */
const CITED_LETTER = /([Rr][Ee][Ff](?:[Tt][Ee][Ll])?[Ss]?\.?\s{1,3}\(?)([A-H])(?![\w'’-])/y;

/**
 * Where the words `ref`, `Ref` and `REF` start in the text after `from`, in order: searches for the literals `ef` and
 * `EF`, which V8 runs fast (a pattern with a choice of case for each letter runs character by character), and the
 * pattern of a citation tried only there.
 */
function refWordsIn(text: string, from: number): number[] {
  const out: number[] = [];
  for (const pair of ['ef', 'EF']) {
    for (let k = text.indexOf(pair, from + 1); k >= 0; k = text.indexOf(pair, k + 2)) {
      const r = text.charCodeAt(k - 1) | 0x20;
      const before = k >= 2 ? text.charCodeAt(k - 2) : 32;
      if (r === 114 && !isAsciiLetter(before) && !(before >= 48 && before <= 57)) out.push(k - 1);
    }
  }
  return out.sort((a, b) => a - b);
}
