import type { Finding, Span } from '../types';
import type { CompiledRule } from '../ruleSet';
import { makeFinding, type FindingInput } from '../findings/makeFinding';
import { insidePair } from '../match/compilePhrases';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { matchChunks } from './patternGuard';
import { startRuleBudget } from './ruleBudget';
import { patternIndexFor } from './patternIndex';

/** Longest piece of text one regex exec sees (long lines are cut at whitespace near this size). */
export const PATTERN_CHUNK = 1000;
/**
 * Wall-clock budget per rule per draft for regexes from non-built-in packs run under the host's
 * PatternGuard (which can interrupt a single runaway exec). Generous, so that a loaded machine does
 * not stop a normal rule (they take well under 1 ms); built-in rules have no budget.
 */
export const PATTERN_BUDGET_MS = 100;

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

/** Team/user rule with no guard from the host: plain loop, stopped between chunks by a CPU-time budget. */
function budgetedMatches(rule: CompiledRule, text: string, chunks: Span[]): RegExpExecArray[] | undefined {
  const budget = startRuleBudget();
  const out: RegExpExecArray[] = [];
  for (const chunk of chunks) {
    if (budget.spent() > budget.limitMs) return undefined;
    out.push(...matchChunks(rule.pattern!, text, [chunk], Infinity).matches);
  }
  return out;
}

/** One rule's own global scan: built-in (vetted, no budget), guarded, or CPU-budgeted. */
function scanRule(rule: CompiledRule, ctx: RunContext, chunks: Span[], out: FindingInput[]): void {
  const text = ctx.draft.text;
  const guard = ctx.ruleSet.patternGuard;
  let matches: RegExpExecArray[] | undefined;
  if (rule.builtin) matches = matchChunks(rule.pattern!, text, chunks, Infinity).matches;
  else if (guard) matches = guard.matchAll(rule.pattern!, text, chunks, PATTERN_BUDGET_MS);
  else matches = budgetedMatches(rule, text, chunks);
  if (!matches) {
    const limit = guard ? `${PATTERN_BUDGET_MS} ms` : `${startRuleBudget().limitMs} ms ${startRuleBudget().unit}`;
    ctx.warnings.push({
      file: rule.file, line: rule.line, col: 1, ruleId: rule.def.id, severity: 'warning',
      message: `pattern rule "${rule.def.id}" exceeded its ${limit} budget on this draft and was stopped`,
    });
    return;
  }
  for (const m of matches) out.push({ start: m.index, end: m.index + m[0].length, match: m });
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
