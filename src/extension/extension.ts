import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import type { UnscriptedApi } from './api';
import { CheckScheduler } from './checkScheduler';
import { registerCheckTriggers } from './checkTriggers';
import { registerCoachingHover } from './coachingHover';
import { registerCommands } from './commands';
import { registerDiagnostics } from './diagnosticsPublisher';
import { DocumentOverrides } from './documentOverrides';
import { DraftChecker } from './draftChecker';
import { registerQuickFixes } from './quickFixes';
import { registerRewrite } from './rewrite/registerRewrite';
import { registerScoreCodeLens } from './scoreCodeLens';
import { ScoreStatusItem } from './scoreStatusItem';
import { readSettings, uiLangFor } from './settings';
import { registerSignalDecorations } from './signalDecorations';
import { createTeamRules } from './team/registerTeam';
import { LanguageIndexWarmer } from './languageIndexWarmer';
import { registerScoreView } from './view/registerScoreView';
import { storeAnalysisSource } from './view/storeAnalysisSource';

/** Activated by onLanguage events only (plaintext, markdown, outreach, eml): nothing at startup. */
export function activate(context: vscode.ExtensionContext): UnscriptedApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Unscripted', { log: true });
  const store = new AnalysisStore();
  // Built-in packs plus the team's `.unscripted.yaml` per folder (live reload, pack diagnostics, team quick fixes).
  const team = createTeamRules(context, log);
  const rules = team.provider;
  const overrides = new DocumentOverrides(context.workspaceState);
  const warmer = new LanguageIndexWarmer();
  const checker = new DraftChecker(store, rules, overrides, log, warmer);
  const scheduler = new CheckScheduler((doc) => checker.check(doc));
  const status = new ScoreStatusItem(store);
  const rewrite = registerRewrite(context, {
    ruleSetFor: (uri) => rules.ruleSetFor(uri),
    analyzeOptionsFor: (doc) => {
      const o = overrides.get(doc.uri);
      const s = readSettings(doc.uri);
      return { ...(o.lang ? { lang: o.lang } : {}), ...(o.channel ? { channel: o.channel } : {}), premium: s.premium, uiLang: uiLangFor(s.uiLanguage) };
    },
    log,
  });

  context.subscriptions.push(
    log,
    store,
    warmer,
    rules,
    overrides,
    scheduler,
    status,
    registerDiagnostics(store),
    registerSignalDecorations(store),
    registerScoreCodeLens(store),
    registerCoachingHover(store, rules),
    registerQuickFixes(store),
    team.register(store),
    registerCommands({ store, checker, rules, overrides }),
    registerCheckTriggers({ store, scheduler, checker, rules, overrides }),
    rewrite,
  );
  const views = storeAnalysisSource(store, checker);
  context.subscriptions.push(views);
  const scoreView = registerScoreView(context, views);

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    store,
    checkNow: (doc) => {
      checker.check(doc, { force: true });
      return store.get(doc.uri);
    },
    status: () => status.current(),
    scoreView,
    activationMs,
    rewrite: rewrite.api,
  };
}

export function deactivate(): void {}
