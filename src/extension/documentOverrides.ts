import * as vscode from 'vscode';
import type { Channel, Lang } from '../engine/types';

export interface DocumentOverride {
  lang?: Lang;
  channel?: Channel;
}

const KEY = 'unscripted.documentOverrides';

/**
 * Per-document language/channel chosen with "Set draft language/channel" when the draft has no
 * front matter to write to. Kept in workspace state, so it survives a reload but never edits the draft.
 */
export class DocumentOverrides implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, DocumentOverride> {
    return this.state.get<Record<string, DocumentOverride>>(KEY, {});
  }

  get(uri: vscode.Uri): DocumentOverride {
    return this.all()[uri.toString()] ?? {};
  }

  async set(uri: vscode.Uri, change: DocumentOverride): Promise<void> {
    const all = { ...this.all() };
    const next: DocumentOverride = { ...all[uri.toString()], ...change };
    for (const k of Object.keys(next) as (keyof DocumentOverride)[]) if (next[k] === undefined) delete next[k];
    if (Object.keys(next).length) all[uri.toString()] = next;
    else delete all[uri.toString()];
    await this.state.update(KEY, all);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
