import type { Lang, SegmentKind, Span } from '../types';
import type { RuleSet } from '../ruleSet';
import { buildPlan, type MatchPlan } from '../match/matchPlan';
import { walkPlan, type PlanHit } from '../match/walkPlan';
import { coachedRanges, type RunContext } from './runContext';
import { phraseRulesFor, type PhraseRules } from './phraseRules';
import { patternRulesFor, type PatternRules } from './patternIndex';
import { patternChunks } from './patternChunks';

/**
 * The phrase rules and the built-in pattern rules of one language in one MatchPlan: plan rules
 * [0, P) are the phrase rules (filter = group), [P, P + R) the pattern rules (filter = G + the
 * pattern filter). A draft's text is folded and walked once for both; each rule's hits are exactly
 * those of a walk over its own kind alone (rules are independent in a walk; a larger walked span
 * only adds proposals, which each branch's RegExp then decides, and may only mark more pattern
 * rules for their own exact scan).
 */
export interface DraftPlan {
  plan: MatchPlan;
  phrase: PhraseRules;
  pattern: PatternRules;
  /** Number of phrase rules (P) and groups (G). */
  phraseCount: number;
  groupCount: number;
}

const plans = new WeakMap<RuleSet, Partial<Record<Lang, DraftPlan>>>();

export function draftPlanFor(ruleSet: RuleSet, lang: Lang): DraftPlan {
  let byLang = plans.get(ruleSet);
  if (!byLang) plans.set(ruleSet, (byLang = {}));
  let dp = byLang[lang];
  if (!dp) {
    const phrase = phraseRulesFor(ruleSet, lang);
    const pattern = patternRulesFor(ruleSet, lang);
    const groupCount = phrase.groups.length;
    const specs = [...phrase.specs, ...pattern.specs.map((s) => ({ ...s, filter: s.filter + groupCount }))];
    byLang[lang] = dp = { plan: buildPlan(specs), phrase, pattern, phraseCount: phrase.specs.length, groupCount };
  }
  return dp;
}

/** True when `lang`'s plan of this rule set is built (the first analysis in that language builds it). */
export function hasDraftPlan(ruleSet: RuleSet, lang: Lang): boolean {
  return plans.get(ruleSet)?.[lang] !== undefined;
}

/** One draft's walk, split by kind. */
export interface DraftWalk {
  dp: DraftPlan;
  /** Phrase rules that apply (undefined: none). */
  phraseActive: Uint8Array | undefined;
  /** Pattern rules (plan index - P) that apply. */
  patternActive: Uint8Array;
  /** Hits of phrase rules (rule = phrase rule index), by position then rule. */
  phraseHits: PlanHit[];
  /** Hits of pattern rules (rule = pattern rule index), by position then rule. */
  patternHits: PlanHit[];
  /** Per pattern rule: 1 = run its own scan instead of reading patternHits. */
  patternScan: Uint8Array;
  /** Per pattern filter: its chunks. */
  patternRanges: Span[][];
}

/** Combined `active` flags per channel: [phrase…, pattern…], and whether a walk can find anything. */
const actives = new WeakMap<DraftPlan, Map<string, { active: Uint8Array; walk: boolean }>>();

function activeFor(dp: DraftPlan, ctx: RunContext): { active: Uint8Array; walk: boolean } {
  let byChannel = actives.get(dp);
  if (!byChannel) actives.set(dp, (byChannel = new Map()));
  let found = byChannel.get(ctx.channel);
  if (!found) {
    const phrase = dp.phrase.activeFor(ctx) ?? new Uint8Array(dp.phraseCount);
    const pattern = dp.pattern.activeFor(ctx);
    const active = new Uint8Array(dp.plan.specs.length);
    active.set(phrase, 0);
    active.set(pattern, dp.phraseCount);
    const walk = active.some((a, r) => a === 1 && dp.plan.scanned[r] !== 1);
    byChannel.set(ctx.channel, (found = { active, walk }));
  }
  return found;
}

/**
 * The last walk and its RunContext (one draft of one analysis, a new object each time): the phrase
 * runner and then the pattern runner of that draft share it. `release` drops it once both ran.
 */
let lastCtx: RunContext | undefined;
let lastWalk: DraftWalk | undefined;

export function releaseDraftWalk(ctx: RunContext): void {
  if (lastCtx === ctx) lastCtx = lastWalk = undefined;
}

export function draftWalk(ctx: RunContext): DraftWalk {
  if (lastCtx === ctx && lastWalk) return lastWalk;
  const dp = draftPlanFor(ctx.ruleSet, ctx.lang);
  const { plan, phraseCount: P } = dp;
  const { active, walk } = activeFor(dp, ctx);
  const text = ctx.draft.text;
  // Ranges of the whole coached text serve every filter without segments (usually all of them).
  const coached = coachedRanges(ctx.view);
  const rangesOf = (segments: SegmentKind[] | undefined): Span[] => (segments ? coachedRanges(ctx.view, segments) : coached);
  const patternRanges = dp.pattern.filters.map((segments) => patternChunks(text, rangesOf(segments)));
  const phraseHits: PlanHit[] = [];
  const patternHits: PlanHit[] = [];
  let patternScan: Uint8Array;
  if (walk) {
    const ranges = dp.phrase.groups.map((g) => rangesOf(g.segments));
    for (const r of patternRanges) ranges.push(r);
    // Every filter's ranges lie in the coached text: walk that instead of merging them.
    const found = walkPlan(plan, text, ranges, active, coached);
    for (const hit of found.hits) {
      if (hit.rule < P) phraseHits.push(hit);
      else {
        hit.rule -= P;
        patternHits.push(hit);
      }
    }
    patternScan = found.scan.slice(P, plan.specs.length);
  } else patternScan = plan.scanned.slice(P);
  const w: DraftWalk = {
    dp, phraseActive: dp.phrase.activeFor(ctx), patternActive: active.subarray(P),
    phraseHits, patternHits, patternScan, patternRanges,
  };
  lastCtx = ctx;
  lastWalk = w;
  return w;
}
