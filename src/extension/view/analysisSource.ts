import type * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../engine/types';

/** One analysis of one document version, as the extension's analysis store holds it. */
export interface AnalysisSnapshot {
  uri: vscode.Uri;
  version: number;
  analysis: DocumentAnalysis;
}

/**
 * What the views read: the extension's analysis store (the one source the diagnostics also use).
 * The views never analyse anything themselves.
 */
export interface AnalysisSource {
  /** Latest analysis of the document, if the store has one. */
  get(uri: vscode.Uri): AnalysisSnapshot | undefined;
  /** Fires after the store published a new analysis. */
  readonly onDidChange: vscode.Event<AnalysisSnapshot>;
  /** Asks the store to analyse the document now if it has not (e.g. a draft opened for a comparison). */
  request(document: vscode.TextDocument, options?: { force?: boolean }): void;
}
