import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionList, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent, SelectionRange, SymbolInformation } from 'vscode-languageserver-types';
import { TestClient } from '../helpers/lspClient';
import { makeCable } from '../helpers/cables';
import { SEEDS_DIR, SEED_FILE, seedText } from '../helpers/text';
import { CABLE_CHECK_WORKSPACE_METHOD, type CableModelResult, type CheckWorkspaceResult } from '../../server/src/protocol';

const SEED_URI = pathToFileURL(SEED_FILE).href;
const seed = seedText();
const seedLines = seed.split('\n');

/** The position of the first occurrence of `needle` on a line that contains `lineHint`, at `delta` into the needle. */
function pos(text: string, lineHint: string, needle: string, delta = 0) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(lineHint) && l.includes(needle));
  if (line < 0) throw new Error(`no line with ${lineHint} / ${needle}`);
  return { line, character: lines[line].indexOf(needle) + delta };
}

const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');

describe('the language server over the protocol, on the seed', () => {
  const client = new TestClient({ rootUri: pathToFileURL(SEEDS_DIR).href, initializationOptions: { supportsDisableRule: true } });

  beforeAll(async () => {
    await client.initialize();
    await client.open(SEED_URI, seed);
  });
  afterAll(() => client.shutdown());

  it('announces its capabilities', () => {
    const caps = client.initializeResult!.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    for (const c of ['documentSymbolProvider', 'hoverProvider', 'foldingRangeProvider', 'completionProvider', 'codeActionProvider', 'documentLinkProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'selectionRangeProvider', 'workspaceSymbolProvider', 'semanticTokensProvider'] as const) {
      expect(caps[c]).toBeTruthy();
    }
  });

  it('pushes the six mangled-number warnings with code, source and a link to the rule', async () => {
    const diagnostics = await client.diagnostics(SEED_URI, (d) => d.length > 0);
    const mangled = diagnostics.filter((d) => d.code === 'paragraph-number-mangled');
    expect(mangled.map((d) => seedLines[d.range.start.line].split(' ')[0])).toEqual(['16.', '17.', '18.', '19.', '110.', '112.']);
    for (const d of mangled) {
      expect(d.source).toBe('cable');
      expect(d.severity).toBe(2);
      expect(d.codeDescription?.href).toMatch(/^file:.*\/docs\/rules\.md#paragraph-number-mangled$/);
    }
    expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('gives the outline: header fields, headings with their paragraphs, 12 paragraphs', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    const header = symbols.find((s) => s.name.startsWith('Header'))!;
    expect(header.name).toBe('Header 04ISTANBUL1019');
    expect(header.children!.map((c) => c.name)).toEqual([
      'Banner: CONFIDENTIAL',
      'SIPDIS',
      'E.O. 12958: DECL 2014-06-30',
      'TAGS: PREL IZ TU NATO',
      "SUBJECT: A/S JONES MEETING WITH IRAQI FM ZIBARI AND IRAQI MOD SHA'ALAN",
      'Classified By: A/S Elizabeth Jones',
    ]);
    const headings = symbols.filter((s) => s.kind === 2);
    expect(headings.map((h) => h.name)).toEqual(['Important Beginning', 'To Rule is To Decide', 'IIG Progressing, Gaining Political Support', 'Water Under the Bridge', 'Up to Iraqis', '...And Equipping?', 'Time and Turkey']);
    const paragraphs = [...symbols.filter((s) => /^\d+\./.test(s.name)), ...headings.flatMap((h) => h.children ?? [])];
    expect(paragraphs).toHaveLength(12);
    const six = paragraphs.find((p) => p.name.startsWith('6.'))!;
    expect(six.name).toBe('6. (C) Zibari said Iraq needs security');
    expect(six.detail).toBe('CONFIDENTIAL · written 16.');
    expect(paragraphs[0].children?.map((c) => c.name)).toEqual(['Summary']);
  });

  it.each([
    ['PREL', pos(seed, 'TAGS', 'PREL', 1), /subject tag: \*\*External Political Relations\*\*/],
    ['IZ', pos(seed, 'TAGS', 'IZ', 1), /country tag: \*\*Iraq\*\* \(ISO 3166 IQ\)/],
    ['NATO', pos(seed, 'TAGS', 'NATO', 1), /organization tag: \*\*North Atlantic Treaty Organization\*\*/],
    ['the banner', pos(seed, 'C O N F', 'C O N F', 2), /\*\*CONFIDENTIAL\*\* — classification banner[\s\S]*section 1 of 2 · from ISTANBUL · serial 001019/],
    ['(C)', pos(seed, '2. (C)', '(C)', 1), /portion marked \*\*CONFIDENTIAL\*\*[\s\S]*Fits the cable's CONFIDENTIAL banner/],
    ['E.O. 12958', pos(seed, 'E.O.', '12958', 2), /E\.O\. 12958, Classified National Security Information \(Clinton\)/],
    ['the DECL date', pos(seed, 'E.O.', '06/30/2014', 3), /Declassify on 30 Jun 2014/],
    ['1.5', pos(seed, 'Classified By', '1.5', 1), /\*\*Section 1\.5\*\* of E\.O\. 12958 as signed[\s\S]*\(b\) foreign government information/],
    ['the reason letter b', pos(seed, 'Classified By', 'b&d', 0), /\*\*1\.5 \(b\)\*\* — foreign government information/],
    ['SIPDIS', pos(seed, 'SIPDIS', 'SIPDIS', 2), /\*\*SIPDIS\*\* — SIPRNet distribution/],
    ['the mangled 16.', pos(seed, '16. (C)', '16.', 1), /\*\*16\.\*\* stands for \*\*¶6\.\*\*/],
  ])('hovers on %s', async (_name, position, expected) => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: SEED_URI }, position });
    expect(hoverText(hover)).toMatch(expected);
    expect(hover!.range).toBeDefined();
  });

  it('colours the headings and signature of the seed with semantic tokens of the types package.json maps to scopes', async () => {
    const legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(legend.tokenTypes).toEqual(manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id));
    expect(Object.keys(manifest.contributes.semanticTokenScopes[0].scopes)).toEqual(legend.tokenTypes);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: SEED_URI } });
    const found: [string, string][] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      found.push([legend.tokenTypes[data[i + 3]], seedLines[line].slice(character, character + data[i + 2])]);
    }
    expect(found.filter(([type]) => type === 'cableHeading').map(([, t]) => t)).toEqual(['Important Beginning', 'To Rule is To Decide', 'IIG Progressing, Gaining Political Support', 'Water Under the Bridge', 'Up to Iraqis', '...And Equipping?', 'Time and Turkey']);
    expect(found[found.length - 1]).toEqual(['cableSignature', 'ARNETT']);
  });

  it('folds the header, each section, multi-line paragraphs and the summary', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: SEED_URI } });
    const starts = ranges.map((r) => seedLines[r.startLine]);
    expect(starts).toContain(seedLines.find((l) => l.startsWith('C O N F')));
    expect(starts).toContain('Water Under the Bridge');
    const five = ranges.find((r) => seedLines[r.startLine].startsWith('5. (C)'))!;
    expect(seedLines[five.endLine]).toMatch(/build their own future\.$/);
  });

  it('completes tags with their meaning on the TAGS line', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: SEED_URI }, position: pos(seed, 'TAGS', 'NATO', 4) });
    const pgov = list.items.find((i) => i.label === 'PGOV')!;
    expect(pgov.detail).toBe('Internal Governmental Affairs');
    expect(list.items.find((i) => i.label === 'PREL')).toBeUndefined();
    expect(list.items.find((i) => i.label === 'GM')?.detail).toBe('Germany');
  });

  it('completes portion markings allowed by the banner after a paragraph number', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: SEED_URI }, position: pos(seed, '3. (C)', '(C)', 0) });
    expect(list.items.map((i) => i.label)).toEqual(['(U)', '(SBU)', '(C)']);
    expect(list.items.find((i) => i.label === '(C)')!.preselect).toBe(true);
  });

  it('completes reason letters with their category in Classified By', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: SEED_URI }, position: pos(seed, 'Classified By', '(b&d)', 1) });
    expect(list.items.map((i) => i.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(list.items[3].detail).toMatch(/foreign relations or foreign activities of the United States/);
  });

  it('completes captions on a line between the banner and the E.O. line', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: SEED_URI }, position: { line: seedLines.indexOf('SIPDIS') + 1, character: 0 } });
    expect(list.items.map((i) => i.label)).toEqual(expect.arrayContaining(['NOFORN', 'SIPDIS', 'NODIS', 'EXDIS', 'CORRECTED COPY']));
  });

  it('offers the fix of a mangled number as the preferred quick fix, and disabling the rule', async () => {
    const diagnostics = await client.diagnostics(SEED_URI, (d) => d.length > 0);
    const d = diagnostics.find((x) => x.code === 'paragraph-number-mangled')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: SEED_URI }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Write 6.');
    expect(fix.kind).toBe('quickfix');
    expect(fix.edit!.changes![SEED_URI]).toEqual([{ range: { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line, character: 2 } }, newText: '6' }]);
    const disable = actions.find((a) => a.command?.command === 'cable.disableRule')!;
    expect(disable.title).toBe('Disable rule paragraph-number-mangled for this workspace');
    expect(disable.command!.arguments).toEqual(['paragraph-number-mangled']);
  });

  it('expands the selection from a portion marking to its paragraph, its section, the body and the cable', async () => {
    const position = pos(seed, '17. (C)', '(C)', 1);
    const [range] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: SEED_URI }, positions: [position] });
    const starts: string[] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) {
      const { start, end } = r.range;
      starts.push(seedLines[start.line].slice(start.character, start.line === end.line ? end.character : undefined).slice(0, 12) + ` @${start.line + 1}-${end.line + 1}`);
    }
    expect(starts).toEqual(['(C) @42-42', '17. (C) Ziba @42-42', 'Up to Iraqis @38-42', '1. (C) Summa @18-56', ` @1-${seedLines.length}`]);
  });

  it('offers "Renumber paragraphs" as a source action', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: SEED_URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source'] } });
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Renumber paragraphs', 'source.renumberParagraphs']]);
    expect(actions[0].edit!.changes![SEED_URI]).toHaveLength(6);
  });

  it('serves the model to the preview through cable/model', async () => {
    const model = await client.request<CableModelResult>('cable/model', { uri: SEED_URI });
    expect(model.cable.referenceId).toBe('04ISTANBUL1019');
    expect(model.cable.paragraphs).toHaveLength(12);
    expect(model.tags.PREL).toEqual({ kind: 'subject', meaning: 'External Political Relations' });
    expect(model.reasons).toEqual({ b: 'foreign government information', d: 'foreign relations or foreign activities of the United States, including confidential sources' });
    expect(model.findings.filter((f) => f.code === 'paragraph-number-mangled').map((f) => f.line)).toEqual([39, 41, 45, 47, 49, 55]);
    expect(model.bannerLines).toEqual([4]);
  });

  it('follows an incremental change: fixing 16. removes its warning', async () => {
    const line = seedLines.findIndex((l) => l.startsWith('16. (C)'));
    await client.change(SEED_URI, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 2 } }, text: '6' }]);
    const diagnostics = await client.diagnostics(SEED_URI, () => true, 2);
    expect(diagnostics.filter((d) => d.code === 'paragraph-number-mangled')).toHaveLength(5);
  });

  it('turns a rule off when cable.rules says so', async () => {
    await client.setSettings({ rules: { 'paragraph-number-mangled': 'off' } });
    const diagnostics = await client.diagnostics(SEED_URI, (d) => !d.some((x) => x.code === 'paragraph-number-mangled'));
    expect(diagnostics.some((d) => d.code === 'reason-section-outdated')).toBe(true);
    await client.setSettings({ rules: {} });
    await client.diagnostics(SEED_URI, (d) => d.some((x) => x.code === 'paragraph-number-mangled'));
  });

  it('clears the diagnostics when the document closes', async () => {
    await client.close(SEED_URI);
    await client.diagnostics(SEED_URI, (d) => d.length === 0);
  });
});

describe('the language server on real cables in a workspace', () => {
  const client = new TestClient({ rootUri: pathToFileURL(SEEDS_DIR).href });
  const file = path.join(SEEDS_DIR, '09PARIS1534.txt');
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');

  beforeAll(async () => {
    await client.initialize();
    await client.waitFor('the workspace index', () => client.logs.find((l) => /^indexed \d+ cables/.test(l)));
    await client.open(uri, text);
    await client.diagnostics(uri);
  });
  afterAll(() => client.shutdown());

  it('links a REF entry to the cited cable file in the workspace, and goes to it', async () => {
    const target = pathToFileURL(path.join(SEEDS_DIR, '08PARIS1501.txt')).href;
    const found = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    expect(found.map((l) => l.target)).toEqual(expect.arrayContaining([target, pathToFileURL(path.join(SEEDS_DIR, '08PARIS1568.txt')).href]));
    const refLine = text.split('\n').findIndex((l) => l.includes('08 PARIS 1501'));
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: refLine, character: text.split('\n')[refLine].indexOf('1501') } });
    expect(definition.map((l) => l.uri)).toEqual([target]);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: refLine, character: text.split('\n')[refLine].indexOf('1501') } });
    expect(hoverText(hover)).toMatch(/Cable \*\*08PARIS1501\*\* — in this workspace: \[08PARIS1501\.txt\]/);
  });

  it('says above the banner of a cable how many cables of the workspace cite it, and none where no cable does', async () => {
    const cited = pathToFileURL(path.join(SEEDS_DIR, '08PARIS1501.txt')).href;
    const citedText = readFileSync(path.join(SEEDS_DIR, '08PARIS1501.txt'), 'utf8');
    await client.open(cited, citedText);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: cited } });
    expect(lenses.map((l) => l.command?.title)).toEqual([expect.stringMatching(/^Cited by \d+ cables? of the workspace$/)]);
    const [lens] = lenses;
    expect(citedText.split('\n')[lens.range.start.line]).toMatch(/N F I D E N T I A L SECTION 01 OF/);
    expect(lens.command!.command).toBe('cable.showCitations');
    expect(lens.command!.arguments).toEqual([cited, lens.range.start]);
    // The count is that of the cables Find All References lists at the banner, this one left out.
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: cited }, position: lens.range.start, context: { includeDeclaration: false } });
    const citing = new Set(refs.map((r) => r.uri).filter((u) => u !== cited));
    expect(lens.command!.title).toBe(`Cited by ${citing.size} cable${citing.size === 1 ? '' : 's'} of the workspace`);
    await client.close(cited);
    expect(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);
  });

  it('checks every cable of the workspace on request, closed ones too, keeps a closed one checked after it was open, and clears them', async () => {
    const vienna = pathToFileURL(path.join(SEEDS_DIR, '06VIENNA515.txt')).href;
    const result = await client.request<CheckWorkspaceResult>(CABLE_CHECK_WORKSPACE_METHOD, {});
    const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).length;
    // Every seed with a reference id is indexed (the sample has one too); each has its findings counted.
    expect(result.cables).toBeGreaterThan(seeds - 5);
    expect(result.cables).toBeLessThanOrEqual(seeds);
    expect(result.errors).toBeGreaterThan(0);
    const published = await client.diagnostics(vienna, (d) => d.length > 0);
    expect(published.map((d) => d.code)).toEqual(['portion-caveat-not-in-banner']);
    // Opened and closed again: read again from the disk, not cleared.
    await client.open(vienna, readFileSync(path.join(SEEDS_DIR, '06VIENNA515.txt'), 'utf8'));
    await client.waitFor('the open file checked', () => client.publications(vienna).some((p) => p.version !== undefined));
    const count = client.publications(vienna).length;
    await client.close(vienna);
    await client.waitFor('the closed file checked again', () => client.publications(vienna).length > count && client.publications(vienna).at(-1)!.diagnostics.length === 1);
    // Cleared: the closed files' diagnostics are taken back; an open file keeps its own.
    const openPublications = client.publications(uri).length;
    await client.request(CABLE_CHECK_WORKSPACE_METHOD, { clear: true });
    await client.diagnostics(vienna, (d) => d.length === 0);
    expect(client.publications(uri).length).toBe(openPublications);
  });

  it('finds every cable of the workspace that cites a cable (Find All References)', async () => {
    const refLine = text.split('\n').findIndex((l) => l.includes('08 PARIS 1501'));
    const position = { line: refLine, character: text.split('\n')[refLine].indexOf('1501') };
    const found = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    const seed = (f: string) => pathToFileURL(path.join(SEEDS_DIR, f)).href;
    expect(found.map((l) => [l.uri, l.range.start.line])).toEqual([
      [seed('08PARIS1501.txt'), 0],
      [uri, refLine],
      [seed('08PARIS1568.txt'), readFileSync(path.join(SEEDS_DIR, '08PARIS1568.txt'), 'utf8').split('\n').findIndex((l) => /\bPARIS 1501\b/.test(l))],
    ]);
  });

  it('goes from a mention of a REF entry in the body to the entry, and highlights the entry with its mentions', async () => {
    const ankara = pathToFileURL(path.join(SEEDS_DIR, '05ANKARA7215.txt')).href;
    const lines = readFileSync(path.join(SEEDS_DIR, '05ANKARA7215.txt'), 'utf8').split('\n');
    await client.open(ankara, lines.join('\n'));
    const mention = lines.findIndex((l) => l.includes('(ref A)'));
    const position = { line: mention, character: lines[mention].indexOf('(ref A)') + 5 };
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: ankara }, position });
    expect(definition.map((l) => [l.uri, l.range.start.line])).toEqual([[ankara, lines.findIndex((l) => l.startsWith('REF: A. ANKARA 6543'))]]);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: ankara }, position });
    expect(highlights.map((h) => [h.range.start.line, h.kind])).toEqual([
      [lines.findIndex((l) => l.startsWith('REF: A.')), 3],
      [mention, 2],
    ]);
    await client.close(ankara);
  });

  it('hovers routing indicators and the date-time group of the routing header', async () => {
    const lines = text.split('\n');
    const to = lines.findIndex((l) => l.startsWith('TO RUEHC/'));
    const h1 = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: to, character: 4 } });
    expect(hoverText(h1)).toMatch(/\*\*RUEHC\*\* — routing indicator of \*\*SECSTATE WASHDC\*\* \(the routing table has DEPT OF STATE WASHINGTON DC\) · action addressee/);
    const dtgLine = lines.findIndex((l) => /^[OPR] \d{6}Z/.test(l));
    const h2 = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: dtgLine, character: 4 } });
    expect(hoverText(h2)).toMatch(/date-time group: \d+ \w{3} 2009 \d\d:\d\d UTC/);
  });

  it('finds cables of the workspace by id and subject', async () => {
    const byId = await client.request<SymbolInformation[]>('workspace/symbol', { query: '08PARIS1501' });
    expect(byId[0].name).toMatch(/^08PARIS1501: /);
    expect(byId[0].location.uri).toBe(pathToFileURL(path.join(SEEDS_DIR, '08PARIS1501.txt')).href);
    const all = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    expect(all.length).toBeGreaterThanOrEqual(190);
  });

  it('reads an UNCLAS SBU cable: SENSITIVE caption, SBU markings, no Classified By warning', async () => {
    const sbu = makeCable({ banner: 'UNCLAS ANKARA 000348', captions: ['SIPDIS', 'SENSITIVE'], eo: 'E.O. 12958: N/A', classifiedBy: null, body: ['1. (SBU) Summary: x. End Summary.', '', '2. (U) Two.'] });
    const u = 'untitled:sbu.cable';
    await client.open(u, sbu);
    expect(await client.diagnostics(u)).toEqual([]);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: pos(sbu, '1. (SBU)', '(SBU)', 1) });
    expect(hoverText(hover)).toMatch(/portion marked \*\*UNCLASSIFIED\*\* · caveats: SBU/);
  });
});

describe('beyond cable.maxFileSizeMB', () => {
  const client = new TestClient({ settings: { maxFileSizeMB: 0.01, rules: {} } });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('gives the outline but skips the rules, and says so once', async () => {
    const big = makeCable({ tags: 'TAGS: PREL MOPPS TU', body: Array.from({ length: 300 }, (_, i) => `${i + 1}. (C) Paragraph ${i + 1} of a long cable with enough text in it.\n`) });
    const u = 'untitled:big.cable';
    await client.open(u, big);
    await client.diagnostics(u, (d) => d.length === 0);
    await client.waitFor('the size message', () => client.messages.find((m) => /larger than cable\.maxFileSizeMB/.test(m.message)));
    await client.change(u, 2, [{ text: big + '\n' }]);
    await client.diagnostics(u, () => true, 2);
    expect(client.messages.filter((m) => /larger than/.test(m.message))).toHaveLength(1);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
    expect(symbols.filter((s) => /^\d+\./.test(s.name))).toHaveLength(300);
  });
});

describe('a client without hierarchical document symbols', () => {
  const client = new TestClient({});
  beforeAll(() => client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } }));
  afterAll(() => client.shutdown());

  it('gets the outline as a flat list, each symbol naming its container', async () => {
    await client.open(SEED_URI, seed);
    const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    expect(symbols.every((s) => 'location' in s && s.location.uri === SEED_URI && !('children' in s))).toBe(true);
    const six = symbols.find((s) => s.name.startsWith('6. (C)'));
    expect(six).toMatchObject({ containerName: 'Up to Iraqis', location: { range: { start: { line: seedLines.findIndex((l) => l.startsWith('16. (C)')) } } } });
    expect(symbols.filter((s) => /^\d+\./.test(s.name))).toHaveLength(12);
  });
});
