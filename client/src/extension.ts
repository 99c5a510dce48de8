// The extension: starts the language server, registers the preview, commands, status bar and cable detection.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';
import { PreviewManager } from './preview/previewManager';
import { PREVIEW_VIEW_TYPE } from './preview/cablePreview';
import { ShowPreviewCommand, ShowPreviewToSideCommand } from './commands/showPreview';
import { DisableRuleCommand } from './commands/disableRule';
import { RenumberParagraphsCommand } from './commands/renumberParagraphs';
import { CheckWorkspaceCommand, ClearWorkspaceCheckCommand } from './commands/checkWorkspace';
import { ShowCitationsCommand } from './commands/showCitations';
import { ClassificationStatus } from './statusBar';
import { shouldSwitchToCable } from './detection';

let client: LanguageClient | undefined;

/** What the extension offers to other extensions and to its tests. */
export interface CableExtensionApi {
  client: LanguageClient;
  previews: PreviewManager;
}

export async function activate(context: vscode.ExtensionContext): Promise<CableExtensionApi> {
  const detect = (document: vscode.TextDocument) => {
    const enabled = vscode.workspace.getConfiguration('cable', document.uri).get<boolean>('detectPlainText', true);
    if (shouldSwitchToCable(document.languageId, document.fileName, document.getText(new vscode.Range(0, 0, 80, 0)), enabled)) {
      void vscode.languages.setTextDocumentLanguage(document, 'cable');
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(detect));
  vscode.workspace.textDocuments.forEach(detect);

  client = createLanguageClient(context);
  const previews = new PreviewManager(context.extensionUri, client);
  const commands = [new ShowPreviewCommand(previews), new ShowPreviewToSideCommand(previews), new DisableRuleCommand(client), new RenumberParagraphsCommand(), new CheckWorkspaceCommand(client), new ClearWorkspaceCheckCommand(client), new ShowCitationsCommand()];
  for (const c of commands) context.subscriptions.push(vscode.commands.registerCommand(c.id, (...args: unknown[]) => (c.execute as (...a: unknown[]) => unknown)(...args)));
  context.subscriptions.push(previews, vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, previews));
  await client.start();
  context.subscriptions.push(new ClassificationStatus(client));
  return { client, previews };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
