import type { Draft, Finding } from '../types';

/** 0-based line of each offset, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Drops findings silenced by the draft's inline suppressions (by rule id, or all rules when none named). */
export function applySuppressions(draft: Draft, findings: Finding[]): Finding[] {
  if (draft.suppressions.length === 0) return findings;
  const lineOf = lineIndex(draft.text);
  return findings.filter((f) => !draft.suppressions.some((s) => {
    if (s.ruleIds.length > 0 && !s.ruleIds.includes(f.ruleId)) return false;
    return s.scope === 'file' || s.targetLine === lineOf(f.start);
  }));
}
