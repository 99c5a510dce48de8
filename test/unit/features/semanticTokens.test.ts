import { describe, expect, it } from 'vitest';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, service } from '../../helpers/service';
import { makeCable } from '../../helpers/cables';
import { readSeed } from '../../helpers/text';
import { TOKEN_TYPES } from '../../../server/src/features/semanticTokens';

/** The tokens of a document decoded from the protocol's relative encoding: 1-based line, text, type. */
function tokens(document: TextDocument): [number, string, string][] {
  const { data } = service().getSemanticTokens(document);
  const lines = document.getText().split(/\r?\n/);
  const out: [number, string, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push([line + 1, lines[line].slice(character, character + data[i + 2]), TOKEN_TYPES[data[i + 3]]]);
  }
  return out;
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
    const text = makeCable({ tags: 'TAGS: PREL PGOV KGIC UNSC OVIP (CLINTON, HILLARY) XYZW\nLY' });
    const found = tokens(doc(text)).filter(([, , type]) => type.startsWith('cableTag'));
    expect(found.map(([, t, type]) => [t, type])).toEqual([
      ['PREL', 'cableTagSubject'],
      ['PGOV', 'cableTagSubject'],
      ['KGIC', 'cableTagProgram'],
      ['UNSC', 'cableTagOrganization'],
      ['OVIP', 'cableTagSubject'],
      ['(CLINTON, HILLARY)', 'cableTagPerson'],
      ['XYZW', 'cableTagOther'],
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
      let line = 0;
      let character = 0;
      let lastEnd = 0;
      for (let i = 0; i < data.length; i += 5) {
        expect(data[i] > 0 || data[i + 1] >= lastEnd - character).toBe(true);
        line += data[i];
        character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
        lastEnd = character + data[i + 2];
        expect(data[i + 2]).toBeGreaterThan(0);
        expect(lastEnd).toBeLessThanOrEqual(document.getText().split(/\r?\n/)[line].length);
      }
    }
  });
});
