import type { Finding, Span } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { matchChunks } from './patternGuard';

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

/** Pattern rules; regexes from non-built-in packs run under the rule set's PatternGuard when it has one. */
export function runPatternRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.draft.text;
  const guard = ctx.ruleSet.patternGuard;
  /** Chunks per segment filter: computed once, shared by the rules with the same filter. */
  const chunksBySegments = new Map<string, Span[]>();
  for (const rule of ctx.ruleSet.rules) {
    if (rule.def.kind !== 'pattern' || !rule.pattern || !ruleApplies(rule, ctx)) continue;
    const key = rule.def.segments?.join(',') ?? '*';
    let chunks = chunksBySegments.get(key);
    if (!chunks) chunksBySegments.set(key, (chunks = patternChunks(text, coachedRanges(ctx.view, rule.def.segments))));
    // Regexes from packs that are not built-in run under the guard, which can stop a single runaway match.
    let matches: RegExpExecArray[] | undefined;
    if (guard && !rule.builtin) matches = guard.matchAll(rule.pattern, text, chunks, PATTERN_BUDGET_MS);
    else {
      const direct = matchChunks(rule.pattern, text, chunks, PATTERN_BUDGET_MS);
      matches = direct.timedOut ? undefined : direct.matches;
    }
    if (!matches) {
      ctx.warnings.push({
        file: rule.file, line: rule.line, col: 1, ruleId: rule.def.id, severity: 'warning',
        message: `pattern rule "${rule.def.id}" exceeded its ${PATTERN_BUDGET_MS} ms budget on this draft and was stopped`,
      });
      continue;
    }
    for (const m of matches) findings.push(makeFinding(rule, { start: m.index, end: m.index + m[0].length, match: m }, ctx.draft, ctx.uiLang));
  }
  return findings;
}
