import type { Finding, Span } from '../types';
import type { PhraseMatcher } from '../match/compilePhrases';

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Sorted by start/end/rule; within one rule, overlapping findings keep the first (longest at a start). */
export function dedupePerRule(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of sorted) {
    if (f.end <= f.start) continue;
    const end = lastEnd.get(f.ruleId);
    if (end !== undefined && f.start < end) continue;
    lastEnd.set(f.ruleId, f.end);
    out.push(f);
  }
  return out.sort(compareFindings);
}

/** Drops scripted findings that overlap an accepted phrase (team vocabulary). */
export function dropAccepted(findings: Finding[], text: string, from: number, to: number, accept?: PhraseMatcher): Finding[] {
  if (!accept) return findings;
  const spans: Span[] = accept.match(text.slice(from, to), from);
  if (spans.length === 0) return findings;
  return findings.filter((f) => f.kind !== 'scripted' || !spans.some((s) => s.start < f.end && f.start < s.end));
}
