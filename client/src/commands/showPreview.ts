// Cable: Open Preview / Open Preview to the Side.

import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/previewManager';

function activeCable(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'cable' ? editor.document.uri : undefined;
}

export class ShowPreviewCommand {
  readonly id = 'cable.preview.show';
  constructor(private readonly previews: PreviewManager) {}
  execute(uri?: unknown): void {
    const target = activeCable(uri);
    if (!target) {
      void vscode.window.showInformationMessage('Open a cable to preview it.');
      return;
    }
    this.previews.show(target, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
  }
}

export class ShowPreviewToSideCommand {
  readonly id = 'cable.preview.showToSide';
  constructor(private readonly previews: PreviewManager) {}
  execute(uri?: unknown): void {
    const target = activeCable(uri);
    if (!target) {
      void vscode.window.showInformationMessage('Open a cable to preview it.');
      return;
    }
    this.previews.show(target, vscode.ViewColumn.Beside);
  }
}
