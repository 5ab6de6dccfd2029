import type { Finding, Span } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { matchChunks } from './patternGuard';

/** Longest piece of text one regex exec sees (long lines are cut at whitespace near this size). */
export const PATTERN_CHUNK = 1000;
/** Per rule, per draft: past this, the rule stops for this draft and is reported once. */
export const PATTERN_BUDGET_MS = 25;

/**
 * The ranges cut into chunks of at most PATTERN_CHUNK characters, at a line break when there is one
 * (else at a space), so one exec never sees unbounded input. Patterns get the `m` flag, so `^`/`$`
 * still mean line start/end inside a chunk.
 */
export function patternChunks(text: string, ranges: Span[]): Span[] {
  const chunks: Span[] = [];
  for (const r of ranges) {
    let start = r.start;
    while (start < r.end) {
      let end = Math.min(r.end, start + PATTERN_CHUNK);
      if (end < r.end) {
        // Search within the chunk only (lastIndexOf on the whole text would rescan a 1 MB line each time).
        const window = text.slice(start, end);
        const nl = window.lastIndexOf('\n');
        const ws = window.lastIndexOf(' ');
        if (nl > PATTERN_CHUNK / 4) end = start + nl + 1;
        else if (ws > PATTERN_CHUNK / 2) end = start + ws;
      }
      chunks.push({ start, end });
      start = end;
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
