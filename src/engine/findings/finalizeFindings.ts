import type { Finding, Span } from '../types';
import type { PhraseMatcher } from '../match/compilePhrases';
import { sortByStartLongestFirst, sortFindings } from './sortFindings';

export { compareFindings } from './sortFindings';

/** Below this many findings, a rule's last kept end is found by walking back the kept ones instead of a Map. */
const SHORT = 64;

/** Sorted by start/end/rule; within one rule, overlapping findings keep the first (longest at a start). */
export function dedupePerRule(findings: Finding[]): Finding[] {
  const sorted = sortByStartLongestFirst(findings.slice());
  const out: Finding[] = [];
  if (sorted.length > SHORT) {
    const lastEnd = new Map<string, number>();
    for (const f of sorted) {
      if (f.end <= f.start) continue;
      const end = lastEnd.get(f.ruleId);
      if (end !== undefined && f.start < end) continue;
      lastEnd.set(f.ruleId, f.end);
      out.push(f);
    }
    return sortFindings(out);
  }
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    if (f.end <= f.start) continue;
    let overlaps = false;
    for (let k = out.length - 1; k >= 0; k--) {
      if (out[k].ruleId === f.ruleId) {
        overlaps = f.start < out[k].end; // the rule's last kept finding
        break;
      }
    }
    if (!overlaps) out.push(f);
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
