import type { Lang } from '../types';
import type { CompiledRule, PhraseGroup, RuleSet } from '../ruleSet';
import { phraseRuleSpec } from '../match/compilePhrases';
import type { RuleSpec } from '../match/matchPlan';
import { ruleApplies, type RunContext } from './runContext';

/** Every phrase rule of one language, as specs for the draft plan: rule r is `rules[r]`, its filter the index of its group. */
export interface PhraseRules {
  rules: CompiledRule[];
  groups: PhraseGroup[];
  specs: RuleSpec[];
  /** Rules that apply to the draft's channel (undefined: none), cached by channel. */
  activeFor(ctx: RunContext): Uint8Array | undefined;
}

export function phraseRulesFor(ruleSet: RuleSet, lang: Lang): PhraseRules {
  const groups = ruleSet.phraseGroups[lang];
  const rules = groups.flatMap((g) => g.rules);
  const specs = groups.flatMap((g, f) => g.rules.map((r) => phraseRuleSpec(r.def.phrases!, [lang], 'x', f)));
  const byChannel = new Map<string, Uint8Array | undefined>();
  const activeFor = (ctx: RunContext): Uint8Array | undefined => {
    if (!byChannel.has(ctx.channel)) {
      const flags = Uint8Array.from(rules, (rule) => (ruleApplies(rule, ctx) ? 1 : 0));
      byChannel.set(ctx.channel, flags.includes(1) ? flags : undefined);
    }
    return byChannel.get(ctx.channel);
  };
  return { rules, groups, specs, activeFor };
}
