import type { Finding, FindingKind } from '../engine/types';

/** A run of text with the findings covering it (indexes into the findings array given). */
export interface HighlightPiece {
  start: number;
  end: number;
  text: string;
  /** Covering findings, most specific (shortest) first. Empty = plain text. */
  findings: number[];
  /** Kind of the most specific covering finding. */
  kind?: FindingKind;
  /** Findings that start in this piece (to number them once). */
  starts: number[];
}

/**
 * Cuts `text[from, to)` at every finding boundary so overlapping findings (a signal sentence
 * holding a scripted phrase) can be shown without nesting: each piece carries the findings
 * covering it, the shortest first, and takes that one's kind for its colour.
 */
export function splitHighlights(text: string, findings: readonly Finding[], from = 0, to = text.length): HighlightPiece[] {
  const cuts = new Set<number>([from, to]);
  findings.forEach((f) => {
    if (f.end <= from || f.start >= to || f.end <= f.start) return;
    cuts.add(Math.max(from, f.start));
    cuts.add(Math.min(to, f.end));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: HighlightPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = findings
      .map((f, index) => ({ f, index }))
      .filter(({ f }) => f.start <= start && f.end >= end && f.end > f.start)
      .sort((a, b) => a.f.end - a.f.start - (b.f.end - b.f.start) || a.index - b.index);
    pieces.push({
      start,
      end,
      text: text.slice(start, end),
      findings: covering.map((c) => c.index),
      kind: covering[0]?.f.kind,
      starts: covering.filter((c) => Math.max(c.f.start, from) === start).map((c) => c.index),
    });
  }
  return pieces;
}
