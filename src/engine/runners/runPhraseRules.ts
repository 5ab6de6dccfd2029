import type { Finding } from '../types';
import { makeFinding } from '../findings/makeFinding';
import { coachedRanges, ruleApplies, type RunContext } from './runContext';

/** Phrase rules: one alternation per (language, segment filter) group, scanned over the allowed coached ranges. */
export function runPhraseRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.draft.text;
  for (const group of ctx.ruleSet.phraseGroups[ctx.lang]) {
    const applies = group.rules.map((r) => ruleApplies(r, ctx));
    if (!applies.some(Boolean)) continue;
    for (const range of coachedRanges(ctx.view, group.segments)) {
      for (const hit of group.matcher.match(text.slice(range.start, range.end), range.start)) {
        if (!applies[hit.rule]) continue;
        findings.push(makeFinding(group.rules[hit.rule], hit, ctx.draft, ctx.uiLang));
      }
    }
  }
  return findings;
}
