import type { RuleSet } from './ruleSet';
import { LANGS, type Lang } from './types';
import { draftPlanFor, hasDraftPlan } from './runners/draftWalk';

/**
 * A rule set builds each language's match index (phrase tries, regex prefixes, branches) on its first
 * analysis in that language (~0.1–0.3 s for the built-in packs). A host with idle time (the editor,
 * after its first check) builds the others ahead with these, one language per call; the analyses
 * then find them built. Results are the same either way.
 */
export function unpreparedLanguages(ruleSet: RuleSet): Lang[] {
  return LANGS.filter((lang) => !hasDraftPlan(ruleSet, lang));
}

/** Builds `lang`'s match index of the rule set now (nothing when it is built already). */
export function prepareLanguage(ruleSet: RuleSet, lang: Lang): void {
  draftPlanFor(ruleSet, lang);
}
