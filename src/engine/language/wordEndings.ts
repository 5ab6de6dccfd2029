/**
 * Word endings typical of one language, a weak cue for snippets without stop words. Tested on the
 * last character codes of a lower-cased word (longer than 3 units) instead of a regex per word, one
 * unit comparison at a time:
 *   English: ing ly ght th ness ful ship ck [^aeiou]y ay ey ow k w sh
 *   French:  ique(s) ette(s) eau(x) oir(e) eur(s) euse eux ez ais ait aient ée(s) ès ième
 */

/** `codes[k]`, or -1 before the start. */
function unitAt(codes: ArrayLike<number>, k: number): number {
  return k >= 0 ? codes[k] : -1;
}

const A = 97, E = 101, F = 102, G = 103, H = 104, I = 105, M = 109, N = 110, O = 111, P = 112, Q = 113, R = 114, S = 115, T = 116, U = 117;
const E_ACUTE = 0xe9, E_GRAVE = 0xe8;

/** English ending of the word `codes[0..len)` (len ≥ 2). */
export function hasEnglishEnding(codes: ArrayLike<number>, len: number): boolean {
  const p = unitAt(codes, len - 2);
  switch (codes[len - 1]) {
    case 107: // k: ck, k
    case 119: // w: ow, w
      return true;
    case 121: // y: ly, ay, ey, [^aeiou]y — any unit before it but i, o, u
      return p !== I && p !== O && p !== U;
    case H: return p === T || p === S; // th, sh
    case G: return p === N && unitAt(codes, len - 3) === I; // ing
    case T: return p === H && unitAt(codes, len - 3) === G; // ght
    case S: return p === S && unitAt(codes, len - 3) === E && unitAt(codes, len - 4) === N; // ness
    case 108: return p === U && unitAt(codes, len - 3) === F; // ful
    case P: return p === I && unitAt(codes, len - 3) === H && unitAt(codes, len - 4) === S; // ship
    default: return false;
  }
}

/** French ending of the word `codes[0..len)`. */
export function hasFrenchEnding(codes: ArrayLike<number>, len: number): boolean {
  const p = unitAt(codes, len - 2);
  const q = unitAt(codes, len - 3);
  switch (codes[len - 1]) {
    case E: { // ique ette oire euse ée ième
      const r = unitAt(codes, len - 4);
      return (p === U && q === Q && r === I) || (p === T && q === T && r === E) || (p === R && q === I && r === O) ||
        (p === S && q === U && r === E) || p === E_ACUTE || (p === M && q === E_GRAVE && r === I);
    }
    case S: { // iques ettes eurs ées ais ès
      const r = unitAt(codes, len - 4);
      const t = unitAt(codes, len - 5);
      return (p === E && ((q === U && r === Q && t === I) || (q === T && r === T && t === E) || q === E_ACUTE)) ||
        (p === R && q === U && r === E) || (p === I && q === A) || p === E_GRAVE;
    }
    case 120: return p === U && ((q === A && unitAt(codes, len - 4) === E) || q === E); // eaux eux
    case U: return p === A && q === E; // eau
    case R: return (p === I && q === O) || (p === U && q === E); // oir eur
    case 122: return p === E; // ez
    case T: // ait aient
      return (p === I && q === A) || (p === N && q === E && unitAt(codes, len - 4) === I && unitAt(codes, len - 5) === A);
    default: return false;
  }
}
