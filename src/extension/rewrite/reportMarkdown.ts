import * as vscode from 'vscode';
import type { RewriteResult } from '../../rewrite/rewriteDraft';

const t = vscode.l10n.t;

/** The acceptance report shown beside the diff. */
export function reportMarkdown(result: RewriteResult): string {
  const r = result.report;
  const verdict = r.verdict === 'pass' ? t('✅ Checks passed') : r.verdict === 'warn' ? t('⚠️ Check before accepting') : t('❌ A check failed');
  const lines = [
    `# ${t('Rewrite report')} — ${verdict}`,
    '',
    t('Accept applies the rewrite as one edit (undo reverts it); Reject leaves the draft as it is.'),
    '',
    `| ${t('Check')} | ${t('Before')} | ${t('After')} |`,
    '|---|---|---|',
    `| ${t('Score')} | ${r.scoreBefore} | ${r.scoreAfter} |`,
    `| ${t('Scripted phrases')} | ${r.scriptedBefore} | ${r.scriptedRemaining.length} |`,
    `| ${r.voiceReference === 'profile' ? t('Voice distance (to your samples)') : t('Voice distance (to your draft)')} | ${r.voiceDistanceBefore} | ${r.voiceDistanceAfter} |`,
  ];
  if (r.channelLimit) lines.push(`| ${t('Length ({0}, max {1})', r.channelLimit.unit, r.channelLimit.max)} | ${r.channelLimit.before} | ${r.channelLimit.after} |`);
  if (r.addressBefore !== 'none') lines.push(`| tu / vous | ${r.addressBefore} | ${r.addressAfter} |`);
  lines.push('', `**${t('Facts')}:** ${r.missingFacts.length ? t('missing: {0}', r.missingFacts.join(', ')) : t('all kept')}`);
  if (r.newFacts.length) lines.push('', `**${t('Possibly invented')}:** ${r.newFacts.join(', ')}`);
  if (r.warnings.length) lines.push('', `## ${t('Warnings')}`, '', ...r.warnings.map((w) => `- ${w}`));
  return lines.join('\n') + '\n';
}

/** Exactly what left the machine, then the placeholder legend (which never left it). */
export function sentMarkdown(result: RewriteResult): string {
  const legend = result.pseudonyms.map((p) => `| \`${p.placeholder}\` | ${p.original} |`);
  return [
    `# ${t('Sent to the model')}`,
    '',
    t('POST {0} (model {1}). This is the exact request body; the API key was sent in a header and is not shown.', result.sent.url, result.sent.model),
    '',
    '```json',
    JSON.stringify({ model: result.sent.model, messages: result.sent.messages, stream: true }, null, 2),
    '```',
    '',
    `## ${t('Placeholders (kept on this machine, never sent)')}`,
    '',
    ...(legend.length ? [`| ${t('Sent')} | ${t('Stands for')} |`, '|---|---|', ...legend] : [t('Nothing was pseudonymised.')]),
    '',
  ].join('\n');
}
