import type * as vscode from 'vscode';
import type { AnalysisStore, StoredAnalysis } from './analysisStore';
import type { RewriteApi } from './rewrite/registerRewrite';
import type { StatusSnapshot } from './scoreStatusItem';
import type { ScoreViewProvider } from './view/scoreViewProvider';

/**
 * What `activate` returns (vscode.extensions.getExtension('unscripted.unscripted').exports):
 * used by the integration tests and by later features that read the same analysis.
 */
export interface UnscriptedApi {
  /** The single source of analyses; subscribe to onDidChange. */
  readonly store: AnalysisStore;
  /** Checks a document now and returns what the store holds for it. */
  checkNow(doc: vscode.TextDocument): StoredAnalysis | undefined;
  /** What the language status item shows. */
  status(): StatusSnapshot | undefined;
  /** The score view (its model and message handler: what the webview shows and does). */
  readonly scoreView: ScoreViewProvider;
  /** Milliseconds spent in activate(). */
  readonly activationMs: number;
  /** The optional LLM rewrite (never exposes the API key). */
  readonly rewrite?: RewriteApi;
}
