import * as vscode from 'vscode';
import { phraseForAccept } from '../../engine/config/editConfig';
import { VOCABULARY_PACK_ID } from '../../engine/config/vocabularyPack';
import type { AnalysisStore } from '../analysisStore';
import { diagnosticFindings } from '../diagnosticFindings';
import { ALL_DRAFTS_SELECTOR } from '../documentFilter';
import type { RuleSetProvider } from '../ruleSetProvider';

/** Rule kinds whose finding is a phrase someone could accept (not a length, a limit or a signal). */
const PHRASE_KINDS = new Set(['phrase', 'pattern', 'placeholder']);

/**
 * Quick fixes that write to the team file (`.unscripted.yaml`, committed with the repo): "accept this phrase for
 * the team" (adds it to `accept`) and "disable this rule for the team" (adds `rule-id: off` under `rules`).
 */
class TeamQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: AnalysisStore, private readonly rules: RuleSetProvider) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const { diagnostic, ruleId, finding } of diagnosticFindings(this.store, doc, context)) {
      if (finding.kind !== 'scripted') continue;
      const kind = this.rules.catalog().get(ruleId)?.rule.kind;
      const phrase = phraseForAccept(doc.getText().slice(finding.start, finding.end));
      if (phrase && kind && PHRASE_KINDS.has(kind) && finding.packId !== VOCABULARY_PACK_ID && phrase.length <= 80) {
        const title = vscode.l10n.t('Accept “{0}” for the team', phrase);
        actions.push(this.action(title, 'unscripted.acceptPhraseForTeam', [doc.uri.toString(), phrase], diagnostic));
      }
      actions.push(this.action(vscode.l10n.t('Disable {0} for the team', ruleId), 'unscripted.disableRuleForTeam', [doc.uri.toString(), ruleId], diagnostic));
    }
    return actions;
  }

  private action(title: string, command: string, args: unknown[], diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { command, title, arguments: args };
    action.diagnostics = [diagnostic];
    return action;
  }
}

/** The code actions; their commands are registered with the others in commands/index.ts. */
export function registerTeamQuickFixes(store: AnalysisStore, rules: RuleSetProvider): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(ALL_DRAFTS_SELECTOR, new TeamQuickFixes(store, rules), TeamQuickFixes.metadata);
}
