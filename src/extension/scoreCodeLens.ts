import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { ALL_DRAFTS_SELECTOR } from './documentFilter';
import { summarizeDraft } from './draftSummary';
import { personalSignalsLabel, scriptedPhrasesLabel } from './labels';
import { readSettings } from './settings';

/** "Score 72 · 3 personal signals · 4 scripted phrases" above each draft; click → score details. */
class ScoreCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: AnalysisStore) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    // The latest analysis even while an edit is pending: lenses sit on lines, so they stay useful.
    const analysis = this.store.get(doc.uri)?.analysis;
    if (!analysis || !readSettings(doc.uri).showSignals) return [];
    return analysis.drafts.map((d, i) => {
      const s = summarizeDraft(d);
      const line = doc.positionAt(Math.min(d.draft.bodyStart, doc.getText().length)).line;
      const title = [vscode.l10n.t('Score {0}', s.score), personalSignalsLabel(s.personalSignals), scriptedPhrasesLabel(s.scriptedPhrases)].join(' · ');
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title,
        tooltip: vscode.l10n.t('Show how this score is made'),
        command: 'unscripted.showDetails',
        arguments: [doc.uri, i],
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerScoreCodeLens(store: AnalysisStore): vscode.Disposable {
  const provider = new ScoreCodeLensProvider(store);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider(ALL_DRAFTS_SELECTOR, provider),
    store.onDidChange(() => provider.refresh()),
  );
}
