import type { Channel, Draft, Lang, PackError, SegmentKind, Span } from '../types';
import type { DraftView } from '../draftView';
import type { CompiledRule, RuleSet } from '../ruleSet';

/** What every rule runner gets for one draft. */
export interface RunContext {
  draft: Draft;
  view: DraftView;
  ruleSet: RuleSet;
  lang: Lang;
  channel: Channel;
  premium: boolean;
  uiLang: Lang;
  /** Rules that misbehaved on this draft (time budget), reported once each. */
  warnings: PackError[];
}

/** Does the rule apply to this draft's language and channel? */
export function ruleApplies(rule: CompiledRule, ctx: RunContext): boolean {
  if (rule.packLang !== 'any' && rule.packLang !== ctx.lang) return false;
  return !rule.def.channels || rule.def.channels.includes(ctx.channel);
}

/** Coached ranges allowed by a segment filter, adjacent ones merged. */
export function coachedRanges(view: DraftView, segments?: SegmentKind[]): Span[] {
  const out: Span[] = [];
  for (const s of view.coached) {
    if (segments && !segments.includes(s.kind)) continue;
    const last = out[out.length - 1];
    if (last && last.end === s.start) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** True when [start, end) starts in an allowed coached segment. */
export function inSegments(view: DraftView, start: number, segments?: SegmentKind[]): boolean {
  const coached = view.coached;
  for (let i = 0; i < coached.length; i++) {
    const s = coached[i];
    if (start >= s.start && start < s.end && (!segments || segments.includes(s.kind))) return true;
  }
  return false;
}
