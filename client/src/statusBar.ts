// The status bar item: the active cable's overall classification (coloured like its banner) and reference id.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CABLE_SUMMARY_METHOD, type CableSummaryResult } from '../../server/src/protocol';
import { statusText } from './statusText';

export class ClassificationStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cable.classification', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Cable Classification';
    this.item.command = 'cable.preview.showToSide';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.update(), 300);
        }
      }),
      vscode.workspace.onDidOpenTextDocument(() => void this.update()),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'cable') {
      this.item.hide();
      return;
    }
    try {
      const summary = await this.client.sendRequest<CableSummaryResult | null>(CABLE_SUMMARY_METHOD, { uri: editor.document.uri.toString() });
      if (!summary || vscode.window.activeTextEditor !== editor) return;
      this.item.text = statusText(summary);
      // The text carries the banner's colour as a coloured square; SECRET and above also turn the item red.
      const level = summary.classification.level;
      this.item.backgroundColor = level === 'SECRET' || level === 'TOP SECRET' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
      this.item.tooltip = new vscode.MarkdownString(
        `**${summary.classification.level ?? 'No classification banner'}**${summary.referenceId ? ` — ${summary.referenceId}` : ''}${summary.subject ? `\n\n${summary.subject}` : ''}\n\nClick to open the preview.`,
      );
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
