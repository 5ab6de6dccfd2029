import type { Lang, SegmentKind } from '../types';
import type { CompiledRule, RuleSet } from '../ruleSet';
import type { RuleSpec } from '../match/matchPlan';
import { ruleApplies, type RunContext } from './runContext';

export { startsAfterNonLetter } from '../match/ruleBranches';

/**
 * The built-in pattern rules of one language, as specs for the draft plan (see draftWalk):
 * `rules[r]` is pattern rule r; each distinct segment filter is one range list (`filters[f]`, its
 * segments; ranges are chunks, see patternChunks). Team and workspace rules stay out: they run
 * alone under the pattern guard.
 */
export interface PatternRules {
  rules: CompiledRule[];
  specs: RuleSpec[];
  /** Every pattern rule of the language (team ones too), in rule-set order; `r`: its index in `rules` (built-in ones). */
  ordered: { rule: CompiledRule; r: number | undefined }[];
  filters: (SegmentKind[] | undefined)[];
  /** The rules that apply to the draft's channel, cached by channel. */
  activeFor(ctx: RunContext): Uint8Array;
}

const SUGGESTION_GROUP = /\$\d/;

/** The filter key of a rule's segments (rules with the same list share ranges). */
export function segmentsKey(rule: CompiledRule): string {
  return rule.def.segments?.join(',') ?? '*';
}

function buildPatternRules(all: CompiledRule[]): PatternRules {
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
  const byChannel = new Map<string, Uint8Array>();
  const activeFor = (ctx: RunContext): Uint8Array => {
    let active = byChannel.get(ctx.channel);
    if (!active) byChannel.set(ctx.channel, (active = Uint8Array.from(rules, (rule) => (ruleApplies(rule, ctx) ? 1 : 0))));
    return active;
  };
  const index = new Map(rules.map((r, i) => [r, i]));
  return { rules, specs, ordered: all.map((rule) => ({ rule, r: index.get(rule) })), filters, activeFor };
}

/** The pattern rules of `lang` (only built-in ones get specs). */
export function patternRulesFor(ruleSet: RuleSet, lang: Lang): PatternRules {
  return buildPatternRules(ruleSet.rules.filter((r) => r.def.kind === 'pattern' && r.pattern && (r.packLang === lang || r.packLang === 'any')));
}
