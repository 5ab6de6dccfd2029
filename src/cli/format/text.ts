import type { DraftAnalysis, Severity } from '../../engine/types';
import { LineIndex } from '../lineIndex';
import { shownFindings, type CheckedFile } from './checkedFile';

export interface TextFormatOptions {
  /** Also list authentic findings (signals) as lines. */
  signals: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function severityCounts(draft: DraftAnalysis): string {
  const counts: Partial<Record<Severity, number>> = {};
  for (const f of draft.findings) if (f.kind === 'scripted') counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((s) => counts[s])
    .map((s) => plural(counts[s] ?? 0, s, s === 'info' ? 'info' : `${s}s`));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** `file (draft 2/3): score 64/100 · fr (detected) · email (default) · 3 scripted (1 error, 2 warnings) · 2 authentic` */
function summaryLine(file: CheckedFile, draft: DraftAnalysis, total: number): string {
  const d = draft.draft;
  const scripted = draft.findings.filter((f) => f.kind === 'scripted').length;
  const authentic = draft.findings.length - scripted;
  const where = total > 1 ? `${file.label} (draft ${d.index + 1}/${total})` : file.label;
  return (
    `${where}: score ${Math.round(draft.score.value)}/100 · ${d.lang} (${d.langSource}) · ${d.channel} (${d.channelSource})` +
    ` · ${scripted} scripted${severityCounts(draft)} · ${authentic} authentic`
  );
}

/** Human output: `file:line:col  severity  message  rule-id` per finding, then one summary line per draft. */
export function formatText(files: readonly CheckedFile[], options: TextFormatOptions): string {
  const out: string[] = [];
  let scripted = 0;
  let errors = 0;
  let authentic = 0;
  for (const file of files) {
    const lines = new LineIndex(file.text);
    for (const draft of file.analysis.drafts) {
      for (const f of shownFindings(draft, options.signals)) {
        const { line, col } = lines.position(f.start);
        out.push(`${file.label}:${line}:${col}  ${f.severity}  ${f.message}  ${f.ruleId}`);
      }
      out.push(summaryLine(file, draft, file.analysis.drafts.length));
      for (const f of draft.findings) {
        if (f.kind === 'authentic') authentic++;
        else {
          scripted++;
          if (f.severity === 'error') errors++;
        }
      }
    }
  }
  if (files.length > 1) {
    out.push(`${plural(files.length, 'file')} · ${scripted} scripted (${plural(errors, 'error')}) · ${authentic} authentic`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}
