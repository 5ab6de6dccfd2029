import * as vscode from 'vscode';
import { findingsAt } from '../draftSummary';
import { ruleDocsMarkdown } from '../ruleDocsMarkdown';
import { RULE_DOCS_SCHEME, ruleDocsUri, ruleIdOfDocsUri } from '../ruleDocsUri';
import { uiLanguage } from '../uiLanguage';
import type { CommandContext } from './commandContext';

/** Serves `unscripted-rule:/<id>.md` (the diagnostics' code links open it too). */
export function registerRuleDocsContent(ctx: CommandContext): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, {
    provideTextDocumentContent(uri) {
      const ruleId = ruleIdOfDocsUri(uri);
      const entry = ctx.rules.catalog().get(ruleId);
      if (!entry) return `# ${ruleId}\n\n${vscode.l10n.t('No built-in rule has this id.')}\n`;
      const lang = uiLanguage(entry.pack.lang === 'fr' ? 'fr' : 'en');
      return ruleDocsMarkdown(entry, lang, ctx.rules.packFileUri(entry.file));
    },
  });
}

/** The rule under the cursor, else one picked from all rules. */
async function pickRule(ctx: CommandContext): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && ctx.store.current(editor.document);
  const here = analysis && findingsAt(analysis, editor.document.offsetAt(editor.selection.active))[0];
  if (here) return here.ruleId;
  const items = ctx.rules.catalog().all().map((e) => ({ label: e.rule.id, description: `${e.pack.id} · ${e.rule.category}`, ruleId: e.rule.id }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which rule?'), matchOnDescription: true }))?.ruleId;
}

/** Unscripted: Show Rule Documentation… — opens the rule's page as a Markdown preview. */
export async function showRuleDocumentation(ctx: CommandContext, ruleId?: string): Promise<vscode.Uri | undefined> {
  const id = typeof ruleId === 'string' ? ruleId : await pickRule(ctx);
  if (!id) return undefined;
  const uri = ruleDocsUri(id);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return uri;
}
