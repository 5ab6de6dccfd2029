import * as vscode from 'vscode';
import type { Finding, Lang } from '../engine/types';
import { categoryLabel } from '../report/categoryLabels';
import type { AnalysisStore } from './analysisStore';
import { ALL_DRAFTS_SELECTOR } from './documentFilter';
import { draftAt, findingsAt } from './draftSummary';
import { packFileLabel } from './ruleCatalog';
import { rangeOf } from './openDocuments';
import type { RuleSetProvider } from './ruleSetProvider';
import { uiLanguage } from './uiLanguage';

/**
 * The coaching for one scripted finding: its category (named as in the views and the report, in the
 * coaching language `lang`), why it reads as scripted, what a buyer hears, what to write instead, and its source.
 */
export function coachingMarkdown(f: Finding, rules: RuleSetProvider, lang: Lang): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = { enabledCommands: ['unscripted.showRuleDocumentation'] };
  md.appendMarkdown(`**${vscode.l10n.t('Unscripted')}** · ${categoryLabel(f.category, lang)}\n\n`);
  const section = (title: string, text: string | undefined): void => {
    if (text) md.appendMarkdown(`**${title}** `).appendText(text).appendMarkdown('\n\n');
  };
  section(vscode.l10n.t('Why:'), f.why);
  section(vscode.l10n.t('What a buyer hears:'), f.buyerHears);
  section(vscode.l10n.t('Instead:'), f.instead);
  const parts = [`\`${f.ruleId}\``];
  const entry = rules.catalog().get(f.ruleId);
  const source = f.source ?? (entry ? { file: entry.file, line: entry.line } : undefined);
  if (source) {
    const uri = rules.packFileUri(source.file).with({ fragment: `L${source.line}` });
    const name = `${packFileLabel(source.file)}:${source.line}`;
    parts.push(`[${name}](${uri.toString()})`);
  }
  const args = encodeURIComponent(JSON.stringify([f.ruleId]));
  parts.push(`[${vscode.l10n.t('Rule documentation')}](command:unscripted.showRuleDocumentation?${args})`);
  md.appendMarkdown(parts.join(' · '));
  return md;
}

/** Hovers on scripted findings (the diagnostic hover shows the message; this adds the coaching). */
export function registerCoachingHover(store: AnalysisStore, rules: RuleSetProvider): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ALL_DRAFTS_SELECTOR, {
    provideHover(doc, position) {
      const analysis = store.current(doc);
      if (!analysis) return undefined;
      const offset = doc.offsetAt(position);
      const found = findingsAt(analysis, offset, 'scripted');
      if (found.length === 0) return undefined;
      const lang = uiLanguage(draftAt(analysis.drafts, offset)?.draft.lang, doc.uri);
      const contents = found.map((f) => coachingMarkdown(f, rules, lang));
      const notice = rules.notice?.(doc.uri);
      if (notice) contents.push(Object.assign(new vscode.MarkdownString('$(shield) '), { supportThemeIcons: true }).appendText(notice));
      return new vscode.Hover(contents, rangeOf(doc, found[0]));
    },
  });
}
