import * as vscode from 'vscode';
import type { Finding, Severity } from '../engine/types';
import type { AnalysisStore } from './analysisStore';
import { findOpenDocument, rangeOf, trimSpan } from './openDocuments';
import { ruleDocsUri } from './ruleDocsUri';

export const DIAGNOSTIC_SOURCE = 'Unscripted';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A scripted finding as a Diagnostic: code = rule id linking to its documentation; merge tags are errors. */
export function toDiagnostic(doc: vscode.TextDocument, text: string, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(doc, trimSpan(text, f)), f.message, f.category === 'merge-tag' ? vscode.DiagnosticSeverity.Error : SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: ruleDocsUri(f.ruleId) };
  return d;
}

/**
 * Mirrors the store into one DiagnosticCollection: scripted findings only (personal signals are
 * decorations, not problems). A removed entry (closed document) clears its diagnostics.
 */
export function registerDiagnostics(store: AnalysisStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('unscripted');
  const sub = store.onDidChange(({ uri, entry }) => {
    const doc = findOpenDocument(uri);
    if (!entry?.analysis || !doc) {
      collection.delete(uri);
      return;
    }
    const text = doc.getText();
    const diagnostics: vscode.Diagnostic[] = [];
    for (const draft of entry.analysis.drafts) {
      for (const f of draft.findings) if (f.kind === 'scripted') diagnostics.push(toDiagnostic(doc, text, f));
    }
    collection.set(uri, diagnostics);
  });
  return vscode.Disposable.from(sub, collection);
}
