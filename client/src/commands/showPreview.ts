// Cable: Open Preview / Open Preview to the Side.

import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/previewManager';

/** Shows the preview of the given cable, or of the active editor's, in a column. */
function showPreview(previews: PreviewManager, uri: unknown, column: vscode.ViewColumn): void {
  const editor = vscode.window.activeTextEditor;
  const target = uri instanceof vscode.Uri ? uri : editor?.document.languageId === 'cable' ? editor.document.uri : undefined;
  if (!target) {
    void vscode.window.showInformationMessage('Open a cable to preview it.');
    return;
  }
  previews.show(target, column);
}

export class ShowPreviewCommand {
  readonly id = 'cable.preview.show';
  constructor(private readonly previews: PreviewManager) {}
  execute(uri?: unknown): void {
    showPreview(this.previews, uri, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
  }
}

export class ShowPreviewToSideCommand {
  readonly id = 'cable.preview.showToSide';
  constructor(private readonly previews: PreviewManager) {}
  execute(uri?: unknown): void {
    showPreview(this.previews, uri, vscode.ViewColumn.Beside);
  }
}
