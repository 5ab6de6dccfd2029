import * as vscode from 'vscode';
import { SECTION } from '../settings';

/**
 * Adds a rule id to `unscripted.disabledRules` in the workspace settings (user settings when no
 * folder is open). Argument: the rule id.
 */
export async function disableRuleForWorkspace(ruleId?: string): Promise<void> {
  if (typeof ruleId !== 'string' || !ruleId) return;
  const config = vscode.workspace.getConfiguration(SECTION);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('disabledRules');
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(ruleId)) return;
  await config.update('disabledRules', [...current, ruleId].sort(), target);
  const where = target === vscode.ConfigurationTarget.Workspace ? vscode.l10n.t('this workspace') : vscode.l10n.t('your user settings');
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Unscripted: {0} disabled in {1}.', ruleId, where), 4000);
}
