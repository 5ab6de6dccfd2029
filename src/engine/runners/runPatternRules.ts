import type { Finding, Span } from '../types';
import type { CompiledRule } from '../ruleSet';
import { makeFinding, type FindingInput } from '../findings/makeFinding';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { matchChunks } from './patternGuard';
import { startRuleBudget } from './ruleBudget';
import { segmentsKey } from './patternIndex';
import { patternChunks } from './patternChunks';
import { draftWalk, releaseDraftWalk } from './draftWalk';
import { sortShort } from '../sortShort';
import type { PlanHit } from '../match/walkPlan';

const byRule = (a: PlanHit, b: PlanHit): number => a.rule - b.rule;

export { patternChunks, PATTERN_CHUNK } from './patternChunks';

/**
 * Wall-clock budget per rule per draft for regexes from non-built-in packs run under the host's
 * PatternGuard (which can interrupt a single runaway exec). Generous, so that a loaded machine does
 * not stop a normal rule (they take well under 1 ms); built-in rules have no budget.
 */
export const PATTERN_BUDGET_MS = 100;

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
 * Pattern rules over coached chunks. Built-in rules run through one PatternPlan walk per draft
 * (each rule's branches tried only where their prefixes are), keeping each rule's leftmost,
 * non-overlapping matches exactly as its own global scan would find them; a rule with a branch that
 * may start anywhere keeps its own scan, skipped when the literals that branch needs are absent.
 * Team and workspace rules run alone, guarded or budgeted.
 */
export function runPatternRules(ctx: RunContext): Finding[] {
  const text = ctx.draft.text;
  const w = draftWalk(ctx);
  releaseDraftWalk(ctx); // the phrase runner ran first
  const pp = w.dp.pattern;
  const { patternActive: active, patternScan: scan, patternRanges: ranges } = w;
  // By rule (a stable sort keeps each rule's hits by position), read alongside the rules below.
  const hits = w.patternHits;
  if (hits.length > 1) sortShort(hits, byRule);
  let h = 0;
  /** Chunks per segment filter of team rules: computed once, shared by the rules with the same filter. */
  let teamChunks: Map<string, Span[]> | undefined;
  const findings: Finding[] = [];
  for (const { rule, r } of pp.ordered) {
    if (r === undefined ? !ruleApplies(rule, ctx) : active[r] === 0) continue;
    if (r !== undefined && scan[r] === 0) {
      while (h < hits.length && hits[h].rule < r) h++;
      for (; h < hits.length && hits[h].rule === r; h++) findings.push(makeFinding(rule, hits[h], ctx.draft, ctx.uiLang));
      continue;
    }
    const key = segmentsKey(rule);
    let chunks = r !== undefined ? ranges[pp.specs[r].filter] : teamChunks?.get(key);
    if (!chunks) (teamChunks ??= new Map()).set(key, (chunks = patternChunks(text, coachedRanges(ctx.view, rule.def.segments))));
    const list: FindingInput[] = [];
    scanRule(rule, ctx, chunks, list);
    for (const input of list) findings.push(makeFinding(rule, input, ctx.draft, ctx.uiLang));
  }
  return findings;
}
