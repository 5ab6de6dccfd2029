import * as vscode from 'vscode';
import type { Lang } from '../engine/types';
import { categoryLabel } from '../report/categoryLabels';
import { localized } from './labels';
import { packFileLabel, type RuleEntry } from './ruleCatalog';

/** A rule's documentation page (Markdown): message, why, what a buyer hears, instead, examples, source. */
export function ruleDocsMarkdown(entry: RuleEntry, uiLang: Lang, sourceUri: vscode.Uri): string {
  const { rule, pack } = entry;
  const t = (x: Parameters<typeof localized>[0]) => localized(x, uiLang, pack.lang);
  const lines: string[] = [`# ${t(rule.message) ?? rule.id}`, ''];
  lines.push(
    `\`${rule.id}\` · ${categoryLabel(rule.category, uiLang)} · ${vscode.l10n.t('severity: {0}', rule.severity)}` +
      (rule.weight !== undefined ? ` · ${vscode.l10n.t('weight: {0}', rule.weight)}` : ''),
    '',
  );
  const section = (title: string, body: string | undefined): void => {
    if (body) lines.push(`## ${title}`, '', body, '');
  };
  section(vscode.l10n.t('Why'), t(rule.why));
  section(vscode.l10n.t('What a buyer hears'), t(rule.buyerHears));
  section(vscode.l10n.t('Instead'), t(rule.instead));
  if (rule.phrases?.length) section(vscode.l10n.t('Phrases'), rule.phrases.map((p) => `- \`${p}\``).join('\n'));
  if (rule.suggestions?.length) {
    section(vscode.l10n.t('Suggested replacements'), rule.suggestions.map((s) => `- ${s === '' ? vscode.l10n.t('(remove it)') : `“${s}”`}`).join('\n'));
  }
  if (rule.examples?.flagged.length) section(vscode.l10n.t('Flagged'), rule.examples.flagged.map((e) => `- ${e}`).join('\n'));
  if (rule.examples?.clean.length) section(vscode.l10n.t('Not flagged'), rule.examples.clean.map((e) => `- ${e}`).join('\n'));
  const where = rule.channels?.length ? vscode.l10n.t('Channels: {0}', rule.channels.join(', ')) : undefined;
  if (where) lines.push(where, '');
  if (rule.link) lines.push(`${vscode.l10n.t('Source:')} <${rule.link}>`, '');
  const fileName = packFileLabel(entry.file);
  lines.push('---', '', `${vscode.l10n.t('Pack')} \`${pack.id}\`${pack.version ? ` ${pack.version}` : ''} · [${fileName}:${entry.line}](${sourceUri.with({ fragment: `L${entry.line}` }).toString()})`, '');
  lines.push(
    vscode.l10n.t('Silence it once with {0}, or for the workspace with the setting {1}.', `\`<!-- unscripted-disable-next-line ${rule.id} -->\``, '`unscripted.disabledRules`'),
    '',
  );
  return lines.join('\n');
}
