import type { EvalReport, GroupReport, SpanStats } from './evaluate';

const pct = (x: number): string => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

function spanLine(name: string, s: SpanStats): string {
  return `  ${name.padEnd(10)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  (${s.matched} matched / ${s.predicted} predicted / ${s.gold} gold)`;
}

function groupLines(title: string, g: GroupReport, extra: string): string[] {
  const lines = [
    `${title} — ${g.messages} messages${extra}`,
    spanLine('scripted', g.scripted),
    spanLine('authentic', g.authentic),
    `  language accuracy ${pct(g.languageAccuracy)}   warnings per authentic message ${Number.isNaN(g.warningsPerAuthentic) ? 'n/a' : g.warningsPerAuthentic.toFixed(2)} (${g.authenticMessages} authentic)`,
    `  structure findings (not span-scored): ${g.structureFindings}`,
    '  recall by category:',
  ];
  for (const [c, v] of Object.entries(g.categoryRecall)) {
    lines.push(`    ${c.padEnd(22)} ${pct(v.recall)}  (${v.matched}/${v.gold})`);
  }
  return lines;
}

/** Human-readable report; `details` adds missed gold spans and false positives per message. */
export function formatReport(r: EvalReport, details: boolean): string {
  const lines = [`messages ${r.messages}   AUC ${pct(r.auc)}   Spearman ${pct(r.spearman)}`, ''];
  for (const [lang, g] of Object.entries(r.byLang)) {
    lines.push(...groupLines(lang.toUpperCase(), g, `   AUC ${pct(g.auc)}   Spearman ${pct(g.spearman)}`), '');
  }
  lines.push(...groupLines('ALL', r.all, ''));
  if (details) {
    lines.push('', 'false positives by rule (scripted):');
    for (const [rule, n] of Object.entries(r.all.falsePositivesByRule)) lines.push(`  ${String(n).padStart(3)}  ${rule}`);
    lines.push('', 'per message:');
    for (const d of r.details) {
      if (d.missed.length === 0 && d.falsePositives.length === 0 && d.lang === d.detectedLang) continue;
      const lang = d.lang === d.detectedLang ? '' : `  LANG ${d.detectedLang}`;
      lines.push(`${d.id}  ${d.label ?? ''} gold ${d.goldScore ?? '?'} → score ${d.score}${lang}`);
      for (const m of d.missed) lines.push(`  - missed ${m.kind}/${m.category}: ${JSON.stringify(m.quote)}`);
      for (const f of d.falsePositives) lines.push(`  + extra  ${f.kind}/${f.category} ${f.ruleId}: ${JSON.stringify(f.quote)}`);
    }
  }
  return lines.join('\n') + '\n';
}
