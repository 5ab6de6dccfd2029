import type { Finding, Span } from '../types';
import type { PhraseMatcher } from '../match/compilePhrases';
import { sortByStartLongestFirst, sortFindings } from './sortFindings';

export { compareFindings } from './sortFindings';

/** Sorted by start/end/rule; within one rule, overlapping findings keep the first (longest at a start). */
export function dedupePerRule(findings: Finding[]): Finding[] {
  const sorted = sortByStartLongestFirst(findings.slice());
  const lastEnd = new Map<string, number>();
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    if (f.end <= f.start) continue;
    const end = lastEnd.get(f.ruleId);
    if (end !== undefined && f.start < end) continue;
    lastEnd.set(f.ruleId, f.end);
    out.push(f);
  }
  return sortFindings(out);
}

/** Drops scripted findings that overlap an accepted phrase (team vocabulary). */
export function dropAccepted(findings: Finding[], text: string, from: number, to: number, accept?: PhraseMatcher): Finding[] {
  if (!accept) return findings;
  const spans: Span[] = accept.match(text.slice(from, to), from);
  if (spans.length === 0) return findings;
  return findings.filter((f) => f.kind !== 'scripted' || !spans.some((s) => s.start < f.end && f.start < s.end));
}
