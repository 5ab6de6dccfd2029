import * as vscode from 'vscode';
import { checkNow } from './checkNow';
import type { CommandContext } from './commandContext';
import { disableRuleForWorkspace } from './disableRuleForWorkspace';
import { setChannel } from './setChannel';
import { setLanguage } from './setLanguage';
import { registerRuleDocsContent, showRuleDocumentation } from './showRuleDocumentation';
import { acceptPhraseForTeam, disableRuleForTeam } from '../team/teamConfigEdits';

/** Every command in category "Unscripted" (declared in package.json). */
export function registerCommands(ctx: CommandContext): vscode.Disposable {
  const table: Record<string, (...args: never[]) => unknown> = {
    'unscripted.checkNow': () => checkNow(ctx),
    'unscripted.setLanguage': (lang?: never) => setLanguage(ctx, lang),
    'unscripted.setChannel': (channel?: never) => setChannel(ctx, channel),
    'unscripted.showRuleDocumentation': (ruleId?: string) => showRuleDocumentation(ctx, ruleId),
    'unscripted.disableRuleForWorkspace': (ruleId?: string) => disableRuleForWorkspace(ruleId),
    'unscripted.acceptPhraseForTeam': (draft?: string, phrase?: string) => acceptPhraseForTeam(draft, phrase),
    'unscripted.disableRuleForTeam': (draft?: string, ruleId?: string) => disableRuleForTeam(draft, ruleId),
  };
  return vscode.Disposable.from(
    registerRuleDocsContent(ctx),
    ...Object.entries(table).map(([id, fn]) => vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown)),
  );
}
