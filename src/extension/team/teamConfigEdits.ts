import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../../engine/config/configTypes';
import { addAcceptedPhrase, disableRuleInConfig } from '../../engine/config/editConfig';
import { findConfigFiles } from '../../engine/config/findConfigFiles';
import { editorConfigReader } from './editorConfigReader';

/** The team file a quick fix writes: the nearest `.unscripted.yaml` above the draft, else one at the workspace folder root. */
export function teamConfigFor(draft: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(draft) ?? (draft.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  const startDir = draft.scheme === 'file' ? path.dirname(draft.fsPath) : folder.uri.fsPath;
  const nearest = findConfigFiles(editorConfigReader, startDir, folder.uri.fsPath)[0];
  return vscode.Uri.file(nearest ?? path.join(folder.uri.fsPath, CONFIG_FILE_NAME));
}

/** Rewrites the team file with `edit` as one undoable workspace edit (creating it if needed), then saves it. */
async function editTeamConfig(draft: vscode.Uri, edit: (text: string) => string, done: (file: string) => string): Promise<boolean> {
  const target = teamConfigFor(draft);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to share settings with your team: the team file lives at its root.'));
    return false;
  }
  const exists = editorConfigReader.exists(target.fsPath);
  const before = exists ? editorConfigReader.read(target.fsPath) : '';
  let after: string;
  try {
    after = edit(before);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unscripted could not update {0}: {1}', vscode.workspace.asRelativePath(target), (err as Error).message));
    return false;
  }
  if (after !== before) {
    const we = new vscode.WorkspaceEdit();
    if (!exists) we.createFile(target, { ignoreIfExists: true });
    const doc = exists ? await vscode.workspace.openTextDocument(target) : undefined;
    we.replace(target, doc ? doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0)) : new vscode.Range(0, 0, 0, 0), after);
    if (!(await vscode.workspace.applyEdit(we))) return false;
    await (await vscode.workspace.openTextDocument(target)).save();
  }
  void vscode.window.setStatusBarMessage(done(vscode.workspace.asRelativePath(target)), 4000);
  return true;
}

/** `unscripted.acceptPhraseForTeam`: adds the phrase to `accept` in the team file. Args: draft URI, phrase. */
export function acceptPhraseForTeam(draft?: vscode.Uri | string, phrase?: string): Promise<boolean> {
  if (!draft || typeof phrase !== 'string' || !phrase.trim()) return Promise.resolve(false);
  const uri = typeof draft === 'string' ? vscode.Uri.parse(draft) : draft;
  return editTeamConfig(uri, (text) => addAcceptedPhrase(text, phrase), (file) => vscode.l10n.t('Unscripted: “{0}” accepted for the team in {1}.', phrase, file));
}

/** `unscripted.disableRuleForTeam`: turns the rule off under `rules:` in the team file. Args: draft URI, rule id. */
export function disableRuleForTeam(draft?: vscode.Uri | string, ruleId?: string): Promise<boolean> {
  if (!draft || typeof ruleId !== 'string' || !ruleId) return Promise.resolve(false);
  const uri = typeof draft === 'string' ? vscode.Uri.parse(draft) : draft;
  return editTeamConfig(uri, (text) => disableRuleInConfig(text, ruleId), (file) => vscode.l10n.t('Unscripted: {0} disabled for the team in {1}.', ruleId, file));
}
