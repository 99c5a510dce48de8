// Cable: Renumber Paragraphs (runs the server's source action).

import * as vscode from 'vscode';

export class RenumberParagraphsCommand {
  readonly id = 'cable.renumberParagraphs';
  async execute(): Promise<void> {
    await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.renumberParagraphs', apply: 'first' });
  }
}
