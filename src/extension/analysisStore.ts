import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../engine/types';

/** The latest analysis of one document, or why it was not analysed. */
export interface StoredAnalysis {
  uri: vscode.Uri;
  /** Document version the analysis was computed from. */
  version: number;
  /** Absent when the document was skipped. */
  analysis?: DocumentAnalysis;
  skipped?: 'too-large';
  /** Time the engine took, in milliseconds. */
  durationMs: number;
}

export interface StoreChange {
  uri: vscode.Uri;
  /** undefined = the document's analysis was removed (closed, no longer checked). */
  entry?: StoredAnalysis;
}

/**
 * The single source every UI reads (diagnostics, decorations, CodeLens, hovers, quick fixes,
 * status, and later the score view and the rewrite). Written only by the DraftChecker.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, StoredAnalysis>();
  private readonly changed = new vscode.EventEmitter<StoreChange>();
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): StoredAnalysis | undefined {
    return this.entries.get(uri.toString());
  }

  /** The analysis of a document, only when it matches the document's current version. */
  current(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    const e = this.get(doc.uri);
    return e && e.version === doc.version ? e.analysis : undefined;
  }

  all(): StoredAnalysis[] {
    return [...this.entries.values()];
  }

  set(entry: StoredAnalysis): void {
    this.entries.set(entry.uri.toString(), entry);
    this.changed.fire({ uri: entry.uri, entry });
  }

  delete(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changed.fire({ uri });
  }

  dispose(): void {
    this.entries.clear();
    this.changed.dispose();
  }
}
