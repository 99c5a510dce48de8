// Cable: Disable a Marking Rule for this Workspace (also run by the quick fix "Disable rule … for this workspace").

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CABLE_RULES_METHOD, type RuleDescription } from '../../../server/src/protocol';

export class DisableRuleCommand {
  readonly id = 'cable.disableRule';
  constructor(private readonly client: LanguageClient) {}
  async execute(code?: unknown): Promise<void> {
    let rule = typeof code === 'string' ? code : undefined;
    if (!rule) {
      const rules = await this.client.sendRequest<RuleDescription[]>(CABLE_RULES_METHOD);
      const pick = await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.code, description: r.defaultSeverity, detail: r.description })),
        { placeHolder: 'Which marking rule should be turned off in this workspace?' },
      );
      rule = pick?.label;
    }
    if (!rule) return;
    const config = vscode.workspace.getConfiguration('cable');
    const current = config.inspect<Record<string, string>>('rules')?.workspaceValue ?? {};
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('rules', { ...current, [rule]: 'off' }, target);
    void vscode.window.setStatusBarMessage(`Cable: ${rule} is off for this workspace`, 4000);
  }
}
