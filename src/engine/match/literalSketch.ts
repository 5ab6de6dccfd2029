import type { MatchPlan } from './matchPlan';

/**
 * Which required literals (requiredLiterals) a folded text may hold, without searching it: a bit
 * set of the hashes of its character triples (and pairs, when some literal is 2 units long). A
 * literal whose triples are not all there is absent for sure; hash collisions can only make a
 * literal look present, so a skipped scan is always one that would have found nothing.
 */
const GRAM_BITS = 16;
const grams = new Int32Array(1 << (GRAM_BITS - 5));

/** The sketch key of a pair of folded units. */
function pairKey(a: number, b: number): number {
  return Math.imul((a << 16) ^ b, 0x9e3779b1) >>> (32 - GRAM_BITS);
}

/** The sketch key of a triple of folded units. */
function tripleKey(a: number, b: number, c: number): number {
  return Math.imul(((a << 16) ^ b) + Math.imul(c, 0x85ebca77), 0x9e3779b1) >>> (32 - GRAM_BITS);
}

/** The keys a piece's presence implies: its pair (2 units) or all its triples; none for 1 unit (always "present"). */
export function gramsOf(piece: string): Int32Array {
  const units = Array.from({ length: piece.length }, (_, i) => piece.charCodeAt(i));
  if (units.length === 2) return Int32Array.of(pairKey(units[0], units[1]));
  const out: number[] = [];
  for (let i = 2; i < units.length; i++) out.push(tripleKey(units[i - 2], units[i - 1], units[i]));
  return Int32Array.from(out);
}

function sketch(folded: Uint16Array, span: number, pairs: boolean): void {
  const bits = grams;
  bits.fill(0);
  if (span < 2) return;
  let a = folded[0];
  let b = folded[1];
  if (pairs) {
    const k = pairKey(a, b);
    bits[k >>> 5] |= 1 << (k & 31);
  }
  for (let j = 2; j < span; j++) {
    const c = folded[j];
    const t = tripleKey(a, b, c);
    bits[t >>> 5] |= 1 << (t & 31);
    if (pairs) {
      const k = pairKey(b, c);
      bits[k >>> 5] |= 1 << (k & 31);
    }
    a = b;
    b = c;
  }
}

/** The walk's folded text, sketched on first need (beginSketch starts a new text). */
let text: Uint16Array = new Uint16Array(0);
let textSpan = 0;
let textPairs = false;
let sketched = false;

/** Makes `folded[0, span)` the text that clausesMet answers for (sketched on first need). */
export function beginSketch(folded: Uint16Array, span: number, pairs: boolean): void {
  text = folded;
  textSpan = span;
  textPairs = pairs;
  sketched = false;
}

/** False when need piece `id` of `plan` is surely absent from the current text. */
function piecePresent(plan: MatchPlan, id: number): boolean {
  if (!sketched) {
    sketched = true;
    sketch(text, textSpan, textPairs);
  }
  const keys = plan.pieceGrams[id];
  for (let k = 0; k < keys.length; k++) if ((grams[keys[k] >>> 5] & (1 << (keys[k] & 31))) === 0) return false;
  return true;
}

/** True when every clause (strings → need pieces) has a string whose pieces may all be in the current text. */
export function clausesMet(plan: MatchPlan, clauses: number[][][]): boolean {
  return clauses.every((strings) => strings.some((ids) => ids.every((id) => piecePresent(plan, id))));
}

/**
 * scan[r] = 1 for the rules that need their own scan on the current text (beginSketch): always
 * (scanned 1), or when some open branch may match (every clause has a string whose pieces may all be there).
 */
export function markScans(plan: MatchPlan, active: Uint8Array, scan: Uint8Array): void {
  const rules = plan.specs.length;
  if (!plan.anyScanned) {
    scan.fill(0, 0, rules);
    return;
  }
  for (let r = 0; r < rules; r++) {
    const s = plan.scanned[r];
    scan[r] = s === 1 || (s === 2 && active[r] === 1 && plan.needs[r].some((clauses) => clausesMet(plan, clauses))) ? 1 : 0;
  }
}
