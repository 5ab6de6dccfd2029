import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { editorConfigReader } from './editorConfigReader';
import { registerTeamQuickFixes } from './teamQuickFixes';
import { TeamRuleSetProvider } from './teamRuleSetProvider';
import { registerTeamWatchers } from './teamWatchers';

/**
 * Team rule packs in the editor: the rule-set provider (`.unscripted.yaml` per folder, diagnostics on broken
 * packs and configs), live reload, and the quick fixes that write to the team file.
 */
export function createTeamRules(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): {
  provider: TeamRuleSetProvider;
  register(store: AnalysisStore): vscode.Disposable;
} {
  const provider = new TeamRuleSetProvider(context.extensionPath, editorConfigReader, log);
  return {
    provider,
    register: (store) => vscode.Disposable.from(registerTeamWatchers(provider), registerTeamQuickFixes(store, provider)),
  };
}
