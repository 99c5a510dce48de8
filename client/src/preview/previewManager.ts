// The previews: one per document, reused; restored after a reload by the webview panel serializer.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CablePreview, PREVIEW_VIEW_TYPE } from './cablePreview';
import type { PreviewState } from './messages';

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
  private readonly previews = new Map<string, CablePreview>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
  ) {}

  /** Opens (or reveals) the preview of a document. */
  show(uri: vscode.Uri, column: vscode.ViewColumn): CablePreview {
    const existing = this.previews.get(uri.toString());
    if (existing) {
      existing.panel.reveal(column, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview ${uri.path.replace(/^.*\//, '')}`, { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    // Opened where the editor is scrolled to, as Markdown's preview opens.
    const editor = vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const top = editor?.visibleRanges[0]?.start.line;
    return this.track(new CablePreview(panel, uri, this.extensionUri, this.client, top !== undefined && top > 0 ? top : undefined));
  }

  /** The preview of a document, if one is open. */
  get(uri: vscode.Uri): CablePreview | undefined {
    return this.previews.get(uri.toString());
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.uri);
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch {
      panel.dispose();
      return;
    }
    this.track(new CablePreview(panel, uri, this.extensionUri, this.client, state.line));
  }

  private track(preview: CablePreview): CablePreview {
    const key = preview.uri.toString();
    this.previews.set(key, preview);
    preview.onDispose(() => {
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
    return preview;
  }

  dispose(): void {
    for (const p of [...this.previews.values()]) p.dispose();
    this.previews.clear();
  }
}
