// Cable: Check All Cables in the Workspace — the marking rules on every cable file, closed ones too, in the Problems
// panel; and Cable: Clear the Workspace Check, which takes the closed files' problems back.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CABLE_CHECK_WORKSPACE_METHOD, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../../server/src/protocol';
import { describeCheck } from '../checkText';

export class CheckWorkspaceCommand {
  readonly id = 'cable.checkWorkspace';
  constructor(private readonly client: LanguageClient) {}

  async execute(): Promise<CheckWorkspaceResult> {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Checking the cables of the workspace…', cancellable: true }, (_progress, token) =>
      this.client.sendRequest<CheckWorkspaceResult>(CABLE_CHECK_WORKSPACE_METHOD, {} satisfies CheckWorkspaceParams, token),
    );
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(describeCheck(result));
    return result;
  }
}

export class ClearWorkspaceCheckCommand {
  readonly id = 'cable.clearWorkspaceCheck';
  constructor(private readonly client: LanguageClient) {}

  async execute(): Promise<void> {
    await this.client.sendRequest<CheckWorkspaceResult>(CABLE_CHECK_WORKSPACE_METHOD, { clear: true } satisfies CheckWorkspaceParams);
  }
}
