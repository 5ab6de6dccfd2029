import * as vscode from 'vscode';
import { analyzeDocument } from '../engine/analyze';
import type { AnalyzeOptions } from '../engine/types';
import type { AnalysisStore } from './analysisStore';
import { shouldCheck } from './documentFilter';
import type { DocumentOverrides } from './documentOverrides';
import { maskEmlHeaders } from './emlBody';
import type { LanguageIndexWarmer } from './languageIndexWarmer';
import type { RuleSetProvider } from './ruleSetProvider';
import { readSettings, uiLangFor } from './settings';

/**
 * Analyses one document now and writes the result to the store: the only writer of the store.
 * Documents not checked are removed from it; documents over the size limit are stored as skipped
 * (and the rep is told once per document).
 */
export class DraftChecker {
  private readonly toldTooLarge = new Set<string>();

  constructor(
    private readonly store: AnalysisStore,
    private readonly rules: RuleSetProvider,
    private readonly overrides: DocumentOverrides,
    private readonly log: vscode.LogOutputChannel,
    /** Builds the other languages' match index in idle time after a check (optional). */
    private readonly warmer?: LanguageIndexWarmer,
  ) {}

  /** `force`: check even a document outside `unscripted.languages` (the "Check Draft Now" command). */
  check(doc: vscode.TextDocument, { force = false } = {}): void {
    if (doc.isClosed) return;
    const settings = readSettings(doc.uri);
    if (!force && !shouldCheck(doc, settings)) {
      this.store.delete(doc.uri);
      return;
    }
    const version = doc.version;
    const length = doc.getText().length;
    if (length > settings.maxDocumentSize) {
      this.store.set({ uri: doc.uri, version, skipped: 'too-large', durationMs: 0 });
      this.tellTooLarge(doc, length, settings.maxDocumentSize);
      return;
    }
    const started = performance.now();
    try {
      const text = doc.languageId === 'eml' ? maskEmlHeaders(doc.getText()) : doc.getText();
      const override = this.overrides.get(doc.uri);
      const options: AnalyzeOptions = {
        ...(override.lang ? { lang: override.lang } : {}),
        ...(override.channel ? { channel: override.channel } : {}),
        // The setting can only turn Premium on: `premium: true` in a draft's front matter still counts.
        ...(settings.premium ? { premium: true } : {}),
        uiLang: uiLangFor(settings.uiLanguage),
      };
      const ruleSet = this.rules.ruleSetFor(doc.uri);
      const analysis = analyzeDocument(text, ruleSet, options);
      this.warmer?.afterCheck(ruleSet);
      // Stale result (the document changed meanwhile, or closed): drop it, a newer check is scheduled.
      if (doc.isClosed || doc.version !== version) return;
      this.store.set({ uri: doc.uri, version, analysis, durationMs: performance.now() - started });
    } catch (err) {
      this.log.error(`analysis failed for ${doc.uri.toString(true)}: ${err instanceof Error ? err.stack : String(err)}`);
      this.store.delete(doc.uri);
    }
  }

  forget(uri: vscode.Uri): void {
    this.toldTooLarge.delete(uri.toString());
    this.store.delete(uri);
  }

  private tellTooLarge(doc: vscode.TextDocument, length: number, max: number): void {
    const key = doc.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const name = doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri);
    const openSettings = vscode.l10n.t('Change the limit');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('Unscripted did not check {0}: it has {1} characters, over the limit of {2}.', name, length.toLocaleString(), max.toLocaleString()),
        openSettings,
      )
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'unscripted.maxDocumentSize');
      });
  }
}
