import type { Span } from '../types';
import { ASCII_WORD_BIT, foldKindsInto, LETTER_BIT } from './foldCase';
import { stemsAgree } from './stemmers';
import { ANY, BOUND, WORD, type MatchPlan } from './matchPlan';
import { beginSketch, markScans } from './literalSketch';
import { markWindows } from './anchorWindows';
import { stickyOf } from './ruleBranches';
import { unionOf } from './unionOf';

export interface PlanHit {
  /** Index into plan.specs. */
  rule: number;
  start: number;
  end: number;
  /** The whole rule's match (specs with wantMatch), `index` relative to its range. */
  match?: RegExpExecArray;
}

export interface WalkResult {
  /** By position, then rule. */
  hits: PlanHit[];
  /** scan[r] = 1: rule r (global) may match where the index cannot see: run its own scan instead (valid until the next walk). */
  scan: Uint8Array;
}

/** True for the low half of a surrogate pair (a unicode RegExp never starts a match there). */
export function insidePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}

/** Scratch buffers shared by all walks (the engine is synchronous). */
let folded = new Uint16Array(1024);
let kinds = new Uint8Array(1024);
/** Window marks of anchored branches (markWindows): bit k at p = propose plan.windows.list[k] at p. */
let marks = new Int32Array(1024);
let scan = new Uint8Array(64);
let decided = new Float64Array(64);
let lastEnd = new Float64Array(64);
/** Per filter: the range the walk is in, and that range's slice (made when a branch first runs in it). */
let cursor = new Int32Array(8);
let sliceAt = new Int32Array(8);
const sliceOf: (string | undefined)[] = [];
const specialStarts: number[] = [];
/** Added to positions in `decided`/`lastEnd`, so each walk starts clean without clearing them. */
let epoch = 0;

function prepare(plan: MatchPlan, span: number): void {
  if (folded.length < span) {
    folded = new Uint16Array(Math.max(span, folded.length * 2));
    kinds = new Uint8Array(folded.length);
    marks = new Int32Array(folded.length);
  }
  const rules = plan.specs.length;
  if (scan.length < rules) {
    scan = new Uint8Array(rules * 2);
    decided = new Float64Array(rules * 2);
    lastEnd = new Float64Array(rules * 2);
  }
  if (epoch > 2 ** 50) {
    epoch = 0;
    decided.fill(0);
    lastEnd.fill(0);
  }
}

const WORD_BIT = WORD;
const BOUND_BIT = BOUND;
const ANY_BIT = ANY;
/** Proposals of one walk: (position, candidate id) pairs, by position. */
const proposals: number[] = [];

/**
 * Phase 1: the positions of `union` where a trie of an allowed class reports candidates, as
 * (position, candidate) pairs. Word starts: after a non-letter; `\b` starts: after a non-ASCII-word
 * character; both also at any range start (a sliced range has nothing before it).
 */
function propose(plan: MatchPlan, text: string, union: readonly Span[], starts: readonly number[], base: number, span: number, marked: boolean): number {
  const fold = folded;
  const kind = kinds;
  const out = proposals;
  const firstMask = plan.firstMask;
  const [wordTrie, boundTrie, anyTrie] = plan.tries;
  const windows = plan.windows.list;
  const mark = marks;
  let n = 0;
  let si = 0;
  for (let u = 0; u < union.length; u++) {
    const from = union[u].start - base;
    const to = union[u].end - base;
    let prev = from > 0 ? kind[from - 1] : base > 0 ? kindBefore(text, base) : 0;
    for (let j = from; j < to; j++) {
      const fm = firstMask[fold[j]];
      if (fm !== 0) {
        let allowed = ANY_BIT | (prev & LETTER_BIT ? 0 : WORD_BIT) | (prev & ASCII_WORD_BIT ? 0 : BOUND_BIT);
        if ((fm & ~allowed) !== 0) {
          while (si < starts.length && starts[si] < j + base) si++;
          if (si < starts.length && starts[si] === j + base) allowed = WORD_BIT | BOUND_BIT | ANY_BIT;
        }
        const todo = fm & allowed;
        if (todo & WORD_BIT) n = wordTrie.collect(fold, j, span, j, out, n);
        if (todo & BOUND_BIT) n = boundTrie.collect(fold, j, span, j, out, n);
        if (todo & ANY_BIT) n = anyTrie.collect(fold, j, span, j, out, n);
      }
      if (marked && mark[j] !== 0) {
        for (let k = 0, bits = mark[j]; bits !== 0; k++, bits >>>= 1) {
          if ((bits & 1) === 0) continue;
          out[n++] = j;
          out[n++] = windows[k].cand;
        }
      }
      prev = kind[j];
    }
  }
  return n;
}

/** Sorts the candidate ids of pairs [from, to) (one position) ascending. */
function sortIds(from: number, to: number): void {
  const out = proposals;
  for (let i = from + 3; i < to; i += 2) {
    const v = out[i];
    let k = i - 2;
    while (k > from && out[k] > v) {
      out[k + 2] = out[k];
      k -= 2;
    }
    out[k + 2] = v;
  }
}

/**
 * Runs a plan over `text`: `ranges[f]` are the ranges (sorted, disjoint) of filter f; each rule's
 * regex sees one of its ranges as the whole string (as if sliced), so lookarounds, `^`/`$` and
 * boundaries behave exactly as in a scan of that range alone. The text is folded once and walked
 * once; at each position the tries of the classes allowed there propose candidate branches, and
 * each proposed rule's branches are tried in order until one matches (that branch's match is the
 * rule's match there). `active[r]` = 0 skips rule r. `cover`, when given: sorted disjoint ranges that
 * hold every filter's ranges (visited instead of their union: more positions only add proposals
 * that no rule's filter accepts).
 */
export function walkPlan(plan: MatchPlan, text: string, ranges: readonly Span[][], active: Uint8Array, cover?: readonly Span[]): WalkResult {
  const hits: PlanHit[] = [];
  const union = cover ?? unionOf(ranges);
  const span = union.length ? union[union.length - 1].end - union[0].start : 0;
  prepare(plan, span);
  const base = union.length ? union[0].start : 0;
  foldKindsInto(text, base, base + span, folded, kinds);
  beginSketch(folded, span, plan.pairs);
  markScans(plan, active, scan);
  const marked = markWindows(plan, active, folded, span, marks);
  const n = propose(plan, text, union, afterWordStarts(text, ranges, base), base, span, marked);
  if (n === 0) return { hits, scan };

  const { candRule, candClass, candNamed, candUnicode, candSticky, candBefore, specs } = plan;
  const out = proposals;
  const kind = kinds;
  const scans = scan;
  const decidedAt = decided;
  const endAt = lastEnd;
  if (cursor.length < ranges.length) {
    cursor = new Int32Array(ranges.length * 2);
    sliceAt = new Int32Array(ranges.length * 2);
  }
  cursor.fill(0, 0, ranges.length);
  sliceAt.fill(-1, 0, ranges.length);
  const e = epoch + 1;
  epoch += span + 2;
  for (let i = 0; i < n; ) {
    const j = out[i];
    let next = i + 2;
    while (next < n && out[next] === j) next += 2;
    if (next - i > 2) sortIds(i, next);
    const p = j + base;
    const prev = j > 0 ? kind[j - 1] : base > 0 ? kindBefore(text, base) : 0;
    for (; i < next; i += 2) {
      const id = out[i + 1];
      const r = candRule[id];
      if (decidedAt[r] === e + j || active[r] === 0 || scans[r] === 1 || e + j < endAt[r]) continue;
      const spec = specs[r];
      const f = spec.filter;
      const rs = ranges[f];
      let ci = cursor[f];
      while (ci < rs.length && rs[ci].end <= p) ci++;
      cursor[f] = ci;
      if (ci >= rs.length || rs[ci].start > p) continue;
      const rangeStart = rs[ci].start;
      const c = candClass[id];
      if (rangeStart !== p && ((c === WORD_BIT && prev & LETTER_BIT) || (c === BOUND_BIT && prev & ASCII_WORD_BIT))) continue;
      const at = p - rangeStart;
      if (sliceAt[f] !== ci) {
        sliceAt[f] = ci;
        sliceOf[f] = text.slice(rangeStart, rs[ci].end);
      }
      const slice = sliceOf[f]!;
      if (candUnicode[id] === 1 && insidePair(slice, at)) continue;
      const before = candBefore[id];
      if (before !== undefined && before.blocks(slice, at)) continue;
      const re = candSticky[id] ?? (candSticky[id] = stickyOf(plan.candBranch[id]));
      re.lastIndex = at;
      let m: RegExpExecArray | null = null;
      let end: number;
      if (candNamed[id] === 1) {
        m = re.exec(slice);
        if (!m) continue;
        end = at + m[0].length;
      } else {
        if (!re.test(slice)) continue;
        end = re.lastIndex;
      }
      // The first branch that matches is the rule's match here, kept or not.
      decidedAt[r] = e + j;
      if (end === at || (m && spec.stemChecks && !stemsAgree(m, spec.stemChecks))) continue;
      const hit: PlanHit = { rule: r, start: p, end: rangeStart + end };
      const whole = plan.ruleSticky[r];
      if (whole) {
        whole.lastIndex = at;
        hit.match = whole.exec(slice) ?? undefined;
      }
      hits.push(hit);
      if (spec.global) endAt[r] = e + hit.end - base;
    }
  }
  sliceOf.fill(undefined, 0, ranges.length); // slices keep their whole text alive
  return { hits, scan };
}

/**
 * Range starts right after a letter or an ASCII word character, sorted: there a sliced range
 * starts a string, so word and `\b` starts are allowed although the text before would forbid them.
 * Usually none (segments start on a new line).
 */
function afterWordStarts(text: string, ranges: readonly Span[][], base: number): number[] {
  specialStarts.length = 0;
  for (const rs of ranges) {
    for (const r of rs) {
      if (r.start === 0) continue;
      const before = r.start > base ? kinds[r.start - 1 - base] : kindBefore(text, r.start);
      if (before !== 0 && !specialStarts.includes(r.start)) specialStarts.push(r.start);
    }
  }
  if (specialStarts.length > 1) specialStarts.sort((a, b) => a - b);
  return specialStarts;
}

/** The LETTER_BIT / ASCII_WORD_BIT of text[p - 1], outside the folded span (a draft cut mid-word). */
function kindBefore(text: string, p: number): number {
  const one = new Uint8Array(1);
  foldKindsInto(text, p - 1, p, new Uint16Array(1), one);
  return one[0];
}
