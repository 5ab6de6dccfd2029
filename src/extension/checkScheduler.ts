import type * as vscode from 'vscode';

/**
 * Per-document debounce: one pending check per document; a new edit restarts the wait, closing the
 * document cancels it. The check itself drops stale results (document version), see DraftChecker.
 */
export class CheckScheduler implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly run: (doc: vscode.TextDocument) => void) {}

  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    this.cancel(doc.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.run(doc);
      }, delayMs),
    );
  }

  isPending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
