import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { draftAt, summarizeDraft } from './draftSummary';
import { channelLabel, langLabel } from './labels';
import { readSettings } from './settings';

export interface StatusSnapshot {
  text: string;
  detail: string;
}

/**
 * One language status item: the score, language and channel of the draft under the cursor.
 * Click → unscripted.showDetails (the score view issue replaces what that shows).
 */
export class ScoreStatusItem implements vscode.Disposable {
  private item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[];
  private snapshot?: StatusSnapshot;

  constructor(private readonly store: AnalysisStore) {
    this.item = this.create();
    this.subscriptions = [
      store.onDidChange(({ uri }) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('unscripted.languages')) {
          this.item.dispose();
          this.item = this.create();
          this.update();
        }
      }),
    ];
    this.update();
  }

  /** What the item shows now (for tests and the API). */
  current(): StatusSnapshot | undefined {
    return this.snapshot;
  }

  private create(): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('unscripted.score', readSettings().languages);
    item.name = vscode.l10n.t('Unscripted score');
    return item;
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.store.get(editor.document.uri);
    if (!editor || !entry) {
      this.show({ text: vscode.l10n.t('Unscripted'), detail: vscode.l10n.t('not checked') });
      return;
    }
    if (!entry.analysis) {
      this.show({ text: vscode.l10n.t('Not checked'), detail: vscode.l10n.t('over the size limit') }, vscode.LanguageStatusSeverity.Warning);
      return;
    }
    const analysis = entry.analysis;
    const d = draftAt(analysis.drafts, editor.document.offsetAt(editor.selection.active));
    if (!d) {
      this.show({ text: vscode.l10n.t('Unscripted'), detail: vscode.l10n.t('no draft') });
      return;
    }
    const s = summarizeDraft(d);
    const which = analysis.drafts.length > 1 ? vscode.l10n.t('Draft {0}/{1} · ', analysis.drafts.indexOf(d) + 1, analysis.drafts.length) : '';
    this.show(
      { text: `${which}${vscode.l10n.t('Score {0}', s.score)}`, detail: `${langLabel(d.draft.lang)} · ${channelLabel(d.draft.channel)}` },
      s.score < 40 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
    );
  }

  private show(snapshot: StatusSnapshot, severity = vscode.LanguageStatusSeverity.Information): void {
    this.snapshot = snapshot;
    this.item.text = snapshot.text;
    this.item.detail = snapshot.detail;
    this.item.severity = severity;
    this.item.command = { title: vscode.l10n.t('Details'), command: 'unscripted.showDetails' };
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
