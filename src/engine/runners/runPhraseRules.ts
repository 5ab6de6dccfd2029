import type { Finding } from '../types';
import { makeFinding } from '../findings/makeFinding';
import type { PlanHit } from '../match/walkPlan';
import type { RunContext } from './runContext';
import { draftWalk } from './draftWalk';

/**
 * Phrase rules: every group of the draft's language (one per segment filter) in the draft's one
 * walk (shared with the pattern rules), in the order the groups' own scans gave: by group, then
 * position, then rule.
 */
export function runPhraseRules(ctx: RunContext): Finding[] {
  const w = draftWalk(ctx);
  if (!w.phraseActive) return [];
  const { phrase, plan } = w.dp;
  let hits: PlanHit[] = w.phraseHits;
  if (phrase.groups.length > 1) hits = hits.sort((a, b) => plan.specs[a.rule].filter - plan.specs[b.rule].filter);
  const findings: Finding[] = [];
  for (const hit of hits) findings.push(makeFinding(phrase.rules[hit.rule], hit, ctx.draft, ctx.uiLang));
  return findings;
}
