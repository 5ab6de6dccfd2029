/** One-to-one matching of predicted spans to gold spans (corpus evaluation). */

export interface EvalSpan {
  start: number;
  end: number;
}

export interface SpanMatching {
  /** Pairs of indexes: [predicted, gold]. */
  pairs: Array<[number, number]>;
  unmatchedPredicted: number[];
  unmatchedGold: number[];
}

/** Two spans match when they share at least half of the shorter one (empty spans never match). */
export function spansMatch(a: EvalSpan, b: EvalSpan): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && shared > 0 && shared * 2 >= shorter;
}

/**
 * Maximum one-to-one matching (Kuhn's augmenting paths): each gold span is matched by at most one
 * predicted span and vice versa, and as many pairs as possible are formed.
 */
export function matchSpans(predicted: readonly EvalSpan[], gold: readonly EvalSpan[]): SpanMatching {
  const edges = predicted.map((p) => gold.flatMap((g, gi) => (spansMatch(p, g) ? [gi] : [])));
  const goldOwner = new Array<number>(gold.length).fill(-1);

  const augment = (pi: number, seen: boolean[]): boolean => {
    for (const gi of edges[pi]) {
      if (seen[gi]) continue;
      seen[gi] = true;
      if (goldOwner[gi] < 0 || augment(goldOwner[gi], seen)) {
        goldOwner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  for (let pi = 0; pi < predicted.length; pi++) augment(pi, new Array<boolean>(gold.length).fill(false));

  const pairs: Array<[number, number]> = [];
  const matchedPredicted = new Set<number>();
  goldOwner.forEach((pi, gi) => {
    if (pi >= 0) {
      pairs.push([pi, gi]);
      matchedPredicted.add(pi);
    }
  });
  pairs.sort((x, y) => x[0] - y[0]);
  return {
    pairs,
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !matchedPredicted.has(i)),
    unmatchedGold: goldOwner.flatMap((pi, gi) => (pi < 0 ? [gi] : [])),
  };
}
