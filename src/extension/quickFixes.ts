import * as vscode from 'vscode';
import type { Finding, Lang } from '../engine/types';
import type { AnalysisStore } from './analysisStore';
import { diagnosticFindings } from './diagnosticFindings';
import { ALL_DRAFTS_SELECTOR } from './documentFilter';
import { draftAt } from './draftSummary';
import { rangeOf } from './openDocuments';
import { suppressionInsertion } from './suppressionComment';

/** Deleting a span also takes one neighbouring space, so "I just wanted to" → "I wanted to". */
function removalSpan(text: string, start: number, end: number): { start: number; end: number } {
  if (text[end] === ' ' && (start === 0 || /\s/.test(text[start - 1]))) return { start, end: end + 1 };
  if (text[start - 1] === ' ') return { start: start - 1, end };
  return { start, end };
}

function quote(s: string): string {
  const short = s.length > 40 ? `${s.slice(0, 39)}…` : s;
  return `“${short.replace(/\s+/g, ' ')}”`;
}

/**
 * Quick fixes on Unscripted diagnostics: apply a suggestion (preferred when it is the only one),
 * remove filler, ignore here (an inline suppression comment), disable the rule for the workspace.
 * All edits are WorkspaceEdits, so they are undoable. Other providers (the rewrite) can add their
 * own actions on the same diagnostics: they carry the rule id as code.
 */
class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return diagnosticFindings(this.store, doc, context).flatMap(({ diagnostic, ruleId, finding, analysis }) => {
      const lang: Lang = draftAt(analysis.drafts, finding.start)?.draft.lang ?? 'en';
      return [...this.fixes(doc, finding, diagnostic), this.ignoreHere(doc, finding, diagnostic, lang), this.disableRule(ruleId, diagnostic)];
    });
  }

  private fixes(doc: vscode.TextDocument, f: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const text = doc.getText();
    const original = text.slice(f.start, f.end);
    const out = f.suggestions.map((s) => {
      const span = s.replacement === '' ? removalSpan(text, s.start, s.end) : s;
      const title = s.replacement === '' ? vscode.l10n.t('Remove {0}', quote(original)) : vscode.l10n.t('Replace with {0}', quote(s.replacement));
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, rangeOf(doc, span), s.replacement);
      action.diagnostics = [diagnostic];
      return action;
    });
    if (f.category === 'filler' && !f.suggestions.some((s) => s.replacement === '')) {
      const action = new vscode.CodeAction(vscode.l10n.t('Remove filler {0}', quote(original)), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.delete(doc.uri, rangeOf(doc, removalSpan(text, f.start, f.end)));
      action.diagnostics = [diagnostic];
      out.push(action);
    }
    if (out.length === 1) out[0].isPreferred = true;
    return out;
  }

  private ignoreHere(doc: vscode.TextDocument, f: Finding, diagnostic: vscode.Diagnostic, lang: Lang): vscode.CodeAction {
    const ins = suppressionInsertion(doc.getText(), f.start, f.ruleId, lang);
    const action = new vscode.CodeAction(vscode.l10n.t('Ignore {0} here', f.ruleId), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(doc.uri, doc.positionAt(ins.at), ins.text);
    action.diagnostics = [diagnostic];
    return action;
  }

  private disableRule(ruleId: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this workspace', ruleId), vscode.CodeActionKind.QuickFix);
    action.command = { command: 'unscripted.disableRuleForWorkspace', title: action.title, arguments: [ruleId] };
    action.diagnostics = [diagnostic];
    return action;
  }
}

export function registerQuickFixes(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(ALL_DRAFTS_SELECTOR, new QuickFixProvider(store), QuickFixProvider.metadata);
}
