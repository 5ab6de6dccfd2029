import type { Lang, SegmentKind } from '../types';
import type { CompiledRule, RuleSet } from '../ruleSet';
import { buildPlan, type MatchPlan, type RuleSpec } from '../match/matchPlan';
import { ruleApplies, type RunContext } from './runContext';

export { startsAfterNonLetter } from '../match/ruleBranches';

/**
 * The built-in pattern rules of one language as one MatchPlan: `rules[r]` is plan rule r; each
 * distinct segment filter is one range list (`filters[f]`, its segments; ranges are chunks, see
 * patternChunks). Team and workspace rules stay out: they run alone under the pattern guard.
 */
export interface PatternPlan {
  plan: MatchPlan;
  rules: CompiledRule[];
  /** Every pattern rule of the language (team ones too), in rule-set order; `r`: its plan rule index (built-in ones). */
  ordered: { rule: CompiledRule; r: number | undefined }[];
  filters: (SegmentKind[] | undefined)[];
  /** The rules that apply to the draft's channel (`walk`: some of them use the index), cached by channel. */
  activeFor(ctx: RunContext): { active: Uint8Array; walk: boolean };
}

const SUGGESTION_GROUP = /\$\d/;

/** The filter key of a rule's segments (rules with the same list share ranges). */
export function segmentsKey(rule: CompiledRule): string {
  return rule.def.segments?.join(',') ?? '*';
}

function buildPatternPlan(all: CompiledRule[]): PatternPlan {
  const rules = all.filter((r) => r.builtin);
  const keys: string[] = [];
  const filters: (SegmentKind[] | undefined)[] = [];
  const specs: RuleSpec[] = rules.map((rule) => {
    const key = segmentsKey(rule);
    let filter = keys.indexOf(key);
    if (filter < 0) {
      filter = keys.push(key) - 1;
      filters.push(rule.def.segments);
    }
    const re = rule.pattern!;
    const wantMatch = (rule.def.suggestions ?? []).some((s) => SUGGESTION_GROUP.test(s));
    return { source: re.source, flags: re.flags, filter, global: true, wantMatch };
  });
  const plan = buildPlan(specs);
  const byChannel = new Map<string, { active: Uint8Array; walk: boolean }>();
  const activeFor = (ctx: RunContext): { active: Uint8Array; walk: boolean } => {
    let found = byChannel.get(ctx.channel);
    if (!found) {
      const active = Uint8Array.from(rules, (rule) => (ruleApplies(rule, ctx) ? 1 : 0));
      byChannel.set(ctx.channel, (found = { active, walk: rules.some((_, r) => active[r] === 1 && plan.scanned[r] !== 1) }));
    }
    return found;
  };
  const index = new Map(rules.map((r, i) => [r, i]));
  return { plan, rules, ordered: all.map((rule) => ({ rule, r: index.get(rule) })), filters, activeFor };
}

const cache = new WeakMap<RuleSet, Partial<Record<Lang, PatternPlan>>>();

/** The plan for the pattern rules of `lang` (built once per RuleSet and language; only built-in ones are indexed). */
export function patternPlanFor(ruleSet: RuleSet, lang: Lang): PatternPlan {
  let byLang = cache.get(ruleSet);
  if (!byLang) cache.set(ruleSet, (byLang = {}));
  return (byLang[lang] ??= buildPatternPlan(ruleSet.rules.filter((r) => r.def.kind === 'pattern' && r.pattern &&
    (r.packLang === lang || r.packLang === 'any'))));
}
