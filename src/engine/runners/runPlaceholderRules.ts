import type { Finding } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { findPlaceholders, nonOverlapping } from '../match/findPlaceholders';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';
import { patternChunks, PATTERN_BUDGET_MS } from './runPatternRules';

/** Leftover merge tags in every common syntax (plus the rule's `params.extra` regexes). */
export function runPlaceholderRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.draft.text;
  for (const rule of ctx.ruleSet.rules) {
    if (rule.def.kind !== 'placeholder' || !ruleApplies(rule, ctx)) continue;
    const guard = !rule.builtin && rule.extra?.length ? ctx.ruleSet.patternGuard : undefined;
    for (const range of coachedRanges(ctx.view, rule.def.segments)) {
      const spans = findPlaceholders(text.slice(range.start, range.end), range.start, guard ? [] : rule.extra);
      // Extra regexes from team packs run under the guard; one over budget is dropped and reported.
      for (const re of guard ? rule.extra! : []) {
        const matches = guard!.matchAll(re, text, patternChunks(text, [range]), PATTERN_BUDGET_MS);
        if (matches) spans.push(...matches.map((m) => ({ start: m.index, end: m.index + m[0].length })));
        else ctx.warnings.push({ file: rule.file, line: rule.line, col: 1, ruleId: rule.def.id, severity: 'warning', message: `a params.extra regex of "${rule.def.id}" exceeded its ${PATTERN_BUDGET_MS} ms budget on this draft and was stopped` });
      }
      for (const span of guard ? nonOverlapping(spans) : spans) {
        findings.push(makeFinding(rule, span, ctx.draft, ctx.uiLang));
      }
    }
  }
  return findings;
}
