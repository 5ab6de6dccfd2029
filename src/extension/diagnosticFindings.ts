import type * as vscode from 'vscode';
import type { DocumentAnalysis, Finding } from '../engine/types';
import type { AnalysisStore } from './analysisStore';
import { DIAGNOSTIC_SOURCE } from './diagnosticsPublisher';
import { findingFor } from './draftSummary';

/** One Unscripted diagnostic of a code-action request, with the finding behind it. */
export interface DiagnosticFinding {
  diagnostic: vscode.Diagnostic;
  ruleId: string;
  finding: Finding;
  analysis: DocumentAnalysis;
}

/** The Unscripted diagnostics a quick-fix provider was asked about, each matched to its finding in the store. */
export function diagnosticFindings(store: AnalysisStore, doc: vscode.TextDocument, context: vscode.CodeActionContext): DiagnosticFinding[] {
  const analysis = store.current(doc);
  if (!analysis) return [];
  const out: DiagnosticFinding[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object') continue;
    const ruleId = String(diagnostic.code.value);
    const finding = findingFor(analysis, ruleId, doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end));
    if (finding) out.push({ diagnostic, ruleId, finding, analysis });
  }
  return out;
}
