import type { Finding, Span } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';

/** Longest piece of text one regex exec sees (long lines are cut at whitespace near this size). */
export const PATTERN_CHUNK = 1000;
/** Per rule, per draft: past this, the rule stops for this draft and is reported once. */
export const PATTERN_BUDGET_MS = 25;

/** Lines of the ranges, long lines cut into bounded chunks. */
export function patternChunks(text: string, ranges: Span[]): Span[] {
  const chunks: Span[] = [];
  for (const r of ranges) {
    let start = r.start;
    while (start < r.end) {
      const nl = text.indexOf('\n', start);
      const lineEnd = nl < 0 || nl >= r.end ? r.end : nl;
      let end = Math.min(lineEnd, start + PATTERN_CHUNK);
      if (end < lineEnd) {
        const ws = text.lastIndexOf(' ', end);
        if (ws > start + PATTERN_CHUNK / 2) end = ws;
      }
      if (end > start) chunks.push({ start, end });
      start = end === lineEnd ? lineEnd + 1 : end;
    }
  }
  return chunks;
}

export function runPatternRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.draft.text;
  for (const rule of ctx.ruleSet.rules) {
    if (rule.def.kind !== 'pattern' || !rule.pattern || !ruleApplies(rule, ctx)) continue;
    const re = rule.pattern;
    const started = Date.now();
    for (const chunk of patternChunks(text, coachedRanges(ctx.view, rule.def.segments))) {
      if (Date.now() - started > PATTERN_BUDGET_MS) {
        ctx.warnings.push({
          file: rule.file, line: rule.line, col: 1, ruleId: rule.def.id, severity: 'warning',
          message: `pattern rule "${rule.def.id}" exceeded its ${PATTERN_BUDGET_MS} ms budget on this draft and was stopped`,
        });
        break;
      }
      const slice = text.slice(chunk.start, chunk.end);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = chunk.start + m.index;
        findings.push(makeFinding(rule, { start, end: start + m[0].length, match: m }, ctx.draft, ctx.uiLang));
      }
    }
  }
  return findings;
}
