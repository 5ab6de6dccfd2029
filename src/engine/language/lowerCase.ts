/**
 * Lower case of one UTF-16 code unit, as `String.prototype.toLowerCase` gives it, from a lazily
 * filled table. -1 when the unit cannot be lowered on its own: its lower case has another length
 * (İ → i̇), depends on context (Σ → σ or ς at the end of a word), or it is a surrogate half.
 * Callers then lower the whole word with `toLowerCase`.
 */
const NEEDS_STRING = -1;
/** Lower case + 1 (0 = not computed yet), or NEEDS_STRING. */
const TABLE = new Int32Array(0x10000);
for (let c = 0; c < 128; c++) TABLE[c] = (c >= 65 && c <= 90 ? c + 32 : c) + 1;

const CAPITAL_SIGMA = 0x3a3;

export function lowerUnit(c: number): number {
  let t = TABLE[c];
  if (t === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    t = lower.length !== 1 || c === CAPITAL_SIGMA || (c >= 0xd800 && c <= 0xdfff) ? NEEDS_STRING : lower.charCodeAt(0) + 1;
    TABLE[c] = t;
  }
  return t === NEEDS_STRING ? NEEDS_STRING : t - 1;
}
