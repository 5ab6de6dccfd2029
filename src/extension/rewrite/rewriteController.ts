import * as vscode from 'vscode';
import type { RuleSet } from '../../engine/ruleSet';
import type { AnalyzeOptions, Span } from '../../engine/types';
import { RewriteError } from '../../rewrite/rewriteError';
import { rewriteDraft, RewriteResult } from '../../rewrite/rewriteDraft';
import { buildVoiceProfile } from '../../rewrite/voice/voiceProfile';
import type { ApiKeyStore } from './apiKeyStore';
import { reportMarkdown, sentMarkdown } from './reportMarkdown';
import { REWRITE_SCHEME, RewriteDocuments } from './rewriteDocuments';
import { endpointOf, readRewriteSettings, samplesFolderFor } from './rewriteSettings';
import { readVoiceSamplesFrom } from './voiceSamples';

const t = vscode.l10n.t;

export interface RewriteDeps {
  ruleSetFor(uri: vscode.Uri): RuleSet;
  /** Language/channel overrides, premium, UI language — as the diagnostics use them. */
  analyzeOptionsFor?(doc: vscode.TextDocument): AnalyzeOptions;
  log?: vscode.LogOutputChannel;
}

/** A rewrite waiting for Accept or Reject. */
export interface PendingRewrite {
  doc: vscode.TextDocument;
  version: number;
  target: Span;
  result: RewriteResult;
  proposalUri: vscode.Uri;
  reportUri: vscode.Uri;
}

export interface RewriteOutcome {
  verdict: 'pass' | 'warn' | 'fail';
  proposalUri: string;
  rewrite: string;
}

/** Runs rewrites for editors: progress with cancel, streaming diff, report, accept/reject. */
export class RewriteController implements vscode.Disposable {
  private readonly pending = new Map<string, PendingRewrite>();
  private last?: RewriteResult;

  constructor(
    private readonly docs: RewriteDocuments,
    private readonly keys: ApiKeyStore,
    private readonly deps: RewriteDeps,
  ) {}

  pendingFor(uri: vscode.Uri): PendingRewrite | undefined {
    return this.pending.get(uri.toString()) ?? [...this.pending.values()].find((p) => p.proposalUri.toString() === uri.toString());
  }

  async rewrite(editor: vscode.TextEditor | undefined, useSelection = true): Promise<RewriteOutcome | undefined> {
    if (!editor) {
      void vscode.window.showWarningMessage(t('Open a draft to rewrite.'));
      return undefined;
    }
    const doc = editor.document;
    const settings = readRewriteSettings();
    if (!settings.baseURL || !settings.model) {
      const open = t('Open Settings');
      const pick = await vscode.window.showWarningMessage(t('Set the rewrite endpoint first: a preset or base URL, and a model.'), open);
      if (pick === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'unscripted.rewrite');
      return undefined;
    }
    const apiKey = await this.keys.get();
    if (!apiKey) {
      const set = t('Set API Key');
      const pick = await vscode.window.showWarningMessage(t('No API key is set for the rewrite (any non-empty text works for a local server).'), set);
      if (pick === set) void vscode.commands.executeCommand('unscripted.rewrite.setApiKey');
      return undefined;
    }
    const sel = editor.selection;
    const range = useSelection && !sel.isEmpty ? { start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) } : undefined;
    const folder = samplesFolderFor(doc.uri);
    const samples = folder ? await readVoiceSamplesFrom(folder) : [];
    const version = doc.version;
    const text = doc.getText();
    const proposalUri = this.docs.uriFor('proposal', doc.uri);
    this.docs.set(proposalUri, text);
    await vscode.commands.executeCommand('vscode.diff', doc.uri, proposalUri, t('{0} ↔ rewrite', doc.uri.path.split('/').pop() ?? ''), { preview: false });

    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Rewriting with {0}…', settings.model), cancellable: true },
        (progress, token) => {
          const abort = new AbortController();
          token.onCancellationRequested(() => abort.abort());
          let shown = 0;
          let target: Span = range ?? { start: 0, end: text.length };
          return rewriteDraft({
            document: text,
            ...(range ? { range } : {}),
            ruleSet: this.deps.ruleSetFor(doc.uri),
            analyzeOptions: this.deps.analyzeOptionsFor?.(doc) ?? {},
            endpoint: endpointOf(settings, apiKey),
            ...(samples.length ? { profile: buildVoiceProfile(samples) } : {}),
            pseudonymize: settings.pseudonymize,
            signal: abort.signal,
            onTarget: (t0) => void (target = t0),
            onDelta: (_delta, soFar) => {
              const now = Date.now();
              if (now - shown < 80) return; // the diff re-renders at most ~12×/s
              shown = now;
              progress.report({ message: t('{0} characters', soFar.length) });
              this.docs.set(proposalUri, text.slice(0, target.start) + soFar + text.slice(target.end));
            },
          }).then((r) => {
            this.docs.set(proposalUri, text.slice(0, r.target.start) + r.rewrite + text.slice(r.target.end));
            return r;
          });
        },
      );
      this.last = result;
      const reportUri = this.docs.uriFor('report', doc.uri);
      this.docs.set(reportUri, reportMarkdown(result));
      this.pending.set(doc.uri.toString(), { doc, version, target: result.target, result, proposalUri, reportUri });
      const reportDoc = await vscode.workspace.openTextDocument(reportUri);
      await vscode.languages.setTextDocumentLanguage(reportDoc, 'markdown');
      await vscode.window.showTextDocument(reportDoc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      void this.offerChoice(doc.uri, result);
      return { verdict: result.report.verdict, proposalUri: proposalUri.toString(), rewrite: result.rewrite };
    } catch (err) {
      await this.closeTabs((u) => u.toString() === proposalUri.toString());
      this.docs.delete(proposalUri);
      this.showError(err);
      return undefined;
    }
  }

  private async offerChoice(docUri: vscode.Uri, result: RewriteResult): Promise<void> {
    const accept = t('Accept');
    const reject = t('Reject');
    const sent = t('Show What Was Sent');
    const summary = t('Rewrite ready: score {0} → {1}. {2}', result.report.scoreBefore, result.report.scoreAfter, result.report.warnings[0] ?? '');
    const show = result.report.verdict === 'fail' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const pick = await show(summary, accept, reject, sent);
    if (!this.pending.has(docUri.toString())) return; // decided elsewhere (editor title buttons, commands)
    if (pick === accept) await this.accept(docUri);
    else if (pick === reject) await this.reject(docUri);
    else if (pick === sent) await this.showSent();
  }

  /** Applies the pending rewrite as ONE WorkspaceEdit (one undo step). */
  async accept(uri?: vscode.Uri): Promise<boolean> {
    const p = this.resolvePending(uri);
    if (!p) return false;
    if (p.doc.isClosed || p.doc.version !== p.version) {
      void vscode.window.showWarningMessage(t('The draft changed after the rewrite was made, so it was not applied. Run the rewrite again.'));
      await this.reject(p.doc.uri);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(p.doc.uri, new vscode.Range(p.doc.positionAt(p.target.start), p.doc.positionAt(p.target.end)), p.result.rewrite);
    const ok = await vscode.workspace.applyEdit(edit);
    await this.finish(p);
    await vscode.window.showTextDocument(p.doc, { preview: false });
    return ok;
  }

  /** Drops the pending rewrite; the draft is not touched. */
  async reject(uri?: vscode.Uri): Promise<boolean> {
    const p = this.resolvePending(uri);
    if (!p) return false;
    await this.finish(p);
    return true;
  }

  async showSent(): Promise<void> {
    if (!this.last) {
      void vscode.window.showInformationMessage(t('Nothing has been sent yet in this session.'));
      return;
    }
    const uri = this.docs.uriFor('sent');
    this.docs.set(uri, sentMarkdown(this.last));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { preview: true });
  }

  private resolvePending(uri?: vscode.Uri): PendingRewrite | undefined {
    const active = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    const candidates = [uri, active instanceof vscode.TabInputTextDiff ? active.modified : undefined, vscode.window.activeTextEditor?.document.uri];
    for (const c of candidates) {
      const p = c && this.pendingFor(c);
      if (p) return p;
    }
    return this.pending.size === 1 ? [...this.pending.values()][0] : undefined;
  }

  private async finish(p: PendingRewrite): Promise<void> {
    this.pending.delete(p.doc.uri.toString());
    await this.closeTabs((u) => u.toString() === p.proposalUri.toString() || u.toString() === p.reportUri.toString());
    this.docs.delete(p.proposalUri);
    this.docs.delete(p.reportUri);
  }

  private async closeTabs(match: (uri: vscode.Uri) => boolean): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => {
      const input = tab.input;
      if (input instanceof vscode.TabInputTextDiff) return match(input.modified);
      if (input instanceof vscode.TabInputText) return input.uri.scheme === REWRITE_SCHEME && match(input.uri);
      return false;
    });
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  private showError(err: unknown): void {
    if (err instanceof RewriteError) {
      if (err.code === 'cancelled') {
        void vscode.window.showInformationMessage(err.message);
        return;
      }
      const action = err.code === 'auth' || err.code === 'no-key' ? t('Set API Key') : err.code === 'config' || err.code === 'model-not-found' || err.code === 'connection' ? t('Open Settings') : undefined;
      this.deps.log?.warn(`rewrite failed (${err.code}): ${err.message}`);
      void vscode.window.showErrorMessage(err.message, ...(action ? [action] : [])).then((pick) => {
        if (pick === t('Set API Key')) void vscode.commands.executeCommand('unscripted.rewrite.setApiKey');
        if (pick === t('Open Settings')) void vscode.commands.executeCommand('workbench.action.openSettings', 'unscripted.rewrite');
      });
      return;
    }
    this.deps.log?.error(`rewrite failed: ${err instanceof Error ? err.stack : String(err)}`);
    void vscode.window.showErrorMessage(t('The rewrite failed: {0}', err instanceof Error ? err.message : String(err)));
  }

  dispose(): void {
    this.pending.clear();
  }
}
