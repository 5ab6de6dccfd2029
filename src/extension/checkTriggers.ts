import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { CheckScheduler } from './checkScheduler';
import type { DocumentOverrides } from './documentOverrides';
import type { DraftChecker } from './draftChecker';
import type { RuleSetProvider } from './ruleSetProvider';
import { readSettings, SECTION } from './settings';

/**
 * When documents are checked, per `unscripted.run`: on open and on type (debounced), on open and
 * save, or only on demand. Re-checks open drafts when settings, rules or a document override change;
 * forgets a document when it closes (its diagnostics go with it).
 */
export function registerCheckTriggers(deps: {
  store: AnalysisStore;
  scheduler: CheckScheduler;
  checker: DraftChecker;
  rules: RuleSetProvider;
  overrides: DocumentOverrides;
}): vscode.Disposable {
  const { store, scheduler, checker, rules, overrides } = deps;
  const onOpen = (doc: vscode.TextDocument): void => {
    if (readSettings(doc.uri).run !== 'manual') scheduler.schedule(doc, 0);
  };
  const recheck = (doc: vscode.TextDocument): void => {
    if (readSettings(doc.uri).run !== 'manual' || store.get(doc.uri)) scheduler.schedule(doc, 0);
  };
  const recheckAll = (): void => vscode.workspace.textDocuments.forEach(recheck);

  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(onOpen),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const settings = readSettings(e.document.uri);
      if (settings.run === 'onType') scheduler.schedule(e.document, settings.debounceMs);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (readSettings(doc.uri).run === 'onSave') scheduler.schedule(doc, 0);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      scheduler.cancel(doc.uri);
      checker.forget(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) recheckAll();
    }),
    rules.onDidChange(recheckAll),
    overrides.onDidChange((uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) scheduler.schedule(doc, 0);
    }),
  ];
  vscode.workspace.textDocuments.forEach(onOpen);
  return vscode.Disposable.from(...subscriptions);
}
