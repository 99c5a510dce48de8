import { describe, expect, it } from 'vitest';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, service } from '../../helpers/service';
import { makeCable } from '../../helpers/cables';
import { readSeed } from '../../helpers/text';
import { TOKEN_TYPES } from '../../../server/src/features/semanticTokens';

/** The protocol's relative encoding decoded: each token's 0-based line, start character, length and type index. */
function decode(data: readonly number[]): { line: number; character: number; length: number; type: number }[] {
  const out: { line: number; character: number; length: number; type: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push({ line, character, length: data[i + 2], type: data[i + 3] });
  }
  return out;
}

/** The tokens of a document: 1-based line, text, type. */
function tokens(document: TextDocument): [number, string, string][] {
  const lines = document.getText().split(/\r?\n/);
  return decode(service().getSemanticTokens(document).data).map((t) => [t.line + 1, lines[t.line].slice(t.character, t.character + t.length), TOKEN_TYPES[t.type]]);
}

describe('semantic tokens', () => {
  it('mark the headings the grammar cannot see, the page lines and the signature (08RANGOON557)', () => {
    const found = tokens(doc(readSeed('08RANGOON557.txt')));
    expect(found.filter(([, , type]) => type === 'cableHeading')).toEqual([
      [33, 'The Senior Generals', 'cableHeading'],
      [40, 'Aung San Suu Kyi and the Pro-Democracy Movement', 'cableHeading'],
      [49, 'The Ethnic Cease-Fire Groups', 'cableHeading'],
      [56, 'Where do We Go From Here?', 'cableHeading'],
      [65, 'Give a Little, Get a Little', 'cableHeading'],
    ]);
    const pages = found.filter(([, , type]) => type === 'cablePageLine');
    expect(pages.map(([line]) => line)).toEqual([29, 43, 52, 62]);
    for (const [, text] of pages) expect(text).toMatch(/^RANGOON 00000557 +00\d(?:\.\d)? OF 004$/);
    expect(found[found.length - 1]).toEqual([found[found.length - 1][0], 'VILLAROSA', 'cableSignature']);
  });

  it('leave out the rules and slashes around a title, and give each line of a two-line title its own token', () => {
    const text = makeCable({ body: ['1. (C) One.', '', '------- Comment: -------', '', '2. (C) Two.', '', '//ETA ON THE WANE//', '', '3. (C) Three.', '', 'PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT', 'OPPOSITION TACTICS', '', '4. (C) Four.'] });
    const found = tokens(doc(text)).filter(([, , type]) => type !== 'cableSignature' && !type.startsWith('cableTag'));
    expect(found.map(([, t, type]) => [t, type])).toEqual([
      ['Comment:', 'cableCommentHeading'],
      ['ETA ON THE WANE', 'cableHeading'],
      ['PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT', 'cableHeading'],
      ['OPPOSITION TACTICS', 'cableHeading'],
    ]);
  });

  it('mark each tag by the kind the tables give it, also on the line the TAGS line goes on to (09TRIPOLI943)', () => {
    const text = makeCable({ tags: 'TAGS: PREL PGOV KGIC UNSC OVIP (CLINTON, HILLARY) XYZW COUNTER TERRORISM\nLY' });
    const found = tokens(doc(text)).filter(([, , type]) => type.startsWith('cableTag'));
    expect(found.map(([, t, type]) => [t, type])).toEqual([
      ['PREL', 'cableTagSubject'],
      ['PGOV', 'cableTagSubject'],
      ['KGIC', 'cableTagProgram'],
      ['UNSC', 'cableTagOrganization'],
      ['OVIP', 'cableTagSubject'],
      ['(CLINTON, HILLARY)', 'cableTagPerson'],
      ['XYZW', 'cableTagOther'],
      // Words that are no TAGS code: free text (05SANAA923).
      ['COUNTER', 'cableTagFreeText'],
      ['TERRORISM', 'cableTagFreeText'],
      ['LY', 'cableTagCountry'],
    ]);
  });

  it('mark the words that open and close a summary or comment, also where a line break cuts them', () => {
    const text = makeCable({ body: ['1. (C) Summary: The talks went well and the initiatives', 'go on. End', 'Summary.', '', '2. (C) Comment: We agree. End Comment.'] });
    const found = tokens(doc(text)).filter(([, , type]) => type.endsWith('Marker'));
    expect(found.map(([, t, type]) => [t, type])).toEqual([
      ['Summary', 'cableSummaryMarker'],
      ['End', 'cableSummaryMarker'],
      ['Summary', 'cableSummaryMarker'],
      ['Comment', 'cableCommentMarker'],
      ['End Comment', 'cableCommentMarker'],
    ]);
  });

  it('are sorted, never overlap, and stay inside their lines on every seed', () => {
    for (const name of ['000_ea1a4c7a725ed8c9.txt', '06SKOPJE118.txt', '09ABUJA1907.txt', '07ISLAMABAD1583.txt']) {
      const document = doc(readSeed(name));
      const { data } = service().getSemanticTokens(document);
      expect(data.length % 5).toBe(0);
      const lines = document.getText().split(/\r?\n/);
      const decoded = decode(data);
      decoded.forEach((t, k) => {
        const previous = decoded[k - 1];
        if (previous && previous.line === t.line) expect(t.character).toBeGreaterThanOrEqual(previous.character + previous.length);
        if (previous) expect(t.line).toBeGreaterThanOrEqual(previous.line);
        expect(t.length).toBeGreaterThan(0);
        expect(t.character + t.length).toBeLessThanOrEqual(lines[t.line].length);
      });
    }
  });
});
