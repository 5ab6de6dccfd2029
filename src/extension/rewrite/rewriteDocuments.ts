import * as vscode from 'vscode';

export const REWRITE_SCHEME = 'unscripted-rewrite';

/** Read-only virtual documents: the streamed proposal, its report, what was sent. Nothing touches disk. */
export class RewriteDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(REWRITE_SCHEME, this);
  private counter = 0;

  /** A fresh URI named after the draft (same extension, so the same language mode). */
  uriFor(kind: 'proposal' | 'report' | 'sent', draft?: vscode.Uri): vscode.Uri {
    const id = ++this.counter;
    const base = draft ? draft.path.split('/').pop() || 'draft' : 'draft';
    const name = kind === 'proposal' ? base : kind === 'report' ? `${base} — rewrite report.md` : 'sent to the model.md';
    return vscode.Uri.from({ scheme: REWRITE_SCHEME, path: `/${id}/${name}` });
  }

  set(uri: vscode.Uri, text: string): void {
    this.contents.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    this.contents.delete(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.contents.clear();
  }
}
