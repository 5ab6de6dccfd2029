import type { Finding, Span } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { startRuleBudget } from './ruleBudget';

/** Longest piece of text one regex exec sees (long lines are cut at whitespace near this size). */
export const PATTERN_CHUNK = 1000;

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

export function runPatternRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.draft.text;
  /** Chunks per segment filter: computed once, shared by the rules with the same filter. */
  const chunksBySegments = new Map<string, Span[]>();
  for (const rule of ctx.ruleSet.rules) {
    if (rule.def.kind !== 'pattern' || !rule.pattern || !ruleApplies(rule, ctx)) continue;
    const re = rule.pattern;
    // Built-in patterns are vetted and tested: no budget, so results never depend on machine load.
    const budget = rule.builtin ? undefined : startRuleBudget();
    const key = rule.def.segments?.join(',') ?? '*';
    let chunks = chunksBySegments.get(key);
    if (!chunks) chunksBySegments.set(key, (chunks = patternChunks(text, coachedRanges(ctx.view, rule.def.segments))));
    for (const chunk of chunks) {
      if (budget && budget.spent() > budget.limitMs) {
        ctx.warnings.push({
          file: rule.file, line: rule.line, col: 1, ruleId: rule.def.id, severity: 'warning',
          message: `pattern rule "${rule.def.id}" exceeded its ${budget.limitMs} ms ${budget.unit} budget on this draft and was stopped`,
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
