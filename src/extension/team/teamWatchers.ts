import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../../engine/config/configTypes';
import type { TeamRuleSetProvider } from './teamRuleSetProvider';
import { RULE_SETTINGS } from './teamSettings';

/** Typing in an open pack or config reloads after this pause (saves and disk changes reload at once). */
const EDIT_PAUSE_MS = 200;

/**
 * Live reload: file watchers for `.unscripted.yaml` and pack files (created, changed, deleted — by the editor,
 * git or another tool), edits of an open config or pack, rule settings and workspace trust. Each rebuilds the
 * rule sets and re-checks open drafts; no restart.
 */
export function registerTeamWatchers(provider: TeamRuleSetProvider): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  /** Files changed since the last reload; undefined = reload everything (settings, trust). */
  let pending: Set<string> | undefined = new Set();
  const reload = (reason: string, delay = 0, file?: string): void => {
    if (timer) clearTimeout(timer);
    if (file === undefined) pending = undefined;
    else pending?.add(file);
    timer = setTimeout(() => {
      timer = undefined;
      const files = pending;
      pending = new Set();
      provider.invalidate(reason, files ? [...files] : undefined);
    }, delay);
  };
  const isTeamFile = (uri: vscode.Uri): boolean =>
    uri.scheme === 'file' && (path.basename(uri.fsPath) === CONFIG_FILE_NAME || provider.watchedFiles().has(uri.fsPath));
  const onFile = (what: string) => (uri: vscode.Uri): void => {
    provider.trace(`watcher: ${uri.fsPath} ${what}`);
    // A new pack file may belong to a folder a config lists: any YAML change reloads when a config is in use.
    if (isTeamFile(uri) || (what !== 'changed' && provider.watchedFiles().size > 0)) reload(`${path.basename(uri.fsPath)} ${what}`, 0, uri.fsPath);
  };
  /** Opening a config or a pack shows its problems even before a draft under it is checked. */
  const showProblemsOf = (doc: vscode.TextDocument): void => {
    if (doc.uri.scheme === 'file' && /\.(ya?ml|json)$/i.test(doc.uri.fsPath) && vscode.workspace.getWorkspaceFolder(doc.uri)) provider.teamFor(doc.uri);
  };
  vscode.workspace.textDocuments.forEach(showProblemsOf);
  // One watcher: `.unscripted.yaml` and pack files (`*.yaml`, `*.yml`, `*.pack.json`) all match it.
  const watchers = [vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}')];
  const subscriptions: vscode.Disposable[] = [...watchers];
  for (const w of watchers) {
    subscriptions.push(w.onDidCreate(onFile('created')), w.onDidChange(onFile('changed')), w.onDidDelete(onFile('deleted')));
  }
  subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && isTeamFile(e.document.uri)) reload(`${path.basename(e.document.uri.fsPath)} edited`, EDIT_PAUSE_MS, e.document.uri.fsPath);
    }),
    vscode.workspace.onDidOpenTextDocument(showProblemsOf),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (RULE_SETTINGS.some((s) => e.affectsConfiguration(s))) reload('settings changed');
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => reload('workspace trusted')),
    { dispose: () => timer && clearTimeout(timer) },
  );
  return vscode.Disposable.from(...subscriptions);
}
