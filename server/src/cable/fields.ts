// Header field keywords (E.O., TAGS, SUBJECT, REF, Classified By) at a line start or inside a run-together line.
// Kept apart from header.ts so that cable detection can use them without loading the tag tables.

export type FieldKind = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

/** The order header fields normally come in; a run-together line is split only on later fields. */
export const FIELD_ORDER: readonly FieldKind[] = ['eo', 'tags', 'subject', 'ref', 'classifiedBy'];

const EO_AT_START = /^(?:\(U\)\s*)?(?:E\.?\s?O\.?|EO)\s*(?=\d|:)/i;
const TAGS_AT_START = /^TAGS?\b\s*:?/i;
const SUBJECT_AT_START = /^(?:SUBJECT|SUBJ)\b\s*:?/i;
const REF_AT_START = /^(?:REF\(S\)|REFS?|REFTELS?|REFERENCES?)\b\s*:?/i;
const CLASSIFIED_BY_AT_START = /^(?:\(U\)\s*)?CLASSIFIED\s{1,3}BY\b\s*:?/i;

/** Keywords that may start a later field in the middle of a run-together partial-extract line. */
const FIELD_INLINE: Record<FieldKind, RegExp> = {
  eo: /(?:^|\s)(?:E\.?O\.?|EO)\s?\d{4,5}\b/i,
  tags: /(?:^|\s)TAGS?\s?:|\sTAGS?\s(?=[A-Z]{2,4}[,\s])/i,
  subject: /(?:^|\s)SUBJ(?:ECT)?\s?:/i,
  ref: /(?:^|\s)REF(?:S|TELS?)?\s?:/i,
  classifiedBy: /(?:^|\s)(?:\(U\)\s*)?CLASSIFIED\s{1,3}BY\b/i,
};

/**
 * The fields that may be run on after each field: the later ones in the usual order, and after Classified By the
 * references a few cables put last (`… Reasons 1.4 (b) and (d). REFTELS: A) 2008 BRASILIA 672, …`, 09BRASILIA1383).
 */
const LATER: Record<FieldKind, FieldKind[]> = {
  eo: ['tags', 'subject', 'ref', 'classifiedBy'],
  tags: ['subject', 'ref', 'classifiedBy'],
  subject: ['ref', 'classifiedBy'],
  ref: ['classifiedBy'],
  classifiedBy: ['ref'],
};

/** For each field, one pattern that matches where any later field's inline pattern would. */
const INLINE_AFTER: Record<FieldKind, RegExp> = {
  eo: union(LATER.eo),
  tags: union(LATER.tags),
  subject: union(LATER.subject),
  ref: union(LATER.ref),
  classifiedBy: union(LATER.classifiedBy),
};

/** Any field's inline pattern. */
const INLINE_ANY = union(FIELD_ORDER.slice());

function union(kinds: FieldKind[]): RegExp {
  return new RegExp(kinds.map((k) => `(?:${FIELD_INLINE[k].source})`).join('|'), 'i');
}

export interface FieldStart {
  kind: FieldKind;
  /** Offset of the keyword within the searched string. */
  at: number;
  /** Length of the keyword (with its colon). */
  keywordLength: number;
}

/**
 * Recognises a header field keyword at the start of a (left-trimmed) line, or after the `¶` the published text put
 * before some lines (`¶E. O. 11652: GDS`); `at` is where the keyword starts.
 */
export function fieldAtStart(line: string): FieldStart | null {
  if (line.charCodeAt(0) === 0xb6 /* ¶ */) {
    const skip = line.charCodeAt(1) === 32 ? 2 : 1;
    const after = keywordAtStart(line.slice(skip));
    return after && { kind: after.kind, at: skip, keywordLength: after.keywordLength };
  }
  return keywordAtStart(line);
}

function keywordAtStart(line: string): FieldStart | null {
  // Fields start with E, T, S, R, C or `(U)` (any case).
  // Only the pattern(s) for the first letter are tried.
  switch (line.charCodeAt(0) | 0x20) {
    case 101: // e
      return fieldMatch('eo', EO_AT_START, line);
    case 116: // t
      return fieldMatch('tags', TAGS_AT_START, line);
    case 115: // s
      return fieldMatch('subject', SUBJECT_AT_START, line);
    case 114: // r
      return fieldMatch('ref', REF_AT_START, line);
    case 99: // c
      return fieldMatch('classifiedBy', CLASSIFIED_BY_AT_START, line);
    case 40: // (
      return fieldMatch('eo', EO_AT_START, line) ?? fieldMatch('classifiedBy', CLASSIFIED_BY_AT_START, line);
    default:
      return null;
  }
}

function fieldMatch(kind: FieldKind, re: RegExp, line: string): FieldStart | null {
  const m = re.exec(line);
  return m ? { kind, at: 0, keywordLength: m[0].length } : null;
}

/** Finds the next field that comes after `kind` in the usual order, inside a segment. */
export function nextInlineField(segment: string, after: FieldKind): FieldStart | null {
  // One pass with all the later keywords first: most lines hold a single field.
  if (!INLINE_AFTER[after].test(segment)) return null;
  return earliestField(segment, LATER[after]);
}

/**
 * The first field keyword inside a line that does not start with one: `SIPDIS E.O. 12958: N/A` → the E.O. field at 7.
 * `at` is where the keyword starts within the line.
 */
export function firstInlineField(line: string): FieldStart | null {
  return INLINE_ANY.test(line) ? earliestField(line, FIELD_ORDER) : null;
}

/** The field keyword of one of `kinds` that starts earliest in a segment. */
function earliestField(segment: string, kinds: readonly FieldKind[]): FieldStart | null {
  let best: FieldStart | null = null;
  for (const kind of kinds) {
    const m = FIELD_INLINE[kind].exec(segment);
    if (!m) continue;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (best && best.at <= at) continue;
    const keyword = keywordAtStart(segment.slice(at));
    if (keyword) best = { kind, at, keywordLength: keyword.keywordLength };
  }
  return best;
}
