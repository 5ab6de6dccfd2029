import type { Span } from '../types';

/** Sorted, merged union of every filter's ranges (what the walk visits). */
export function unionOf(ranges: readonly Span[][]): readonly Span[] {
  if (ranges.length === 1) return ranges[0];
  const all = ranges.flat().sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else if (r.end > r.start) out.push({ start: r.start, end: r.end });
  }
  return out;
}
