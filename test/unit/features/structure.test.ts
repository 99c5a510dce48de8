import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, indexed, service } from '../../helpers/service';
import { makeCable } from '../../helpers/cables';
import { joinLines, readSeed, seedFiles } from '../../helpers/text';
import { parseCable } from '../../../server/src/cable/parse';
import { paragraphName } from '../../../server/src/features/documentSymbols';

const names = (symbols: DocumentSymbol[] | undefined): string[] => (symbols ?? []).map((s) => s.name);

describe('document symbols', () => {
  const text = makeCable({
    ref: 'REF: A. 08 PARIS 1501 B. STATE 12345',
    body: ['1. (C) Summary: The minister agreed to talk. End Summary.', '', 'The Talks', '---------', '', '2. (C) They talked at length.', 'And more.', '', '3. (U) Comment: fine.'],
  });
  const symbols = service().findDocumentSymbols(doc(text));

  it('lists routing, header with its fields, paragraphs, headings and the signature', () => {
    expect(names(symbols)).toEqual(['Routing 201247Z JAN 04', 'Header 04ANKARA348', '1. (C) Summary: The minister agreed to', 'The Talks', 'Signature: EDELMAN']);
    const header = symbols[1];
    expect(names(header.children)).toEqual(['Banner: CONFIDENTIAL', 'SIPDIS', 'E.O. 12958: DECL 2014-01-07', 'TAGS: PREL PGOV TU', 'SUBJECT: TURKISH VIEWS ON IRAQ', 'REF (2)', 'Classified By: Ambassador Eric Edelman']);
    expect(names(header.children![5].children)).toEqual(['A. 08 PARIS 1501', 'B. STATE 12345']);
    expect(header.children![5].children![0].detail).toBe('08PARIS1501');
    expect(header.detail).toBe('CONFIDENTIAL');
  });

  it('holds under a Summary heading only the paragraphs before its End Summary (07MOSCOW3579)', () => {
    const text = makeCable({ body: ['-------', 'Summary', '-------', '', '¶1. (C) Kadyrov celebrated his 100th day.', '', 'End Summary.', '', '¶2. (C) Kadyrov celebrated his hundredth day as President.', '', 'Cutting Out the Competition', '---------------------------', '', '¶3. (C) Three.'] });
    const symbols = service().findDocumentSymbols(doc(text));
    const body = symbols.filter((s) => !/^(Routing|Header|Signature)/.test(s.name));
    expect(body.map((s) => [s.name, names(s.children)])).toEqual([
      ['Summary', ['1. (C) Kadyrov celebrated his 100th day.']],
      ['2. (C) Kadyrov celebrated his hundredth day', []],
      ['Cutting Out the Competition', ['3. (C) Three.']],
    ]);
  });

  it('shows a summary whose end alone is written under its paragraph (09ISTANBUL440)', () => {
    const text = makeCable({ body: ['¶1. (C) Turkey pursues a multi-faceted relationship with Iran.  End Summary.', '', '¶2. (C) Two.'] });
    const symbols = service().findDocumentSymbols(doc(text));
    const first = symbols.find((s) => s.name.startsWith('1. (C)'))!;
    expect(names(first.children)).toEqual(['Summary']);
  });

  it('names the E.O. line as written: DECL only where the cable writes it', () => {
    const eoName = (eo: string) => names(service().findDocumentSymbols(doc(makeCable({ eo })))[1].children).find((n) => n.startsWith('E.O.'));
    expect(eoName('E.O. 11652: NGDS')).toBe('E.O. 11652: NGDS');
    expect(eoName('E.O. 12958: N/A')).toBe('E.O. 12958: N/A');
    expect(eoName('E.O. 12958: DECL: N/A')).toBe('E.O. 12958: DECL N/A');
    expect(eoName('E.O. 12958: 01/07/2014')).toBe('E.O. 12958: DECL 2014-01-07');
  });

  it('puts paragraphs under their heading and a summary inside its paragraph', () => {
    expect(names(symbols[3].children)).toEqual(['2. (C) They talked at length.', '3. (U) Comment: fine.']);
    expect(names(symbols[2].children)).toEqual(['Summary']);
    expect(names(symbols[3].children![1].children)).toEqual(['Comment']);
    expect(symbols[3].children![1].children![0].detail).toBe('no end marker');
  });

  it('names REF entries without the published ¶, with the cited id as detail (06MOSCOW5740)', () => {
    const header = service().findDocumentSymbols(doc(readSeed('06MOSCOW5740.txt'))).find((s) => s.name.startsWith('Header'))!;
    const ref = header.children!.find((s) => s.name.startsWith('REF'))!;
    expect(ref.children!.map((s) => [s.name, s.detail])).toEqual([
      ['A. 2005 MOSCOW 14734', '05MOSCOW14734'],
      ['B. MOSCOW 5000', '06MOSCOW5000'],
      ['C. MOSCOW 3335', '06MOSCOW3335'],
    ]);
  });

  it('puts lettered sub-paragraphs under their paragraph, each to the blank line that ends it (08MUNICH423)', () => {
    const outline = service().findDocumentSymbols(doc(readSeed('08MUNICH423.txt')));
    const section = outline.find((s) => s.name.startsWith("CSU SALTING THE CDU'S SOUP"))!;
    const p4 = section.children!.find((s) => s.name.startsWith('4. (C)'))!;
    expect(p4.children!.map((s) => [s.name, s.range.start.line + 1, s.range.end.line + 1])).toEqual([
      ['a) Taking a hard line against', 78, 84],
      ['b) Insisting on more EU "subsidiarity."', 86, 89],
      ['c) Strengthening and refocusing the economy.', 91, 102],
    ]);
  });

  it('leaves the note on the cable\'s clearance out of a comment heading with no closer (08ALGIERS261)', () => {
    const text = makeCable({ body: ['COMMENT: NEED TO SAVE FACE', '--------------------------', '', '5. (S) Bouteflika repeated it.', '', '6. (U) This cable has not been cleared by A/S Welch.'] });
    const outline = service().findDocumentSymbols(doc(text));
    expect(outline.map((s) => [s.name, names(s.children)]).filter(([n]) => !/^(Routing|Header|Signature)/.test(n as string))).toEqual([
      ['COMMENT: NEED TO SAVE FACE', ['5. (S) Bouteflika repeated it.']],
      ['6. (U) This cable has not been', []],
    ]);
    const block = parseCable(text).blocks.find((b) => b.kind === 'comment')!;
    expect(text.split('\n')[block.endLine - 1]).toBe('5. (S) Bouteflika repeated it.');
  });

  it('puts a comment inside a lettered sub-paragraph under it, and one between them under the paragraph (09BAKU175)', () => {
    const text = makeCable({
      body: ['4. (S) The names:', '', 'D. (S) Kamal Darvishi runs the bank.', '(Comment: We assume he does so', 'for the IRGC. End Comment).', '', 'E. (S) Jamsheed Ali runs another.', '', 'Comment: Both matter. End comment.', '', '5. (C) Five.'],
    });
    const p4 = service().findDocumentSymbols(doc(text)).find((s) => s.name.startsWith('4. (S)'))!;
    expect(p4.children!.map((s) => [s.name, names(s.children)])).toEqual([
      ['D. (S) Kamal Darvishi runs the', ['Comment']],
      ['E. (S) Jamsheed Ali runs another.', []],
      ['Comment', []],
    ]);
  });

  it('puts lettered answers in no numbered paragraph under their heading, and the roman items under them (09PESHAWAR41)', () => {
    const questionnaire = makeCable({
      banner: 'S E C R E T PESHAWAR 000041',
      body: ['The following responses are keyed to questions in Reftel.', '', '(U) Demonstrations', '', '¶A. Yes. There are numerous religious communities.', '', 'i. In Peshawar, YES.', '', 'ii. No, Consulate Peshawar is insulated.', '', 'iv. All three are possible.', '', '¶B. Demonstrations are generally peaceful.', '', 'II. (S) Macro Conflict Conditions', '', '¶A. Yes. Elements of the Taliban.', '', '¶8. (U) Point of contact: the RSO.'],
    });
    const outline = service().findDocumentSymbols(doc(questionnaire));
    const tree = (list: DocumentSymbol[] | undefined): unknown[] => (list ?? []).map((s) => (s.children ? [s.name, tree(s.children)] : s.name));
    const body = outline.filter((s) => !/^(Routing|Header|Signature)/.test(s.name));
    expect(tree(body)).toEqual([
      ['(U) Demonstrations', [['A. Yes. There are numerous religious', ['i. In Peshawar, YES.', 'ii. No, Consulate Peshawar is insulated.', 'iv. All three are possible.']], 'B. Demonstrations are generally peaceful.']],
      ['II. (S) Macro Conflict Conditions', ['A. Yes. Elements of the Taliban.', '8. (U) Point of contact: the RSO.']],
    ]);
  });

  it('names a lettered title in capitals over its text by its own line (05SOFIA1207: L. (C) RUSSIAN INFLUENCE)', () => {
    const outline = service().findDocumentSymbols(doc(makeCable({ body: ['8. (C) Eight:', '', '¶L. (C) RUSSIAN INFLUENCE', 'Russia continues to exercise influence.'] })));
    expect(names(outline.find((s) => s.name.startsWith('8. (C)'))!.children)).toEqual(['L. (C) RUSSIAN INFLUENCE']);
  });

  it('names an item over a list of dashes with no space after them by its own line (08STATE116392)', () => {
    const body = ['4. (S) Reporting needs:', '', '¶A. Palestinian-Israeli Peace Process', '', '      1) Final Status Issues (SRCC-1).', '--Details regarding final-status arrangements on issues of', 'security, borders and border crossings.', '', '      2) Perceptions of US Role in', 'the Peace Process (SRCC-2).'];
    const outline = service().findDocumentSymbols(doc(makeCable({ body })));
    const a = outline.find((s) => s.name.startsWith('4. (S)'))!.children!.find((s) => s.name.startsWith('A.'))!;
    expect(names(a.children)).toEqual(['1) Final Status Issues (SRCC-1).', '2) Perceptions of US Role in']);
  });

  it('names a title over a list whole when it is no sentence and not long (09STATE62397)', () => {
    const body = ['4. (S/NF) Reporting and collection needs:', '¶A. Foreign Relations and Energy Security', ' 1) Energy Security (ENGR-3H). Plans to diversify supplies of oil and gas.', '¶B. Financial Stability, Economic Development, and Societal Challenges', ' 1) Financial Stability and Economic Development (ECFS-4H). Plans and efforts to respond to the crisis.', ' 2) Money Laundering (MONY-5H). Government plans.'];
    const outline = service().findDocumentSymbols(doc(makeCable({ body })));
    const items = outline.find((s) => s.name.startsWith('4. (S/NF)'))!.children!;
    expect(names(items)).toEqual(['A. Foreign Relations and Energy Security', 'B. Financial Stability, Economic Development, and Societal Challenges']);
    // The items right under a title are its list.
    expect(names(items[1].children)).toEqual(['1) Financial Stability and Economic Development', '2) Money Laundering (MONY-5H). Government plans.']);
  });

  it('names a lettered title over a list by its own line (09STATE80163: A. Key Near-Term Issues over 1) Darfur/Sudan)', () => {
    const outline = service().findDocumentSymbols(doc(makeCable({ body: ['3. (S) Issues:', '', 'A. Key Near-Term Issues', '1) Darfur/Sudan', '2) Iran', '', 'B. Key Continuing', 'Issues of the mission.'] })));
    const p3 = outline.find((s) => s.name.startsWith('3. (S)'))!;
    expect(names(p3.children)).toEqual(['A. Key Near-Term Issues', 'B. Key Continuing Issues of the']);
  });

  it('puts numbered items under the lettered sub-paragraph they follow, and under the paragraph without one', () => {
    const outline = service().findDocumentSymbols(doc(readSeed('09STATE80163.txt')));
    const p15 = outline.find((s) => s.name.startsWith('15.'))!;
    const a = p15.children!.find((s) => s.name === 'A. Key Near-Term Issues')!;
    expect(names(a.children)).toEqual(['1) Darfur/Sudan (FPOL-1).', '2) Afghanistan/Pakistan (FPOL-1).', '3) Somalia (FPOL-1).', '4) Iran (FPOL-1).', '5) North Korea (FPOL-1).']);
    expect(a.range.end.line).toBe(a.children![4].range.end.line);
    const moscow = service().findDocumentSymbols(doc(readSeed('09MOSCOW2754.txt')));
    expect(names(moscow.find((s) => s.name.startsWith('1. (SBU)'))!.children)).toEqual([
      '1) Joint Staff Talks (JSTs): This',
      '2) Bilateral Defense Consultations (BDCs): Hosted',
      '3) General Officer/Flag Officer Discussions (GO/FO):',
      '4) US-GOR Colonels Working Group (CWG):',
    ]);
  });

  it('puts the titles only underlined under a title between two rules with no paragraph of its own (89PANAMA8545, 05MADRID1626)', () => {
    const rule = '------------------------------------------';
    const body = ['¶13. (S) Thirteen.', '', rule, 'THE STATUS OF UNRELENTING PRESSURES', rule, '', 'INTERNATIONAL', '-------------', '¶14. (S) Fourteen.', '', 'ECONOMIC', '--------', '¶15. (S) Fifteen.', '', rule, 'THE FUTURE OF THE PANAMA CRISIS', rule, '¶16. (S) Sixteen.'];
    const outline = service().findDocumentSymbols(doc(makeCable({ banner: 'S E C R E T PANAMA 008545', body })));
    const status = outline.find((s) => s.name === 'THE STATUS OF UNRELENTING PRESSURES')!;
    expect(names(status.children)).toEqual(['INTERNATIONAL', 'ECONOMIC']);
    expect(names(status.children![1].children)).toEqual(['15. (S) Fifteen.']);
    expect(status.range.end.line).toBe(status.children![1].range.end.line);
    expect(names(outline.find((s) => s.name === 'THE FUTURE OF THE PANAMA CRISIS')!.children)).toEqual(['16. (S) Sixteen.']);
    // The model says so: which boxed title each underlined one stands under.
    const headings = parseCable(makeCable({ banner: 'S E C R E T PANAMA 008545', body })).headings;
    expect(headings.map((h) => [h.text, h.boxed ?? false, h.within ?? null])).toEqual([
      ['THE STATUS OF UNRELENTING PRESSURES', true, null],
      ['INTERNATIONAL', false, 0],
      ['ECONOMIC', false, 0],
      ['THE FUTURE OF THE PANAMA CRISIS', true, null],
    ]);
    // Not the rows of a table under its boxed head (09RANGOON355): a title not underlined ends the group.
    const table = ['¶2. (C) Two.', '', rule, 'Team Owner and Company Sanctions', rule, '', 'Kanbawza Aung Ko Win/Kanbawza Bank No', '', '¶3. (C) Three.', '', 'Early Success', '-------------', '', '¶4. (C) Four.'];
    const t = service().findDocumentSymbols(doc(makeCable({ body: table })));
    expect(t.find((s) => s.name === 'Team Owner and Company Sanctions')?.children ?? []).toEqual([]);
    expect(t.some((s) => s.name === 'Early Success')).toBe(true);
  });

  it('shows the distribution printout of a received copy as a row of its own, not notes of the header (10SANAA4, 90CAPETOWN97)', () => {
    const sanaa = readSeed('10SANAA4.txt');
    const cable = parseCable(sanaa);
    expect(cable.headerNotes.filter((n) => n.distribution).map((n) => [n.line, n.endLine, n.text.slice(0, 30)])).toEqual([[1, 8, 'INFO LOG-00 EEB-00 AF-00 AID-0']]);
    const outline = service().findDocumentSymbols(doc(sanaa));
    expect(names(outline).slice(0, 3)).toEqual(['Distribution: INFO LOG-00 EEB-00 …', 'Routing 041333Z JAN 10', 'Header 10SANAA4']);
    const header = outline[2];
    expect(header.range.start.line).toBe(30);
    expect(names(header.children).filter((n) => n.startsWith('Distribution'))).toEqual([]);
    // Inside the header (after the banner, 90CAPETOWN97): a row of the header.
    const cape = service().findDocumentSymbols(doc(readSeed('90CAPETOWN97.txt')));
    // Each named by its first words, so that the rows tell apart.
    expect(names(cape[0].children).filter((n) => n.startsWith('Distribution'))).toEqual(['Distribution: ACTION AF-00', 'Distribution: INFO LOG-00 ADS-00 …']);
  });

  it('shows a routing block inside the header as a row of it, named by its first addressee when it has no date-time group (05MADRID1178, 09STATE63860)', () => {
    const text = joinLines(
      'This record is a partial extract of the original cable. The full text of the original cable is not available.',
      '',
      'C O N F I D E N T I A L MADRID 001178',
      '',
      'SIPDIS',
      '',
      'INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY',
      'AMEMBASSY BOGOTA PRIORITY',
      'AMEMBASSY BRASILIA PRIORITY',
      '',
      'E.O. 12958: DECL: 03/29/2015',
      'TAGS: PREL PGOV PTER SP VZ',
      'SUBJECT: DEMARCHE TO ZAPATERO ON MEETING WITH CHAVEZ',
      '',
      "Classified By: Charge d'Affaires Bob Manzanares; reasons 1.4 (B) and (D)",
      '',
      '¶1. (C) Charge conveyed Ref A points.',
    );
    const outline = service().findDocumentSymbols(doc(text));
    expect(names(outline)).toEqual(['Header 05MADRID1178', '1. (C) Charge conveyed Ref A points.']);
    expect(names(outline[0].children).slice(0, 4)).toEqual(['Banner: CONFIDENTIAL', 'SIPDIS', 'Routing: INFO EUROPEAN POLITICAL COLLECTIVE (+2)', 'E.O. 12958: DECL 2015-03-29']);
    // Received copies: the routing header between the notes of the copy and the banner is a row of the header, in order.
    const received = service().findDocumentSymbols(doc(readSeed('09STATE63860.txt')));
    const header = received.find((s) => s.name.startsWith('Header'))!;
    const rows = names(header.children);
    expect(rows.indexOf('Routing 191717Z JUN 09')).toBe(rows.indexOf('Banner: SECRET') - 1);
    expect(names(received).filter((n) => n.startsWith('Routing'))).toEqual([]);
  });

  it('names a REF entry as written, its letter once where the copy wrote it twice (05MADRID1178)', () => {
    const outline = service().findDocumentSymbols(doc(makeCable({ ref: 'REF: A. A) SECSTATE 52920\n¶B. B) HALL - MANZANARES E-MAIL OF 3/23\nC. (C) ANKARA 1234' })));
    const ref = outline.find((s) => s.name.startsWith('Header'))!.children!.find((s) => s.name.startsWith('REF'))!;
    expect(names(ref.children)).toEqual(['A. SECSTATE 52920', 'B. HALL - MANZANARES E-MAIL OF 3/23', 'C. ANKARA 1234']);
  });

  it('puts the items of a numbered list inside a paragraph under it (09STATE81957)', () => {
    const outline = service().findDocumentSymbols(doc(readSeed('09STATE81957.txt')));
    const conclusion = outline.find((s) => s.name === 'Conclusion')!;
    expect(names(conclusion.children)).toEqual(['28. (S) Costner summarized the meeting and']);
    const items = conclusion.children![0].children!;
    expect(names(items).map((n) => n.split(' ')[0])).toEqual(['1.', '2.', '3.', '1.', '2.', '3.', '4.', '5.', '1.', '2.', '3.']);
    expect(items[0].name).toBe('1. On Eritrea/Somalia, the U.S. will');
    expect(items.every((i) => i.detail === 'list item')).toBe(true);
    expect(conclusion.children![0].range.end).toEqual(items[items.length - 1].range.end);
  });

  it('nests every child range inside its parent', () => {
    const within = (outer: DocumentSymbol, inner: DocumentSymbol) => {
      const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      expect(before(outer.range.start, inner.range.start) && before(inner.range.end, outer.range.end)).toBe(true);
      expect(before(inner.range.start, inner.selectionRange.start) && before(inner.selectionRange.end, inner.range.end)).toBe(true);
      for (const c of inner.children ?? []) within(inner, c);
    };
    for (const s of symbols) for (const c of s.children ?? []) within(s, c);
  });

  it('nests every child range inside its parent on every seed', () => {
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    const within = (outer: DocumentSymbol, inner: DocumentSymbol, file: string) => {
      expect(before(outer.range.start, inner.range.start) && before(inner.range.end, outer.range.end), `${file}: ${inner.name} in ${outer.name}`).toBe(true);
      for (const c of inner.children ?? []) within(inner, c, file);
    };
    for (const file of seedFiles()) for (const s of service().findDocumentSymbols(doc(readSeed(file)))) for (const c of s.children ?? []) within(s, c, file);
  });

  it('puts the paragraphs of a comment that runs over several paragraphs under it (09DJIBOUTI113)', () => {
    const body = ['1. (C) One.', '', 'The Talks', '', '2. (C) Two.', '', '3. (U) COMMENT. The mission believes', 'the talks will go on.', '', '4. (U) They may fail. END COMMENT.', '', '5. (C) Five.'];
    const symbols = service().findDocumentSymbols(doc(makeCable({ body })));
    const talks = symbols.find((s) => s.name === 'The Talks')!;
    expect(names(talks.children)).toEqual(['2. (C) Two.', 'Comment', '5. (C) Five.']);
    const comment = talks.children![1];
    expect(names(comment.children)).toEqual(['3. (U) COMMENT. The mission believes', '4. (U) They may fail. END COMMENT.']);
    expect(comment.range.start).toEqual(comment.children![0].range.start);
    expect(comment.range.end).toEqual(comment.children![1].range.end);
  });

  it('lists the header notes (passing instructions, a published date line) where they stand among the fields', () => {
    const header = service().findDocumentSymbols(doc(readSeed('01PRETORIA1173.txt'))).find((s) => s.name.startsWith('Header'))!;
    expect(names(header.children).slice(0, 4)).toEqual(['Date: 23 Feb 2001 15:53 UTC', 'Banner: CONFIDENTIAL', 'FOR AF AND S/S FROM AMBASSADOR', 'E.O. 12958: DECL 2011-02-22']);
    expect([header.children![0].detail, header.children![2].detail]).toEqual(['date line', 'note']);
  });

  it('places every paragraph where the document puts its offsets, with LF, CRLF and CR line ends', () => {
    for (const file of seedFiles().slice(0, 60)) {
      const lf = readSeed(file).replace(/\r\n?/g, '\n');
      for (const variant of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
        const document = doc(variant);
        const cable = parseCable(variant);
        const byName = new Map<string, DocumentSymbol>();
        const walk = (list: DocumentSymbol[] | undefined): void => {
          for (const s of list ?? []) {
            byName.set(`${s.selectionRange.start.line}:${s.name}`, s);
            walk(s.children);
          }
        };
        walk(service().findDocumentSymbols(document));
        for (const [i, p] of cable.paragraphs.entries()) {
          const start = document.positionAt(p.start);
          const symbol = byName.get(`${start.line}:${paragraphName(p)}`);
          expect(symbol, `${file} paragraph ${p.written}`).toBeDefined();
          // A paragraph with a numbered list inside reaches to the end of its last item.
          const end = Math.max(p.end, ...cable.paragraphs.filter((q) => q.listIn === i).map((q) => q.end));
          expect(symbol!.range).toEqual({ start, end: document.positionAt(end) });
          expect(symbol!.selectionRange).toEqual({ start: document.positionAt(p.numberSpan.start), end: document.positionAt(p.numberSpan.end) });
        }
      }
    }
  });
});

describe('folding ranges', () => {
  it('folds routing, header, headed sections and multi-line paragraphs', () => {
    const text = makeCable({ body: ['1. (C) Summary: One', 'two. End Summary.', '', 'The Talks', '', '2. (C) Line one', 'line two.'] });
    const lines = text.split('\n');
    const ranges = service().getFoldingRanges(doc(text)).map((r) => [lines[r.startLine], lines[r.endLine], r.kind ?? '']);
    expect(ranges).toEqual([
      ['O 201247Z JAN 04', 'TO SECSTATE WASHDC IMMEDIATE 1234', 'imports'],
      ['C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 000348', 'Classified By: Ambassador Eric Edelman for reasons 1.4 (b) and (d).', ''],
      ['1. (C) Summary: One', 'two. End Summary.', ''],
      ['1. (C) Summary: One', 'two. End Summary.', 'region'],
      ['The Talks', 'line two.', ''],
      ['2. (C) Line one', 'line two.', ''],
    ]);
  });

  it('folds lettered sub-paragraphs and numbered items of several lines', () => {
    const text = makeCable({ body: ['1. (C) One:', '', 'A. (C) First, on', 'two lines.', '', 'B. (C) Second.', '', '1) An item', 'on two lines.'] });
    const lines = text.split('\n');
    const ranges = service().getFoldingRanges(doc(text)).map((r) => [lines[r.startLine], lines[r.endLine]]);
    expect(ranges).toContainEqual(['A. (C) First, on', 'two lines.']);
    expect(ranges).toContainEqual(['1) An item', 'on two lines.']);
    expect(ranges.some(([a]) => a === 'B. (C) Second.')).toBe(false);
  });
});

describe('code actions', () => {
  const text = makeCable({ body: ['1. (c) One.', '', '3. (C) Three.'] });
  const document = doc(text);
  const lines = text.split('\n');
  const line = lines.indexOf('1. (c) One.');
  const range = { start: { line, character: 3 }, end: { line, character: 6 } };

  it('offers the fix of a finding in range as the preferred quick fix', () => {
    const actions = service().getCodeActions(document, range, { diagnostics: [] }, {}, { canDisableRule: false });
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ['Write (C)', 'quickfix', true],
      ['Renumber paragraphs', 'source.renumberParagraphs', undefined],
    ]);
  });

  it('offers the two ways out of a NOFORN portion in a cable without NOFORN, none preferred (07PORTAUPRINCE408)', () => {
    const text = makeCable({ banner: 'S E C R E T PORT AU PRINCE 000408', body: ['1. (S) One.', '', '2. (S/NF) Two.'] });
    const d = doc(text);
    const line = text.split('\n').findIndex((x) => x.startsWith('2. (S/NF)'));
    const actions = service().getCodeActions(d, { start: { line, character: 4 }, end: { line, character: 5 } }, { diagnostics: [], only: ['quickfix'] }, {}, { canDisableRule: false });
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([
      ['Add a NOFORN caption line below the banner', undefined],
      ['Write (S): drop NOFORN from (S/NF)', undefined],
    ]);
    const apply = (action: (typeof actions)[number]) => TextDocument.applyEdits(d, action.edit!.changes![d.uri]);
    const added = apply(actions[0]);
    expect(added).toContain('S E C R E T PORT AU PRINCE 000408\nNOFORN\n');
    expect(service().getFindings(doc(added), {}).map((f) => f.code)).not.toContain('portion-caveat-not-in-banner');
    expect(apply(actions[1])).toContain('\n2. (S) Two.');
  });

  it('offers them on every NOFORN portion the one finding stands for, and to drop NOFORN from all of them', () => {
    const text = makeCable({ banner: 'S E C R E T PORT AU PRINCE 000408', body: ['1. (S//NF) One.', '', '2. (S) Two.', '', '3. (S/NF) Three.'] });
    const d = doc(text);
    expect(service().getFindings(d, {}).filter((f) => f.code === 'portion-caveat-not-in-banner')).toHaveLength(1);
    const line = text.split('\n').findIndex((x) => x.startsWith('3. (S/NF)'));
    const actions = service().getCodeActions(d, { start: { line, character: 4 }, end: { line, character: 5 } }, { diagnostics: [], only: ['quickfix'] }, {}, { canDisableRule: false });
    expect(actions.map((a) => a.title)).toEqual(['Add a NOFORN caption line below the banner', 'Write (S): drop NOFORN from (S/NF)', 'Drop NOFORN from all 2 NOFORN portions']);
    const dropped = TextDocument.applyEdits(d, actions[2].edit!.changes![d.uri]);
    expect(dropped).toContain('\n1. (S) One.');
    expect(dropped).toContain('\n3. (S) Three.');
    expect(service().getFindings(doc(dropped), {}).map((f) => f.code)).not.toContain('portion-caveat-not-in-banner');
    // Not on a portion that is no NOFORN one.
    const other = text.split('\n').findIndex((x) => x.startsWith('2. (S)'));
    expect(service().getCodeActions(d, { start: { line: other, character: 4 }, end: { line: other, character: 5 } }, { diagnostics: [], only: ['quickfix'] }, {}, { canDisableRule: false })).toEqual([]);
  });

  it('offers the markings the banner allows for an unmarked paragraph, none preferred', () => {
    const unmarked = makeCable({ body: ['1. (C) One.', '', '2. Zibari said so.', '', '3.', 'Three, on the next line.'] });
    const d = doc(unmarked);
    const at = (needle: string) => {
      const l = unmarked.split('\n').findIndex((x) => x.startsWith(needle));
      return { start: { line: l, character: 0 }, end: { line: l, character: 1 } };
    };
    const actions = service().getCodeActions(d, at('2.'), { diagnostics: [], only: ['quickfix'] }, {}, { canDisableRule: false });
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([
      ['Mark paragraph 2 (U) (unclassified)', undefined],
      ['Mark paragraph 2 (SBU) (sensitive but unclassified)', undefined],
      ['Mark paragraph 2 (C) (confidential)', undefined],
    ]);
    const apply = (action: (typeof actions)[number]) => TextDocument.applyEdits(d, action.edit!.changes![d.uri]);
    expect(apply(actions[2])).toContain('\n2. (C) Zibari said so.\n');
    // A number alone on its line.
    const third = service().getCodeActions(d, at('3.'), { diagnostics: [], only: ['quickfix'] }, {}, { canDisableRule: false });
    expect(apply(third[0])).toContain('\n3. (U)\nThree, on the next line.');
    // Once marked, nothing more is offered.
    expect(service().getCodeActions(doc(apply(actions[2])), at('2.'), { diagnostics: [], only: ['quickfix'] }, {}, { canDisableRule: false })).toEqual([]);
  });

  it('offers to disable a rule only to clients that can', () => {
    const diagnostics = service().computeDiagnostics(document, {}).filter((d) => d.range.start.line === line);
    const withDisable = service().getCodeActions(document, range, { diagnostics }, {}, { canDisableRule: true });
    expect(withDisable.map((a) => a.title)).toContain('Disable rule portion-malformed for this workspace');
    const only = service().getCodeActions(document, range, { diagnostics, only: ['quickfix'] }, {}, { canDisableRule: false });
    expect(only.map((a) => a.title)).toEqual(['Write (C)']);
  });

  it('gives diagnostics a code, the source "cable" and the rule section of docs/rules.md', () => {
    const [d] = service().computeDiagnostics(document, {}).filter((x) => x.code === 'paragraph-sequence');
    expect(d).toMatchObject({ source: 'cable', severity: 2, codeDescription: { href: 'file:///docs/rules.md#paragraph-sequence' } });
  });
});

describe('links, definitions and workspace symbols', () => {
  const text = makeCable({ ref: 'REF: A. 08 PARIS 1501 B. STATE 12345', body: ['1. (C) As 08PARIS1501 and 08 PARIS 1501 reported; see also 04ANKARA348.'] });
  const cables = [indexed('08PARIS1501', 'FRENCH VIEWS'), indexed('04STATE12345', 'GUIDANCE'), indexed('04ANKARA348', 'THIS CABLE', 'file:///test/self.cable')];
  const document = doc(text, 'file:///test/self.cable');

  it('links references and cable ids to cables of the workspace, not to the cable itself', () => {
    const links = service(cables).findDocumentLinks(document);
    const linked = links.map((l) => [text.slice(document.offsetAt(l.range.start), document.offsetAt(l.range.end)), l.target]);
    expect(linked).toEqual([
      ['A. 08 PARIS 1501', 'file:///ws/08PARIS1501.txt'],
      ['B. STATE 12345', 'file:///ws/04STATE12345.txt'],
      ['08PARIS1501', 'file:///ws/08PARIS1501.txt'],
      ['08 PARIS 1501', 'file:///ws/08PARIS1501.txt'],
    ]);
  });

  it('goes to the definition of a cited cable', () => {
    const at = document.positionAt(text.indexOf('08PARIS1501') + 3);
    expect(service(cables).findDefinition(document, at).map((l) => l.uri)).toEqual(['file:///ws/08PARIS1501.txt']);
    expect(service(cables).findDefinition(document, document.positionAt(text.indexOf('minister') >= 0 ? 0 : 0))).toEqual([]);
  });

  it('finds workspace cables by id or subject, fuzzily', () => {
    const svc = service(cables);
    expect(svc.findWorkspaceSymbols('french').map((s) => s.name)).toEqual(['08PARIS1501: FRENCH VIEWS']);
    expect(svc.findWorkspaceSymbols('08pa').map((s) => s.name)).toEqual(['08PARIS1501: FRENCH VIEWS']);
    expect(svc.findWorkspaceSymbols('')).toHaveLength(3);
  });
});

describe('find all references', () => {
  // 08PARIS1501 as an open document; 08PARIS1568 and 09PARIS1534, which cite it, in the index.
  const cited = makeCable({ banner: 'C O N F I D E N T I A L PARIS 001501', body: ['1. (C) Text.'] });
  const citing = (id: string, uri: string, line: number, character: number) => ({ ...indexed(id, null, uri), cites: [{ id: '04PARIS1501', range: { start: { line, character }, end: { line, character: character + 10 } } }] });
  const cables = [citing('04PARIS1568', 'file:///ws/b.txt', 30, 5), citing('04PARIS1534', 'file:///ws/a.txt', 24, 5), indexed('04PARIS1501', null, 'file:///ws/self.txt')];
  const document = doc(cited, 'file:///ws/self.txt');
  const bannerLine = cited.split('\n').findIndex((l) => l.startsWith('C O N F'));

  it('lists the citing cables from the banner of the cited one, with its own banner as the declaration', () => {
    const at = { line: bannerLine, character: 2 };
    const found = service(cables).findReferences(document, at, true);
    expect(found.map((l) => [l.uri, l.range.start.line])).toEqual([
      ['file:///ws/self.txt', bannerLine],
      ['file:///ws/a.txt', 24],
      ['file:///ws/b.txt', 30],
    ]);
    expect(service(cables).findReferences(document, at, false).map((l) => l.uri)).toEqual(['file:///ws/a.txt', 'file:///ws/b.txt']);
  });

  it('finds nothing where the cursor names no cable', () => {
    const line = cited.split('\n').findIndex((l) => l.startsWith('1. (C)'));
    expect(service(cables).findReferences(document, { line, character: 9 }, true)).toEqual([]);
  });
});

describe('the parse cache', () => {
  it('parses a document once per version', () => {
    const svc = service();
    const text = joinLines('S E C R E T STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (S) One.');
    const d1 = doc(text, 'file:///cache.cable');
    expect(svc.getCable(d1)).toBe(svc.getCable(d1));
    const d2 = doc(text + '\n', 'file:///cache.cable');
    expect(svc.getCable(d2)).toBe(svc.getCable(d2));
  });
});

describe('a cable marked ENTIRE TEXT in its first paragraph (90CAPETOWN97)', () => {
  it('gives its unmarked paragraphs the whole text\'s classification in the outline and the hover', () => {
    const text = readSeed('90CAPETOWN97.txt');
    const symbols = service().findDocumentSymbols(doc(text));
    const all: DocumentSymbol[] = [];
    const walk = (list: DocumentSymbol[] | undefined) => list?.forEach((s) => (all.push(s), walk(s.children)));
    walk(symbols);
    const paragraphs = all.filter((s) => /^\d+\. /.test(s.name));
    expect(paragraphs.length).toBe(17);
    expect(new Set(paragraphs.map((s) => s.detail))).toEqual(new Set(['CONFIDENTIAL (entire text)']));
    const line = text.split('\n').findIndex((l) => l.startsWith('¶10.'));
    const hover = service().doHover(doc(text), { line, character: 1 });
    expect((hover?.contents as { value: string }).value).toMatch(/^\*\*Paragraph 10\*\*, CONFIDENTIAL like the whole text \(the first paragraph says ENTIRE TEXT\)/);
  });
});
