import type { Lang, SegmentKind } from '../types';
import type { CompiledRule, RuleSet } from '../ruleSet';
import { buildPlan, type MatchPlan, type RuleSpec } from '../match/matchPlan';

export { startsAfterNonLetter } from '../match/ruleBranches';

/**
 * The built-in pattern rules of one language as one MatchPlan: `rules[r]` is plan rule r; each
 * distinct segment filter is one range list (`filters[f]`, its segments; ranges are chunks, see
 * patternChunks). Team and workspace rules stay out: they run alone under the pattern guard.
 */
export interface PatternPlan {
  plan: MatchPlan;
  rules: CompiledRule[];
  /** Plan rule index of each built-in rule. */
  indexOf: Map<CompiledRule, number>;
  filters: (SegmentKind[] | undefined)[];
}

const SUGGESTION_GROUP = /\$\d/;

/** The filter key of a rule's segments (rules with the same list share ranges). */
export function segmentsKey(rule: CompiledRule): string {
  return rule.def.segments?.join(',') ?? '*';
}

function buildPatternPlan(rules: CompiledRule[]): PatternPlan {
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
  return { plan: buildPlan(specs), rules, indexOf: new Map(rules.map((r, i) => [r, i])), filters };
}

const cache = new WeakMap<RuleSet, Partial<Record<Lang, PatternPlan>>>();

/** The plan for the built-in pattern rules of `lang` (built once per RuleSet and language). */
export function patternPlanFor(ruleSet: RuleSet, lang: Lang): PatternPlan {
  let byLang = cache.get(ruleSet);
  if (!byLang) cache.set(ruleSet, (byLang = {}));
  return (byLang[lang] ??= buildPatternPlan(ruleSet.rules.filter((r) => r.def.kind === 'pattern' && r.pattern && r.builtin &&
    (r.packLang === lang || r.packLang === 'any'))));
}
