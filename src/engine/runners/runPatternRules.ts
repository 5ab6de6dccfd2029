import type { Finding, Span } from '../types';
import type { CompiledRule } from '../ruleSet';
import { makeFinding, type FindingInput } from '../findings/makeFinding';
import { insidePair } from '../match/compilePhrases';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { startRuleBudget } from './ruleBudget';
import { patternIndexFor } from './patternIndex';

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

/** One rule's plain global scan of the chunks (team/user rules: under a CPU budget). */
function scanRule(rule: CompiledRule, ctx: RunContext, chunks: Span[], out: FindingInput[]): void {
  const re = rule.pattern!;
  const text = ctx.draft.text;
  // Built-in patterns are vetted and tested: no budget, so results never depend on machine load.
  const budget = rule.builtin ? undefined : startRuleBudget();
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
      out.push({ start, end: start + m[0].length, match: m });
    }
  }
}

/**
 * Pattern rules over coached chunks. Built-in rules with known prefixes run through one
 * PatternIndex walk per chunk (each rule's sticky RegExp tried only where its prefix is), keeping
 * each rule's leftmost, non-overlapping matches exactly as its own global scan would find them.
 */
export function runPatternRules(ctx: RunContext): Finding[] {
  const text = ctx.draft.text;
  const hits = new Map<CompiledRule, FindingInput[]>();
  /** Chunks per segment filter: computed once, shared by the rules with the same filter. */
  const chunksBySegments = new Map<string, Span[]>();
  for (const rule of ctx.ruleSet.rules) {
    if (rule.def.kind !== 'pattern' || !rule.pattern || !ruleApplies(rule, ctx)) continue;
    hits.set(rule, []);
    const key = rule.def.segments?.join(',') ?? '*';
    if (!chunksBySegments.has(key)) chunksBySegments.set(key, patternChunks(text, coachedRanges(ctx.view, rule.def.segments)));
  }
  for (const [key, chunks] of chunksBySegments) {
    const pi = patternIndexFor(ctx.ruleSet, ctx.lang, key);
    const active = pi.indexed.map((r) => hits.has(r));
    const lastEnd = new Array<number>(pi.indexed.length);
    for (const chunk of chunks) {
      const slice = text.slice(chunk.start, chunk.end);
      lastEnd.fill(0);
      pi.index.scan(slice, (k, at) => {
        if (!active[k] || at < lastEnd[k] || (pi.unicode[k] && insidePair(slice, at))) return;
        const re = pi.sticky[k];
        re.lastIndex = at;
        const m = re.exec(slice);
        if (!m || m.index !== at || m[0].length === 0) return;
        lastEnd[k] = at + m[0].length;
        hits.get(pi.indexed[k])!.push({ start: chunk.start + at, end: chunk.start + lastEnd[k], match: m });
      });
    }
  }
  for (const [rule, list] of hits) {
    const key = rule.def.segments?.join(',') ?? '*';
    if (!rule.builtin || patternIndexFor(ctx.ruleSet, ctx.lang, key).scanned.includes(rule)) scanRule(rule, ctx, chunksBySegments.get(key)!, list);
  }
  const findings: Finding[] = [];
  for (const [rule, list] of hits) for (const input of list) findings.push(makeFinding(rule, input, ctx.draft, ctx.uiLang));
  return findings;
}
