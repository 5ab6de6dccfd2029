import type { Finding } from '../types';
import { DETECTORS } from '../detectors';
import { makeFinding } from '../findings/makeFinding';
import { inSegments, ruleApplies, type RunContext } from './runContext';

/** Metric, channel and signal rules: run the named detector with the rule's params. */
export function runDetectorRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of ctx.ruleSet.rules) {
    const kind = rule.def.kind;
    if ((kind !== 'metric' && kind !== 'channel' && kind !== 'signal') || !ruleApplies(rule, ctx)) continue;
    const detector = DETECTORS[rule.def.detector ?? ''];
    if (!detector) continue;
    const params = { ...detector.defaults, ...(rule.def.params ?? {}) };
    const segments = rule.def.segments;
    const hits = detector.run({ view: ctx.view, lang: ctx.lang, channel: ctx.channel, premium: ctx.premium, segments }, params);
    for (const hit of hits) {
      const isSubject = ctx.draft.subject?.start === hit.start;
      if (!isSubject && !inSegments(ctx.view, hit.start, segments)) continue;
      findings.push(makeFinding(rule, hit, ctx.draft, ctx.uiLang));
    }
  }
  return findings;
}
