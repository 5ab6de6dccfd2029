/**
 * Word endings typical of one language, a weak cue for snippets without stop words. Tested on the
 * last character codes of a lower-cased word (longer than 3 units) instead of a regex per word:
 *   English: ing ly ght th ness ful ship ck [^aeiou]y ay ey ow k w sh
 *   French:  ique(s) ette(s) eau(x) oir(e) eur(s) euse eux ez ais ait aient ée(s) ès ième
 */

/** `codes[0..len)` ends with `suffix`. */
function endsWith(codes: ArrayLike<number>, len: number, suffix: string): boolean {
  const n = suffix.length;
  if (n > len) return false;
  for (let k = 0; k < n; k++) if (codes[len - n + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

/** English ending of the word `codes[0..len)` (len ≥ 2). */
export function hasEnglishEnding(codes: ArrayLike<number>, len: number): boolean {
  switch (codes[len - 1]) {
    case 107: // k: ck, k
    case 119: // w: ow, w
      return true;
    case 121: { // y: ly, ay, ey, [^aeiou]y — any unit before it but i, o, u
      const p = codes[len - 2];
      return p !== 105 && p !== 111 && p !== 117;
    }
    case 104: { // h: th, sh
      const p = codes[len - 2];
      return p === 116 || p === 115;
    }
    case 103: return endsWith(codes, len, 'ing');
    case 116: return endsWith(codes, len, 'ght');
    case 115: return endsWith(codes, len, 'ness');
    case 108: return endsWith(codes, len, 'ful');
    case 112: return endsWith(codes, len, 'ship');
    default: return false;
  }
}

/** French ending of the word `codes[0..len)`. */
export function hasFrenchEnding(codes: ArrayLike<number>, len: number): boolean {
  switch (codes[len - 1]) {
    case 101: // e
      return endsWith(codes, len, 'ique') || endsWith(codes, len, 'ette') || endsWith(codes, len, 'oire') ||
        endsWith(codes, len, 'euse') || endsWith(codes, len, 'ée') || endsWith(codes, len, 'ième');
    case 115: // s
      return endsWith(codes, len, 'iques') || endsWith(codes, len, 'ettes') || endsWith(codes, len, 'eurs') ||
        endsWith(codes, len, 'ées') || endsWith(codes, len, 'ais') || endsWith(codes, len, 'ès');
    case 120: // x
      return endsWith(codes, len, 'eaux') || endsWith(codes, len, 'eux');
    case 117: return endsWith(codes, len, 'eau');
    case 114: return endsWith(codes, len, 'oir') || endsWith(codes, len, 'eur');
    case 122: return endsWith(codes, len, 'ez');
    case 116: return endsWith(codes, len, 'ait') || endsWith(codes, len, 'aient');
    default: return false;
  }
}
