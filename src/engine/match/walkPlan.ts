import type { Span } from '../types';
import { ASCII_WORD_BIT, foldKindsInto, LETTER_BIT } from './foldCase';
import { stemsAgree } from './stemmers';
import { ANY, BOUND, WORD, type MatchPlan } from './matchPlan';
import { stickyOf } from './ruleBranches';

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
let scan = new Uint8Array(64);
let decided = new Float64Array(64);
let lastEnd = new Float64Array(64);
/** Added to positions in `decided`/`lastEnd`, so each walk starts clean without clearing them. */
let epoch = 0;
const found: number[] = [];

/** Sorted, merged union of every filter's ranges (what the walk visits). */
function unionOf(ranges: readonly Span[][]): readonly Span[] {
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

function sortFound(n: number): void {
  for (let i = 1; i < n; i++) {
    const v = found[i];
    let j = i - 1;
    while (j >= 0 && found[j] > v) found[j + 1] = found[j--];
    found[j + 1] = v;
  }
}

function prepare(plan: MatchPlan, span: number): void {
  if (folded.length < span) {
    folded = new Uint16Array(Math.max(span, folded.length * 2));
    kinds = new Uint8Array(folded.length);
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

/** Which active rules need their own scan: always (scanned 1), or when the literals an open branch needs are all in the folded text. */
function markScans(plan: MatchPlan, active: Uint8Array, span: number): void {
  let text: string | undefined;
  const present = new Map<number, boolean>();
  const has = (id: number): boolean => {
    let yes = present.get(id);
    if (yes === undefined) {
      if (text === undefined) {
        text = '';
        for (let k = 0; k < span; k += 4096) text += String.fromCharCode.apply(null, folded.subarray(k, Math.min(span, k + 4096)) as unknown as number[]);
      }
      present.set(id, (yes = text.indexOf(plan.pieces[id]) >= 0));
    }
    return yes;
  };
  for (let r = 0; r < plan.specs.length; r++) {
    const s = plan.scanned[r];
    scan[r] = s === 1 || (s === 2 && active[r] === 1 && plan.needs[r].some((clauses) => clauses.every((strings) => strings.some((ids) => ids.every(has))))) ? 1 : 0;
  }
}

/**
 * Runs a plan over `text`: `ranges[f]` are the ranges (sorted, disjoint) of filter f; each rule's
 * regex sees one of its ranges as the whole string (as if sliced), so lookarounds, `^`/`$` and
 * boundaries behave exactly as in a scan of that range alone. The text is folded once and walked
 * once; at each position the tries of the classes allowed there propose candidate branches, and
 * each proposed rule's branches are tried in order until one matches (that branch's match is the
 * rule's match there). `active[r]` = 0 skips rule r.
 */
export function walkPlan(plan: MatchPlan, text: string, ranges: readonly Span[][], active: Uint8Array): WalkResult {
  const hits: PlanHit[] = [];
  const union = unionOf(ranges);
  const span = union.length ? union[union.length - 1].end - union[0].start : 0;
  prepare(plan, span);
  const base = union.length ? union[0].start : 0;
  foldKindsInto(text, base, base + span, folded, kinds);
  markScans(plan, active, span);
  const { tries, firstMask, candRule, candClass, candNamed, candUnicode, candSticky, specs } = plan;
  // Locals: module-level bindings cost a load (and a hole check) at each use in the loop.
  const fold = folded;
  const kind = kinds;
  const scans = scan;
  const decidedAt = decided;
  const endAt = lastEnd;
  const cands = found;
  const [wordTrie, boundTrie, anyTrie] = tries;
  const starts = ranges.length === 1 ? ranges[0].map((r) => r.start) : [...new Set(ranges.flat().map((r) => r.start))].sort((a, b) => a - b);
  let si = 0;
  const cursor = new Int32Array(ranges.length);
  const sliceOf: (string | undefined)[] = new Array(ranges.length);
  const sliceAt = new Int32Array(ranges.length).fill(-1);
  const e = epoch + 1;
  epoch += span + 2;

  for (const u of union) {
    let prevKind = u.start > base ? kind[u.start - 1 - base] : u.start > 0 ? kindBefore(text, u.start) : 0;
    for (let p = u.start; p < u.end; p++) {
      const j = p - base;
      const fm = firstMask[fold[j]];
      if (fm !== 0) {
        // Classes allowed here; at a range start all are (a sliced range has nothing before it).
        let cls = ANY | (prevKind & LETTER_BIT ? 0 : WORD) | (prevKind & ASCII_WORD_BIT ? 0 : BOUND);
        if ((fm & ~cls) !== 0) {
          while (si < starts.length && starts[si] < p) si++;
          if (si < starts.length && starts[si] === p) cls = WORD | BOUND | ANY;
        }
        const todo = fm & cls;
        let n = 0;
        if (todo & WORD) n = wordTrie.collect(fold, j, span, cands, n);
        if (todo & BOUND) n = boundTrie.collect(fold, j, span, cands, n);
        if (todo & ANY) n = anyTrie.collect(fold, j, span, cands, n);
        if (n > 1) sortFound(n);
        for (let k = 0; k < n; k++) {
          const id = cands[k];
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
          if (rangeStart !== p && ((c === WORD && prevKind & LETTER_BIT) || (c === BOUND && prevKind & ASCII_WORD_BIT))) continue;
          const at = p - rangeStart;
          if (sliceAt[f] !== ci) {
            sliceAt[f] = ci;
            sliceOf[f] = text.slice(rangeStart, rs[ci].end);
          }
          const slice = sliceOf[f]!;
          if (candUnicode[id] === 1 && insidePair(slice, at)) continue;
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
      prevKind = kind[j];
    }
  }
  return { hits, scan };
}

/** The LETTER_BIT / ASCII_WORD_BIT of text[p - 1], outside the folded span (a draft cut mid-word). */
function kindBefore(text: string, p: number): number {
  const one = new Uint8Array(1);
  foldKindsInto(text, p - 1, p, new Uint16Array(1), one);
  return one[0];
}
