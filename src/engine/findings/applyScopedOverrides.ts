import type { Channel, Finding, Lang } from '../types';
import type { RuleOverride, RuleSet, RuleTweak } from '../ruleSet';

/** The tweak that applies to a rule for one draft: global, then language, then channel (most specific wins). */
export function effectiveTweak(override: RuleOverride | undefined, channel: Channel, lang: Lang): RuleTweak {
  if (!override) return {};
  const { channels, langs, ...global } = override;
  return { ...global, ...(langs?.[lang] ?? {}), ...(channels?.[channel] ?? {}) };
}

/** Rule id → its scoped override, per RuleSet (rules never change after the set is built). */
const scopedByRuleSet = new WeakMap<RuleSet, Map<string, RuleOverride>>();

function scopedOverrides(ruleSet: RuleSet): Map<string, RuleOverride> {
  let scoped = scopedByRuleSet.get(ruleSet);
  if (!scoped) {
    scoped = new Map();
    for (const r of ruleSet.rules) if (r.scoped) scoped.set(r.def.id, r.scoped);
    scopedByRuleSet.set(ruleSet, scoped);
  }
  return scoped;
}

/** Applies per-channel/per-language overrides (team configs) to one draft's findings: drop, re-grade, re-weight. */
export function applyScopedOverrides(findings: Finding[], ruleSet: RuleSet, channel: Channel, lang: Lang): Finding[] {
  const scoped = scopedOverrides(ruleSet);
  if (scoped.size === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const override = scoped.get(f.ruleId);
    if (!override) {
      out.push(f);
      continue;
    }
    const tweak = effectiveTweak(override, channel, lang);
    if (tweak.enabled === false) continue;
    out.push({ ...f, ...(tweak.severity ? { severity: tweak.severity } : {}), ...(tweak.weight !== undefined ? { weight: tweak.weight } : {}) });
  }
  return out;
}
