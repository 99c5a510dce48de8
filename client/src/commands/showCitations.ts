// The command of the code lens above a cable's banner: the cables of the workspace that cite it, in the references
// peek (the server's Find All References at the banner).

import * as vscode from 'vscode';

export class ShowCitationsCommand {
  readonly id = 'cable.showCitations';

  async execute(uri: string, position: { line: number; character: number }): Promise<void> {
    const target = vscode.Uri.parse(uri);
    const at = new vscode.Position(position.line, position.character);
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at)) ?? [];
    // Other cables only: the banner itself is no citation.
    const citing = locations.filter((l) => l.uri.toString() !== target.toString());
    await vscode.commands.executeCommand('editor.action.showReferences', target, at, citing);
  }
}
