import type { Finding } from '../types';
import type { CompiledRule } from '../ruleSet';
import type { DetectorParams } from '../detectors/detectorTypes';
import { DETECTORS } from '../detectors';
import { makeFinding } from '../findings/makeFinding';
import { inSegments, ruleApplies, type RunContext } from './runContext';

/** Each rule's params over its detector's defaults, merged once per compiled rule (so per RuleSet). */
const mergedParams = new WeakMap<CompiledRule, DetectorParams>();

/** Metric, channel and signal rules: run the named detector with the rule's params. */
export function runDetectorRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of ctx.ruleSet.rules) {
    const kind = rule.def.kind;
    if ((kind !== 'metric' && kind !== 'channel' && kind !== 'signal') || !ruleApplies(rule, ctx)) continue;
    const detector = DETECTORS[rule.def.detector ?? ''];
    if (!detector) continue;
    let params = mergedParams.get(rule);
    if (!params) mergedParams.set(rule, (params = { ...detector.defaults, ...(rule.def.params ?? {}) }));
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
