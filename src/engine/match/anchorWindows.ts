import type { MatchPlan } from './matchPlan';
import type { AnchorWindow } from './requiredLiterals';
import { clausesMet } from './literalSketch';

/** Most anchored branches per plan (one bit each in a window mark). */
export const MAX_WINDOWS = 31;

/** An open branch of a global rule, proposed only around its anchors. */
export interface AnchoredBranch extends AnchorWindow {
  /** Its candidate id and rule. */
  cand: number;
  rule: number;
  /** Its required literals as need pieces (clausesMet): checked once an anchor is found. */
  clauses: number[][][];
}

export interface WindowTable {
  list: AnchoredBranch[];
  /** first[unit] = 1 when some anchor starts with this folded unit. */
  first: Uint8Array;
  /** First unit → (branch index, anchor units) of the anchors starting with it. */
  byFirst: Map<number, Anchor[]>;
}

interface Anchor {
  k: number;
  units: Uint16Array;
}

export function windowTable(list: AnchoredBranch[]): WindowTable {
  const first = new Uint8Array(0x10000);
  const byFirst = new Map<number, Anchor[]>();
  list.forEach((w, k) => {
    for (const a of w.anchors) {
      const units = Uint16Array.from({ length: a.length }, (_, i) => a.charCodeAt(i));
      first[units[0]] = 1;
      let entries = byFirst.get(units[0]);
      if (!entries) byFirst.set(units[0], (entries = []));
      entries.push({ k, units });
    }
  });
  return { list, first, byFirst };
}

/**
 * marks[p] bit k = 1 for every p of folded[0, span) in [q - width, q] where an anchor of branch k
 * (of an active rule) starts at q: the only positions where that branch can start a match (see
 * AnchorWindow). Returns false (marks untouched) when nothing is marked. Branches whose required
 * literals are surely absent (clausesMet, the test that used to decide their rule's own scan) are
 * not searched.
 */
export function markWindows(plan: MatchPlan, active: Uint8Array, folded: Uint16Array, span: number, marks: Int32Array): boolean {
  const { list, first, byFirst } = plan.windows;
  if (list.length === 0) return false;
  let live = 0;
  for (let k = 0; k < list.length; k++) if (active[list[k].rule] === 1 && clausesMet(plan, list[k].clauses)) live |= 1 << k;
  let marked = false;
  for (let q = 0; q < span && live !== 0; q++) {
    if (first[folded[q]] === 0) continue;
    const entries = byFirst.get(folded[q])!;
    for (let e = 0; e < entries.length; e++) {
      const { k, units } = entries[e];
      const bit = 1 << k;
      if ((live & bit) === 0 || q + units.length > span) continue;
      let i = 1;
      while (i < units.length && folded[q + i] === units[i]) i++;
      if (i < units.length) continue;
      if (!marked) {
        marked = true;
        marks.fill(0, 0, span);
      }
      for (let p = Math.max(0, q - list[k].width); p <= q; p++) marks[p] |= bit;
    }
  }
  return marked;
}
