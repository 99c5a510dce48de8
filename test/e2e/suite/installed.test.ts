// The packaged .vsix, installed with --install-extension (not under development): it activates and serves the outline.

import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openCable, waitFor, workspaceFile } from './util';

describe('Cable installed from its .vsix', function () {
  it('is installed, not under development', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.ok(!extension.extensionPath.includes('/test/e2e/harness'), 'not the harness');
    assert.match(extension.extensionPath, /installed-extensions/);
  });

  it('activates on a cable and serves its outline', async () => {
    const seed = workspaceFile('000_ea1a4c7a725ed8c9.txt');
    const editor = await openCable(seed);
    assert.strictEqual(editor.document.languageId, 'cable');
    await waitFor('the extension to be active', () => vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed);
      return s && s.length ? s : undefined;
    });
    assert.ok(symbols.some((s) => s.name === 'Header 04ISTANBUL1019'));
    const count = (list: vscode.DocumentSymbol[]): number => list.reduce((n, s) => n + (/^\d+\./.test(s.name) ? 1 : count(s.children)), 0);
    assert.strictEqual(count(symbols), 12);
  });
});
