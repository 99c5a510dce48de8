// The extension in a real VS Code: activation, detection, outline, hovers, diagnostics and quick fixes, settings,
// the preview, folding, completion and links. Runs inside the extension host (code-server or desktop VS Code).

import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, diagnosticsWhere, hoverText, openCable, positionOf, waitFor, workspaceFile } from './util';

interface Api {
  previews: { get(uri: vscode.Uri): { version: number; panel: vscode.WebviewPanel; onDidRender: vscode.Event<number> } | undefined };
}

const SEED = workspaceFile('000_ea1a4c7a725ed8c9.txt');

describe('Cable in VS Code', function () {
  let editor: vscode.TextEditor;
  let api: Api;

  before(async function () {
    editor = await openCable(SEED);
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await waitFor('the extension to be active', () => extension.isActive && extension.exports);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('cable').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates on the seed, which opens as a .txt and is detected as a cable', () => {
    assert.strictEqual(editor.document.languageId, 'cable');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
  });

  it('leaves a plain .txt that is no cable in plain text', async () => {
    const notes = await vscode.workspace.openTextDocument(workspaceFile('notes.txt'));
    await vscode.window.showTextDocument(notes, { preview: false });
    assert.strictEqual(notes.languageId, 'plaintext');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(SEED), { preview: false });
  });

  it('gives the outline: sections with their paragraphs, 12 paragraphs numbered 1–12', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', SEED);
      return s && s.length ? s : undefined;
    });
    const paragraphs: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => {
      for (const s of list) {
        if (/^\d+\./.test(s.name)) paragraphs.push(s);
        else walk(s.children);
      }
    };
    walk(symbols);
    assert.deepStrictEqual(paragraphs.map((p) => Number(p.name.split('.')[0])), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const section = symbols.find((s) => s.name === 'Water Under the Bridge');
    assert.ok(section, 'a section symbol for the heading "Water Under the Bridge"');
    assert.deepStrictEqual(section.children.map((c) => c.name), ['5. (C) Zibari said that he had']);
    assert.strictEqual(paragraphs[5].name, '6. (C) Zibari said Iraq needs security');
  });

  it('colours the headings and the signature with semantic tokens the theme styles through the grammar\'s scopes', async () => {
    const legend = await waitFor('a semantic tokens legend', async () => await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', SEED));
    const tokens = await waitFor('semantic tokens', async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', SEED);
      return t && t.data.length ? t : undefined;
    });
    const found: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      found.push(`${legend.tokenTypes[tokens.data[i + 3]]} ${editor.document.lineAt(line).text.slice(character, character + tokens.data[i + 2])}`);
    }
    assert.ok(found.includes('cableHeading Water Under the Bridge'), found.join(' | '));
    assert.strictEqual(found[found.length - 1], 'cableSignature ARNETT');
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'cable' }).get('semanticHighlighting.enabled'), true);
  });

  it('checks every cable of the workspace into the Problems panel, closed files too, and clears the check', async () => {
    const vienna = workspaceFile('06VIENNA515.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === vienna.toString()), 'the file is not open');
    const result = await vscode.commands.executeCommand<{ cables: number; errors: number }>('cable.checkWorkspace');
    assert.ok(result.cables > 150, `checked ${result.cables} cables`);
    const codes = await waitFor('the closed file\'s diagnostics', () => {
      const d = vscode.languages.getDiagnostics(vienna);
      return d.length ? d.map(codeOf) : undefined;
    });
    assert.deepStrictEqual(codes, ['portion-caveat-not-in-banner']);
    await vscode.commands.executeCommand('cable.clearWorkspaceCheck');
    await waitFor('the check cleared', () => vscode.languages.getDiagnostics(vienna).length === 0);
  });

  it('explains PREL, (C), 1.5 and IZ on hover', async () => {
    const doc = editor.document;
    const hover = async (lineHint: string, needle: string) => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', SEED, positionOf(doc, lineHint, needle)));
    assert.match(await hover('TAGS', 'PREL'), /External Political Relations/);
    assert.match(await hover('2. (C)', '(C)'), /portion marked \*\*CONFIDENTIAL\*\*[\s\S]*Fits the cable's CONFIDENTIAL banner/);
    assert.match(await hover('Classified By', '1.5'), /Section 1\.5[\s\S]*foreign government information/);
    assert.match(await hover('TAGS', 'IZ'), /country tag: \*\*Iraq\*\*/);
  });

  it('warns about the six mangled numbers; the quick fix of one changes its line and its warning goes', async () => {
    const mangled = (d: readonly vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'paragraph-number-mangled');
    const before = await diagnosticsWhere(SEED, (d) => mangled(d).length === 6);
    const first = mangled(before)[0];
    assert.strictEqual(editor.document.lineAt(first.range.start.line).text.split(' ')[0], '16.');
    assert.strictEqual(first.source, 'cable');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', SEED, first.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix, got ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(editor.document.lineAt(first.range.start.line).text.split(' ')[0], '6.');
    const after = await diagnosticsWhere(SEED, (d) => mangled(d).length === 5);
    assert.ok(!mangled(after).some((d) => d.range.start.line === first.range.start.line));
  });

  it('drops a rule\'s diagnostics when cable.rules turns it off (as "Disable rule … for this workspace" does)', async () => {
    const [mangled] = (await diagnosticsWhere(SEED, (list) => list.some((x) => codeOf(x) === 'paragraph-number-mangled'))).filter((x) => codeOf(x) === 'paragraph-number-mangled');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', SEED, mangled.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable rule paragraph-number-mangled for this workspace');
    assert.ok(disable?.command, 'the code action that disables the rule');
    await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
    assert.deepStrictEqual(vscode.workspace.getConfiguration('cable').inspect('rules')?.workspaceValue, { 'paragraph-number-mangled': 'off' });
    const d = await diagnosticsWhere(SEED, (list) => !list.some((x) => codeOf(x) === 'paragraph-number-mangled'));
    assert.ok(d.some((x) => codeOf(x) === 'reason-section-outdated'), 'other rules still report');
    await vscode.workspace.getConfiguration('cable').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(SEED, (list) => list.some((x) => codeOf(x) === 'paragraph-number-mangled'));
  });

  it('opens a preview titled after the cable, which follows edits', async () => {
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('cable.preview.show');
    const preview = await waitFor('the preview to render', () => {
      const p = api.previews.get(SEED);
      return p && p.version >= 0 ? p : undefined;
    });
    assert.strictEqual(preview.panel.title, 'Preview 04ISTANBUL1019');
    // The tab's label follows the panel's title a moment later.
    const tab = await waitFor('a webview tab titled "Preview 04ISTANBUL1019"', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Preview 04ISTANBUL1019' && t.input instanceof vscode.TabInputWebview),
    );
    assert.ok(tab.input instanceof vscode.TabInputWebview);
    const rendered = new Promise<number>((resolve) => preview.onDidRender((v) => resolve(v)));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(SEED, new vscode.Position(editor.document.lineCount, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const version = await Promise.race([rendered, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no re-render within 5 s')), 5000))]);
    assert.strictEqual(version, editor.document.version);
  });

  it('folds, completes tags on the TAGS line, and links a REF to a cable of the workspace', async () => {
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', SEED);
    assert.ok(folds.some((f) => editor.document.lineAt(f.start).text === 'Water Under the Bridge'), 'a fold for a section');
    const tagsEnd = positionOf(editor.document, 'TAGS', 'NATO', 4);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', SEED, tagsEnd);
    const pgov = completions.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'PGOV');
    assert.strictEqual(pgov?.detail, 'Internal Governmental Affairs');
    const paris = workspaceFile('09PARIS1534.txt');
    await openCable(paris);
    const links = await waitFor('document links', async () => {
      const l = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', paris);
      return l && l.some((x) => x.target?.fsPath.endsWith('08PARIS1501.txt')) ? l : undefined;
    });
    assert.ok(links.some((l) => l.target?.fsPath.endsWith('08PARIS1568.txt')));
  });

  it('finds the cables of the workspace that cite a cable', async () => {
    const paris = workspaceFile('09PARIS1534.txt');
    const { document } = await openCable(paris);
    const ref = positionOf(document, 'REF: A. 08 PARIS 1501', '1501', 1);
    const found = await waitFor('references', async () => {
      const l = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', paris, ref);
      return l && l.some((x) => x.uri.fsPath.endsWith('08PARIS1568.txt')) ? l : undefined;
    });
    assert.ok(found.some((l) => l.uri.fsPath.endsWith('09PARIS1534.txt') && l.range.start.line === ref.line), 'the REF entry itself');
  });

  it('says above the banner how many cables of the workspace cite a cable, and lists them on a click', async () => {
    const cited = workspaceFile('08PARIS1501.txt');
    await openCable(cited);
    const lenses = await waitFor('a code lens', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', cited);
      return l && l.length ? l : undefined;
    });
    assert.match(lenses[0].command?.title ?? '', /^Cited by \d+ cables? of the workspace$/);
    assert.strictEqual(lenses[0].command?.command, 'cable.showCitations');
    await vscode.commands.executeCommand(lenses[0].command!.command, ...(lenses[0].command!.arguments ?? []));
  });

  it('goes from a mention in the body, (ref A), to the REF entry, and highlights the entry with its mentions', async () => {
    const ankara = workspaceFile('05ANKARA7215.txt');
    const { document } = await openCable(ankara);
    const mention = positionOf(document, '(ref A)', 'A', 0);
    const entryLine = document.getText().split('\n').findIndex((l) => l.startsWith('REF: A. ANKARA 6543'));
    const definitions = await waitFor('definition', async () => {
      const d = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', ankara, mention);
      return d && d.length ? d : undefined;
    });
    const target = definitions[0];
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.strictEqual(range.start.line, entryLine);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', ankara, mention);
    assert.deepStrictEqual(
      highlights.map((h) => h.range.start.line),
      [entryLine, mention.line],
    );
  });
});
