import type { Finding, Lang } from '../types';
import type { CompiledRule, PhraseGroup, RuleSet } from '../ruleSet';
import { makeFinding } from '../findings/makeFinding';
import { phraseRuleSpec } from '../match/compilePhrases';
import { buildPlan, type MatchPlan } from '../match/matchPlan';
import { walkPlan, type PlanHit } from '../match/walkPlan';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';

/** Every phrase rule of one language in one MatchPlan: plan rule r is `rules[r]`, its filter the index of its group. */
export interface PhrasePlan {
  plan: MatchPlan;
  rules: CompiledRule[];
  groups: PhraseGroup[];
  /** Rules that apply, by channel (the plan's rules all fit its language). */
  active: Map<string, Uint8Array | undefined>;
}

const cache = new WeakMap<RuleSet, Partial<Record<Lang, PhrasePlan>>>();

export function phrasePlanFor(ruleSet: RuleSet, lang: Lang): PhrasePlan {
  let byLang = cache.get(ruleSet);
  if (!byLang) cache.set(ruleSet, (byLang = {}));
  let pp = byLang[lang];
  if (!pp) {
    const groups = ruleSet.phraseGroups[lang];
    const rules = groups.flatMap((g) => g.rules);
    const specs = groups.flatMap((g, f) => g.rules.map((r) => phraseRuleSpec(r.def.phrases!, [lang], 'x', f)));
    byLang[lang] = pp = { plan: buildPlan(specs), rules, groups, active: new Map() };
  }
  return pp;
}

/**
 * Phrase rules: every group of the draft's language (one per segment filter) in one walk over the
 * coached text, in the order the groups' own scans gave: by group, then position, then rule.
 */
export function runPhraseRules(ctx: RunContext): Finding[] {
  const pp = phrasePlanFor(ctx.ruleSet, ctx.lang);
  let active = pp.active.get(ctx.channel);
  if (!pp.active.has(ctx.channel)) {
    const flags = Uint8Array.from(pp.rules, (rule) => (ruleApplies(rule, ctx) ? 1 : 0));
    pp.active.set(ctx.channel, (active = flags.includes(1) ? flags : undefined));
  }
  if (!active) return [];
  const ranges = pp.groups.map((g) => coachedRanges(ctx.view, g.segments));
  let hits: PlanHit[] = walkPlan(pp.plan, ctx.draft.text, ranges, active).hits;
  if (pp.groups.length > 1) hits = hits.sort((a, b) => pp.plan.specs[a.rule].filter - pp.plan.specs[b.rule].filter);
  const findings: Finding[] = [];
  for (const hit of hits) findings.push(makeFinding(pp.rules[hit.rule], hit, ctx.draft, ctx.uiLang));
  return findings;
}
