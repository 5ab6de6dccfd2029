import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { DraftChecker } from '../draftChecker';
import type { AnalysisSnapshot, AnalysisSource } from './analysisSource';

/**
 * The views' window on the analysis store: analysed entries only (skipped ones are left out).
 * `request` asks the store's own checker for a document nobody has checked yet (e.g. the saved
 * version opened for a comparison); the views never call the engine themselves.
 */
export function storeAnalysisSource(store: AnalysisStore, checker: DraftChecker): AnalysisSource & vscode.Disposable {
  const changed = new vscode.EventEmitter<AnalysisSnapshot>();
  const snapshot = (uri: vscode.Uri): AnalysisSnapshot | undefined => {
    const e = store.get(uri);
    return e?.analysis ? { uri: e.uri, version: e.version, analysis: e.analysis } : undefined;
  };
  const sub = store.onDidChange((c) => {
    const snap = c.entry?.analysis && snapshot(c.uri);
    if (snap) changed.fire(snap);
  });
  return {
    get: snapshot,
    onDidChange: changed.event,
    // Forced only for documents the rep picked explicitly (compare, demo); following the active
    // editor must respect unscripted.languages / include, like the diagnostics do.
    request: (doc, options) => {
      if (!store.get(doc.uri)) checker.check(doc, { force: options?.force ?? false });
    },
    dispose: () => {
      sub.dispose();
      changed.dispose();
    },
  };
}
