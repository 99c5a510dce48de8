// TAGS knowledge: subject, program, country and organization tags with meanings and sources, and known typos.

import type { TagKind } from '../model';
import { readTsv } from './tsv';
import subjectTsv from './data/subject.tsv?raw';
import programTsv from './data/program.tsv?raw';
import geoTsv from './data/geo.tsv?raw';
import orgTsv from './data/org.tsv?raw';
import categoriesTsv from './data/categories.tsv?raw';
import typosTsv from './data/typos.tsv?raw';
import nontagsTsv from './data/nontags.tsv?raw';
import unresolvedTsv from './data/unresolved.tsv?raw';

export interface TagInfo {
  code: string;
  kind: Exclude<TagKind, 'person' | 'unknown'>;
  meaning: string;
  source: string;
  /** ISO 3166 alpha-2 code, for country tags. */
  iso?: string;
}

const byCode = new Map<string, TagInfo>();
function load(tsv: string, kind: TagInfo['kind'], meaningColumn: string): void {
  for (const row of readTsv(tsv)) {
    if (!row.code || byCode.has(row.code)) continue;
    const info: TagInfo = { code: row.code, kind, meaning: row[meaningColumn], source: row.source };
    if (row.iso) info.iso = row.iso;
    byCode.set(row.code, info);
  }
}
load(geoTsv, 'country', 'name');
load(subjectTsv, 'subject', 'meaning');
load(programTsv, 'program', 'meaning');
load(orgTsv, 'organization', 'name');

const categories = new Map(readTsv(categoriesTsv).map((r) => [r.letter, r.category]));

/** Known misspellings: the written form and its correction (which may be several tags, e.g. `PHUM PGOV`). */
export const TAG_TYPOS: ReadonlyMap<string, string> = new Map(readTsv(typosTsv).map((r) => [r.written.toUpperCase(), r.correct.toUpperCase()]));

/** What the bundled tables know about a tag code, or undefined. */
export function tagInfo(code: string): TagInfo | undefined {
  // Codes from the model are upper case already; only others need a new string.
  return byCode.get(code) ?? (hasLowerCase(code) ? byCode.get(code.toUpperCase()) : undefined);
}

function hasLowerCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

/** All known tags, for completion. */
export function allTags(): Iterable<TagInfo> {
  return byCode.values();
}

/** The subject category a subject tag's first letter names (`P` → Political Affairs …). */
export function tagCategory(code: string): string | undefined {
  return categories.get(code.charAt(0).toUpperCase());
}

/** The kind of a tag: from the tables when known, else from its shape. */
export function classifyTag(code: string): TagKind {
  const info = byCode.get(code);
  if (info) return info.kind;
  if (/^K[A-Z]{3}$/.test(code)) return 'program';
  // A misspelling is of the kind of the tag it stands for (`RU` for RS, a country; `MOPPS` for MOPS, a subject).
  const meant = TAG_TYPOS.get(code);
  if (meant) return byCode.get(meant.split(' ')[0])?.kind ?? (/^[A-Z]{4}$/.test(code) ? 'subject' : 'unknown');
  return 'unknown';
}

const nonTags = new Map(readTsv(nontagsTsv).map((r) => [r.token.toUpperCase(), r.what]));

/**
 * Codes the published cables use on their TAGS lines for which no source giving a meaning was found: how many
 * corpus cables carry each, and whether it may be a misspelling (`EREL`, `PECON`) rather than a tag of its own.
 */
const unresolved = new Map(readTsv(unresolvedTsv).map((r) => [r.code, { cables: Number(r.count), maybeTypo: /typo/.test(r.kind_guess) }]));

/** A code in use on the corpus's TAGS lines whose meaning no source gave, or undefined. */
export function unresolvedTag(code: string): { cables: number; maybeTypo: boolean } | undefined {
  return unresolved.get(code.toUpperCase());
}

/** What a word on a TAGS line is when it is not a tag (a visitor's name, free text …), or undefined. */
export function nonTag(code: string): string | undefined {
  return nonTags.get(code.toUpperCase());
}

/** What a tag the tables do not know is by its form: a program tag (K…), a country tag (two letters), a subject tag. */
export function tagKindByForm(tag: { code: string; kind: string }): string {
  return tag.kind === 'program' ? 'program tag (K…)' : tag.code.length === 2 ? 'country tag' : tag.code.length === 4 ? 'subject tag' : 'tag';
}
