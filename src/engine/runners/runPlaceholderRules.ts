import type { Finding } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { findPlaceholders } from '../match/findPlaceholders';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';

/** Leftover merge tags in every common syntax (plus the rule's `params.extra` regexes). */
export function runPlaceholderRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.draft.text;
  for (const rule of ctx.ruleSet.rules) {
    if (rule.def.kind !== 'placeholder' || !ruleApplies(rule, ctx)) continue;
    for (const range of coachedRanges(ctx.view, rule.def.segments)) {
      for (const span of findPlaceholders(text.slice(range.start, range.end), range.start, rule.extra)) {
        findings.push(makeFinding(rule, span, ctx.draft, ctx.uiLang));
      }
    }
  }
  return findings;
}
