import type { Finding } from '../types';
import type { CompiledRule } from '../ruleSet';
import type { Detector, DetectorContext, DetectorParams } from '../detectors/detectorTypes';
import { DETECTORS } from '../detectors';
import { makeFinding } from '../findings/makeFinding';
import { inSegments, ruleApplies, type RunContext } from './runContext';

interface DetectorRule {
  rule: CompiledRule;
  detector: Detector;
  /** The rule's params over its detector's defaults. */
  params: DetectorParams;
}

/**
 * A rule set's metric, channel and signal rules with their detectors and merged params, found once
 * per rule list (so per RuleSet) instead of scanning every rule for every draft.
 */
const byRules = new WeakMap<readonly CompiledRule[], { count: number; list: DetectorRule[] }>();

function detectorRules(rules: readonly CompiledRule[]): DetectorRule[] {
  const cached = byRules.get(rules);
  if (cached && cached.count === rules.length) return cached.list;
  const list: DetectorRule[] = [];
  for (const rule of rules) {
    const kind = rule.def.kind;
    if (kind !== 'metric' && kind !== 'channel' && kind !== 'signal') continue;
    const detector = DETECTORS[rule.def.detector ?? ''];
    if (detector) list.push({ rule, detector, params: { ...detector.defaults, ...(rule.def.params ?? {}) } });
  }
  byRules.set(rules, { count: rules.length, list });
  return list;
}

/** Metric, channel and signal rules: run the named detector with the rule's params. */
export function runDetectorRules(ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const rules = detectorRules(ctx.ruleSet.rules);
  const subjectStart = ctx.draft.subject?.start;
  // One context for the draft; only the segment filter changes from rule to rule (detectors keep no reference to it).
  const detectorCtx: DetectorContext = { view: ctx.view, lang: ctx.lang, channel: ctx.channel, premium: ctx.premium, segments: undefined };
  for (let r = 0; r < rules.length; r++) {
    const { rule, detector, params } = rules[r];
    if (!ruleApplies(rule, ctx)) continue;
    const segments = rule.def.segments;
    detectorCtx.segments = segments;
    const hits = detector.run(detectorCtx, params);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      if (subjectStart !== hit.start && !inSegments(ctx.view, hit.start, segments)) continue;
      findings.push(makeFinding(rule, hit, ctx.draft, ctx.uiLang));
    }
  }
  return findings;
}
