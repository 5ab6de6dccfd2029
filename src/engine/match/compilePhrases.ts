import type { Lang } from '../types';
import { phraseToRegex, type StemCheck } from './phraseToRegex';
import { buildPlan, type MatchPlan, type RuleSpec } from './matchPlan';
import { walkPlan } from './walkPlan';

export { insidePair } from './walkPlan';

/** Unicode word boundaries around every phrase rule's alternation. */
export const PHRASE_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}_])';
export const PHRASE_AFTER = '(?![\\p{L}\\p{N}\\p{M}_])';
export const PHRASE_FLAGS = 'iu';

export interface PhraseHit {
  /** Index into the rules given to compilePhraseGroup. */
  rule: number;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  /** Number of rules in the group. */
  size: number;
  /** All hits in `text` (offsets + `offset`), by position then rule; hits of one rule may overlap (the caller dedupes). */
  match(text: string, offset: number): PhraseHit[];
}

type RulePhrases = { source: string; stemChecks: StemCheck[] };
/** By phrase list (packs are parsed once per text, so rebuilt rule sets pass the same arrays), then options. */
const compiled = new WeakMap<string[], Map<string, RulePhrases>>();

/** Compiles one rule's phrases to a regex source (checked when the group regex is built). */
export function compileRulePhrases(phrases: string[], langs: Lang[], groupPrefix: string, captureStems: boolean): RulePhrases {
  let byOptions = compiled.get(phrases);
  if (!byOptions) compiled.set(phrases, (byOptions = new Map()));
  const key = `${langs.join(',')}|${groupPrefix}|${captureStems}`;
  let found = byOptions.get(key);
  if (!found) {
    const parts = phrases.map((p, i) => phraseToRegex(p, langs, `${groupPrefix}p${i}s`, captureStems));
    byOptions.set(key, (found = { source: parts.map((p) => p.source).join('|'), stemChecks: parts.flatMap((p) => p.stemChecks) }));
  }
  return found;
}

/** A phrase rule as the index runs it: its whole regex (boundaries included) and stem checks. */
export function phraseRuleSpec(phrases: string[], langs: Lang[], groupPrefix: string, filter: number): RuleSpec {
  const { source, stemChecks } = compileRulePhrases(phrases, langs, groupPrefix, true);
  return { source: `${PHRASE_BEFORE}(?:${source})${PHRASE_AFTER}`, flags: PHRASE_FLAGS, filter, stemChecks };
}

/**
 * A group of phrase rules (the team's accepted vocabulary, tests). Each rule is one sticky RegExp
 * (`word~` stems verified on the match), split into branches and indexed by their folded prefixes
 * (see matchPlan), so a text is walked once whatever the number of rules. Built on first use.
 */
export function compilePhraseGroup(rules: { phrases: string[] }[], langs: Lang[]): PhraseMatcher {
  const specs = rules.map((r, i) => phraseRuleSpec(r.phrases, langs, `r${i}`, 0));
  for (const s of specs) new RegExp(s.source, PHRASE_FLAGS); // invalid phrases throw here, as before
  let plan: MatchPlan | undefined;
  const active = new Uint8Array(rules.length).fill(1);
  return {
    size: rules.length,
    match(text, offset) {
      if (rules.length === 0) return [];
      plan ??= buildPlan(specs);
      return walkPlan(plan, text, [[{ start: 0, end: text.length }]], active).hits.map((h) => ({ rule: h.rule, start: offset + h.start, end: offset + h.end }));
    },
  };
}
