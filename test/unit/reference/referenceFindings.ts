import type { Finding } from '../../../src/engine/types';
import { gapBreaks, MAX_MERGE_GAP } from '../../../src/engine/findings/mergeFindings';

/** dedupePerRule, mergeFindings and their sort as they were before the insertion sorts and merge runs (the oracle). */
export function referenceCompare(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function referenceDedupe(findings: Finding[]): Finding[] {
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
  return out.sort(referenceCompare);
}

const KEEP_SEPARATE = new Set(['merge-tag', 'structure']);
const strength = (f: Finding): number => f.weight * (f.severity === 'error' ? 1.25 : f.severity === 'info' ? 0.6 : 1);

function union(a: Finding, b: Finding): Finding {
  const winner = strength(b) > strength(a) ? b : a;
  return {
    ...winner,
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    suggestions: a.suggestions.length >= 12 ? a.suggestions : [...a.suggestions, ...b.suggestions].slice(0, 12),
  };
}

const mostlyOverlap = (a: Finding, b: Finding): boolean => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 >= Math.min(a.end - a.start, b.end - b.start);
};

export function referenceMerge(text: string, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const pools: Record<Finding['kind'], Finding[]> = { scripted: [], authentic: [] };
  for (const f of findings) {
    if (KEEP_SEPARATE.has(f.category)) out.push(f);
    else pools[f.kind].push(f);
  }
  for (const kind of ['scripted', 'authentic'] as const) {
    const pool = pools[kind].sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Finding[] = [];
    for (const f of pool) {
      const prev = merged[merged.length - 1];
      if (prev && mostlyOverlap(prev, f)) {
        merged[merged.length - 1] = union(prev, f);
        continue;
      }
      const gapStart = prev ? Math.max(prev.start, prev.end - 1) : 0;
      if (prev && prev.category === f.category && f.start >= prev.end && f.start - gapStart <= MAX_MERGE_GAP + 1 && !gapBreaks(text, gapStart, f.start)) {
        merged[merged.length - 1] = union(prev, f);
        continue;
      }
      merged.push(f);
    }
    if (kind === 'scripted') {
      for (const f of merged) out.push(f);
      continue;
    }
    const scripted = out.filter((f) => f.kind === 'scripted' && !KEEP_SEPARATE.has(f.category)).sort((a, b) => a.start - b.start);
    out.push(...merged.filter((f) => !scripted.some((s) => mostlyOverlap(s, f))));
  }
  return out.sort(referenceCompare);
}
