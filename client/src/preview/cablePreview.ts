// One preview panel for one cable document: throttled refresh, version check, scroll sync, dispose.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CABLE_MODEL_METHOD, type CableModelResult } from '../../../server/src/protocol';
import { makeNonce, previewHtml } from './html';
import type { FromWebview, ToWebview } from './messages';

export const PREVIEW_VIEW_TYPE = 'cable.preview';
/** Later refreshes wait until typing has paused this long (the first render is immediate). */
const REFRESH_DELAY_MS = 250;

export class CablePreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renderedVersion = -1;
  private ready = false;
  private disposed = false;
  /** Editor and preview scroll each other; ignore the echo of our own scroll for a moment. */
  private ignoreEditorScrollUntil = 0;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDispose = this.onDisposeEmitter.event;
  private readonly onDidRenderEmitter = new vscode.EventEmitter<number>();
  /** Fires with the document version each time the preview is sent a new rendering. */
  readonly onDidRender = this.onDidRenderEmitter.event;

  /** The document version the preview shows (-1 before the first rendering). */
  get version(): number {
    return this.renderedVersion;
  }

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly initialLine?: number,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(media, 'preview-icon.svg');
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      title: `Preview ${uri.path.replace(/^.*\//, '')}`,
    });
    panel.title = `Preview ${uri.path.replace(/^.*\//, '')}`;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri.toString()) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() !== this.uri.toString() || Date.now() < this.ignoreEditorScrollUntil) return;
        const top = e.visibleRanges[0]?.start.line;
        if (top !== undefined) this.post({ type: 'scrollToLine', line: top });
      }),
    );
  }

  /** Renders at once (the first time, or when asked), skipping a version already shown. */
  async refresh(force = false): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed || !this.ready) return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    if (!document) return;
    if (!force && document.version === this.renderedVersion) return;
    try {
      const model = await this.client.sendRequest<CableModelResult | null>(CABLE_MODEL_METHOD, { uri: this.uri.toString() });
      if (!model || this.disposed) return;
      this.renderedVersion = model.version;
      this.panel.title = `Preview ${model.cable.referenceId ?? this.uri.path.replace(/^.*\//, '')}`;
      this.post({ type: 'render', model });
      this.onDidRenderEmitter.fire(model.version);
    } catch (error) {
      this.post({ type: 'error', message: `The preview could not be rendered: ${(error as Error).message}` });
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.renderedVersion = -1;
        await this.refresh(true);
        if (this.initialLine !== undefined) this.post({ type: 'scrollToLine', line: this.initialLine });
        break;
      case 'revealLine':
        await this.revealLine(m.line, true);
        break;
      case 'scrolled':
        await this.revealLine(m.line, false);
        break;
      case 'openCable':
        await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { viewColumn: vscode.ViewColumn.One });
        break;
    }
  }

  /** Shows a line in the editor: selected (a click) or scrolled to the top (scroll sync). */
  private async revealLine(line: number, select: boolean): Promise<void> {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    if (!editor && !select) return;
    const target = editor ?? (await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: false }));
    const position = new vscode.Position(Math.max(0, line), 0);
    this.ignoreEditorScrollUntil = Date.now() + 300;
    if (select) {
      target.selection = new vscode.Selection(position, position);
      target.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.window.showTextDocument(target.document, { viewColumn: target.viewColumn, preserveFocus: false });
    } else {
      target.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    this.onDidRenderEmitter.dispose();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
