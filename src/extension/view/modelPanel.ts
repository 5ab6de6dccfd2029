import * as vscode from 'vscode';
import { uiLanguage } from '../uiLanguage';
import { revealRange } from './revealRange';
import { sharedHandlers, type ReadyMessage, type RevealMessage, type MessageHandlers } from './viewMessages';
import { webviewHtml, webviewOptions, type WebviewPage } from './webviewHtml';

/**
 * An editor-area webview that renders one model object: the subclass computes the model
 * (`setModel`), this posts it to the webview and fires `onDidPostModel` (tests wait on it).
 */
export abstract class ModelPanel<M, Message extends { type: string }> implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private current!: M;
  private readonly posted = new vscode.EventEmitter<M>();
  readonly onDidPostModel = this.posted.event;
  protected readonly disposables: vscode.Disposable[] = [this.posted];

  constructor(viewType: string, title: string, column: vscode.ViewColumn | { viewColumn: vscode.ViewColumn; preserveFocus?: boolean },
    extensionUri: vscode.Uri, page: Omit<WebviewPage, 'lang' | 'title'>) {
    this.panel = vscode.window.createWebviewPanel(viewType, title, column, webviewOptions(extensionUri));
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
    this.panel.webview.html = webviewHtml(this.panel.webview, extensionUri, { ...page, title: 'Unscripted', lang: uiLanguage() });
    this.panel.webview.onDidReceiveMessage((m: Message) => this.handleMessage(m), undefined, this.disposables);
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
  }

  /** The model last sent to the webview. */
  get model(): M {
    return this.current;
  }

  /** Handles one message from the webview (public so tests can drive it as a click would); false when not one it knows. */
  abstract handleMessage(message: Message): Promise<boolean>;

  /** The `ready` (resend the model) and `reveal` (select a finding in its editor) handlers every panel shares. */
  protected sharedHandlers(): MessageHandlers<ReadyMessage | RevealMessage> {
    return sharedHandlers({ post: () => this.post(), reveal: revealRange });
  }

  protected setModel(model: M): void {
    this.current = model;
    this.post();
  }

  /** (Re)sends the model, e.g. when the webview script says it is ready. */
  protected post(): void {
    if (this.current === undefined) return;
    void this.panel.webview.postMessage({ type: 'model', model: this.current });
    this.posted.fire(this.current);
  }

  dispose(): void {
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}
