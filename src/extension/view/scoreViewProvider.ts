import * as vscode from 'vscode';
import { uiLanguage } from '../uiLanguage';
import type { AnalysisSource } from './analysisSource';
import { draftAt } from '../draftSummary';
import { revealRange } from './revealRange';
import { scoreViewModel, type ScoreViewModel } from './scoreViewModel';
import { dispatchMessage, sharedHandlers, type ReadyMessage, type RevealMessage } from './viewMessages';
import { webviewHtml, webviewOptions } from './webviewHtml';

/** Messages the score view's script sends. */
export type ScoreViewMessage = ReadyMessage | RevealMessage | { type: 'command'; command: 'compare' | 'export' | 'demo' };

const COMMANDS = { compare: 'unscripted.compareDrafts', export: 'unscripted.exportReport', demo: 'unscripted.startDemo' } as const;

/**
 * The "Score" webview view in the Unscripted activity-bar container. It follows the active text
 * editor and re-renders whenever the analysis store publishes that document's analysis.
 */
export class ScoreViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'unscripted.scoreView';

  private view?: vscode.WebviewView;
  private document?: vscode.TextDocument;
  private offset = 0;
  private lastModel: ScoreViewModel;
  private readonly posted = new vscode.EventEmitter<ScoreViewModel>();
  /** Fires with each model sent to the webview (tests wait on it). */
  readonly onDidPostModel = this.posted.event;
  private readonly disposables: vscode.Disposable[] = [this.posted];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: AnalysisSource,
  ) {
    this.lastModel = scoreViewModel(undefined, uiLanguage());
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.follow(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) {
          // Re-render only when the cursor moves into another draft of a multi-draft file.
          const before = this.lastModel.doc?.draft.index;
          this.offset = this.document.offsetAt(e.selections[0].active);
          const drafts = this.source.get(this.document.uri)?.analysis.drafts ?? [];
          if (drafts.length > 1 && draftAt(drafts, this.offset)?.draft.index !== before) this.refresh();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = undefined;
          this.refresh();
        }
      }),
      source.onDidChange((snap) => {
        if (this.document && snap.uri.toString() === this.document.uri.toString()) this.refresh();
      }),
    );
  }

  /** The model last sent (or about to be sent) to the webview. */
  get model(): ScoreViewModel {
    return this.lastModel;
  }

  /** The resolved webview (undefined until the view is first shown). */
  get webview(): vscode.Webview | undefined {
    return this.view?.webview;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage((m: ScoreViewMessage) => this.handleMessage(m), undefined, this.disposables);
    view.onDidChangeVisibility(() => view.visible && this.refresh(), undefined, this.disposables);
    view.onDidDispose(() => (this.view = undefined), undefined, this.disposables);
  }

  html(webview: vscode.Webview): string {
    return webviewHtml(webview, this.extensionUri, { title: 'Unscripted', lang: uiLanguage(), scripts: ['scoreView/main.js'], styles: [] });
  }

  /** Handles one message from the webview (public so tests can drive the view as a click would); false when not one it knows. */
  handleMessage(message: ScoreViewMessage): Promise<boolean> {
    return dispatchMessage<ScoreViewMessage>(message, {
      ...sharedHandlers({ post: () => this.post(), reveal: revealRange }),
      command: (m) => Object.prototype.hasOwnProperty.call(COMMANDS, m.command) && vscode.commands.executeCommand(COMMANDS[m.command]),
    });
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.uri.scheme === 'output') return;
    this.document = editor.document;
    this.offset = editor.document.offsetAt(editor.selection.active);
    this.source.request(editor.document);
    this.refresh();
  }

  private refresh(): void {
    const doc = this.document;
    const snap = doc && this.source.get(doc.uri);
    this.lastModel = scoreViewModel(
      snap && doc && {
        name: doc.isUntitled ? doc.uri.path : doc.uri.path.split('/').pop() ?? doc.uri.path,
        uri: doc.uri.toString(),
        version: snap.version,
        analysis: snap.analysis,
        offset: this.offset,
      },
      uiLanguage(snap && draftAt(snap.analysis.drafts, this.offset)?.draft.lang, doc?.uri),
    );
    this.post();
  }

  private post(): void {
    if (this.view) void this.view.webview.postMessage({ type: 'model', model: this.lastModel });
    this.posted.fire(this.lastModel);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
