import * as vscode from 'vscode';
import { uiLanguage } from '../uiLanguage';
import type { AnalysisSource } from './analysisSource';
import { compareViewModel, type CompareViewModel } from './compareViewModel';
import { ModelPanel } from './modelPanel';
import { dispatchMessage, type ReadyMessage, type RevealMessage } from './viewMessages';

export type CompareMessage =
  | ReadyMessage
  | RevealMessage
  | { type: 'open'; uri: string }
  | { type: 'export' };

const shortName = (d: vscode.TextDocument, label?: string) => label ?? (d.uri.path.split('/').pop() || d.uri.path);

/** Two drafts side by side, each scored live from the analysis store, with the difference explained. */
export class ComparePanel extends ModelPanel<CompareViewModel, CompareMessage> {
  static readonly viewType = 'unscripted.compare';

  constructor(
    extensionUri: vscode.Uri,
    private readonly source: AnalysisSource,
    readonly before: vscode.TextDocument,
    readonly after: vscode.TextDocument,
    private readonly labels: { before?: string; after?: string } = {},
  ) {
    super(ComparePanel.viewType, uiLanguage() === 'fr' ? 'Comparaison' : 'Comparison', vscode.ViewColumn.Active, extensionUri,
      { scripts: ['compare/main.js'], styles: ['compare/compare.css'] });
    const uris = new Set([before.uri.toString(), after.uri.toString()]);
    source.onDidChange((snap) => uris.has(snap.uri.toString()) && this.refresh(), undefined, this.disposables);
    source.request(before, { force: true });
    source.request(after, { force: true });
    this.refresh();
  }

  /** Both sides scored (the store has analysed both documents). */
  get ready(): boolean {
    return !!(this.model.before.draft && this.model.after.draft);
  }

  handleMessage(message: CompareMessage): Promise<boolean> {
    return dispatchMessage<CompareMessage>(message, {
      ...this.sharedHandlers(),
      open: (m) => vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { viewColumn: vscode.ViewColumn.Beside, preview: true }),
      export: () => vscode.commands.executeCommand('unscripted.exportReport', { uri: this.before.uri, compareWith: this.after.uri }),
    });
  }

  private refresh(): void {
    const side = (d: vscode.TextDocument, label?: string) => {
      const snap = this.source.get(d.uri);
      return { name: shortName(d, label), uri: d.uri.toString(), version: snap?.version ?? -1, analysis: snap?.analysis };
    };
    const before = side(this.before, this.labels.before);
    // Coaching language of the "before" draft, as the CLI's report picks it from its first draft.
    const lang = uiLanguage(before.analysis?.drafts[0]?.draft.lang, this.before.uri);
    this.setModel(compareViewModel(before, side(this.after, this.labels.after), lang));
  }
}
