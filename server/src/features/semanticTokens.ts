// Semantic tokens: what the TextMate grammar cannot see line by line. A title is a heading only because of the blank
// lines and the text around it, a signature only because it closes the cable, a page line only because it carries
// the cable's serial, `End` / `Summary.` a closer only as two lines: the model knows them all. The client maps each token type to the grammar's scope
// (`semanticTokenScopes` in package.json), so a theme colours them as it colours the lines the grammar finds itself.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable, Heading, TagKind } from '../cable/model';
import { nonTag } from '../cable/knowledge/tags';

/** Token types, in the order of the legend; package.json maps each to a scope of the grammar. */
export const TOKEN_TYPES = [
  'cableHeading',
  'cableSummaryHeading',
  'cableCommentHeading',
  'cableSignature',
  'cablePageLine',
  'cableSummaryMarker',
  'cableCommentMarker',
  'cableTagSubject',
  'cableTagProgram',
  'cableTagCountry',
  'cableTagOrganization',
  'cableTagPerson',
  'cableTagOther',
  'cableTagFreeText',
] as const;
export type CableTokenType = (typeof TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

interface Piece {
  start: number;
  end: number;
  type: number;
}

const HEADING_TYPE: Record<Heading['kind'], CableTokenType> = {
  heading: 'cableHeading',
  note: 'cableHeading',
  summary: 'cableSummaryHeading',
  comment: 'cableCommentHeading',
};

const TAG_TYPE: Record<TagKind, CableTokenType> = {
  subject: 'cableTagSubject',
  program: 'cableTagProgram',
  country: 'cableTagCountry',
  organization: 'cableTagOrganization',
  person: 'cableTagPerson',
  unknown: 'cableTagOther',
};

/** Rules, slashes, stars and the `¶` typed around a title (`------- Comment: -------`, `//COMMENT//`): no words of it. */
function isDecoration(c: number): boolean {
  return c === 32 || c === 9 || c === 45 /* - */ || c === 61 /* = */ || c === 95 /* _ */ || c === 42 /* * */ || c === 47 /* / */ || c === 35 /* # */ || c === 0xb6 /* ¶ */;
}

/** The semantic tokens of a cable: each heading line without its decoration, the signature, the page lines. */
export function provideSemanticTokens(document: TextDocument, cable: Cable): SemanticTokens {
  const text = document.getText();
  const pieces: Piece[] = [];
  // One token per line: a title in two lines (`PARLIAMENTARY ELECTIONS …` / `OPPOSITION TACTICS`) gives two.
  const addLines = (start: number, end: number, type: CableTokenType, trim: boolean): void => {
    const t = TOKEN_TYPES.indexOf(type);
    let from = start;
    while (from < end) {
      let lineEnd = from;
      while (lineEnd < end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      let a = from;
      let b = lineEnd;
      if (trim) {
        while (a < b && isDecoration(text.charCodeAt(a))) a++;
        while (b > a && isDecoration(text.charCodeAt(b - 1))) b--;
      }
      if (b > a) pieces.push({ start: a, end: b, type: t });
      from = lineEnd;
      while (from < end && (text.charCodeAt(from) === 10 || text.charCodeAt(from) === 13)) from++;
    }
  };
  for (const h of cable.headings) addLines(h.start, Math.min(h.end, text.length), HEADING_TYPE[h.kind], true);
  if (cable.signature) addLines(cable.signature.start, cable.signature.end, 'cableSignature', false);
  for (const p of cable.pageLines) addLines(p.start, Math.min(p.end, text.length), 'cablePageLine', false);
  // Each tag by the kind the tables give it (an organization tag of four letters is no subject tag), also on a line
  // the TAGS line goes on to (`TAGS: PREL PGOV … ENRG` / `LY`, 09TRIPOLI943).
  // (A word that is no TAGS code, `COUNTER TERRORISM` typed on the line, 05SANAA923: free text, coloured apart.)
  for (const t of cable.tags) addLines(t.start, t.end, t.kind === 'unknown' && nonTag(t.code) ? 'cableTagFreeText' : TAG_TYPE[t.kind], false);
  // The words that open and close a summary or comment in the text, also where a line break cuts them (`… initiatives.
  // End` / `Summary.`, 05MADRID541).
  for (const b of cable.blocks) {
    const type = b.kind === 'summary' ? 'cableSummaryMarker' : 'cableCommentMarker';
    if (b.style === 'inline' && b.open.end > b.open.start) addLines(b.open.start, b.open.end, type, false);
    if (b.close) addLines(b.close.start, b.close.end, type, false);
  }
  pieces.sort((x, y) => x.start - y.start);

  // Relative encoding: line delta, start delta (from the previous token on the same line), length, type, modifiers.
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  let lastEnd = -1;
  for (const p of pieces) {
    if (p.start < lastEnd) continue; // tokens may not overlap
    const { line, character } = document.positionAt(p.start);
    data.push(line - lastLine, line === lastLine ? character - lastChar : character, p.end - p.start, p.type, 0);
    lastLine = line;
    lastChar = character;
    lastEnd = p.end;
  }
  return { data };
}
