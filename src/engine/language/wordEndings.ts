/**
 * Word endings typical of one language, a weak cue for snippets without stop words. Tested on the
 * last characters of a lower-cased word (longer than 3 units) instead of a regex per word:
 *   English: ing ly ght th ness ful ship ck [^aeiou]y ay ey ow k w sh
 *   French:  ique(s) ette(s) eau(x) oir(e) eur(s) euse eux ez ais ait aient ée(s) ès ième
 */

/** English ending (the word has at least 2 characters). */
export function hasEnglishEnding(w: string): boolean {
  const n = w.length;
  switch (w.charCodeAt(n - 1)) {
    case 107: // k: ck, k
    case 119: // w: ow, w
      return true;
    case 121: { // y: ly, ay, ey, [^aeiou]y — every letter before it but i, o, u
      const p = w.charCodeAt(n - 2);
      return p !== 105 && p !== 111 && p !== 117;
    }
    case 104: { // h: th, sh
      const p = w.charCodeAt(n - 2);
      return p === 116 || p === 115;
    }
    case 103: return w.endsWith('ing');
    case 116: return w.endsWith('ght');
    case 115: return w.endsWith('ness');
    case 108: return w.endsWith('ful');
    case 112: return w.endsWith('ship');
    default: return false;
  }
}

/** French ending. */
export function hasFrenchEnding(w: string): boolean {
  switch (w.charCodeAt(w.length - 1)) {
    case 101: // e
      return w.endsWith('ique') || w.endsWith('ette') || w.endsWith('oire') || w.endsWith('euse') || w.endsWith('ée') || w.endsWith('ième');
    case 115: // s
      return w.endsWith('iques') || w.endsWith('ettes') || w.endsWith('eurs') || w.endsWith('ées') || w.endsWith('ais') || w.endsWith('ès');
    case 120: // x
      return w.endsWith('eaux') || w.endsWith('eux');
    case 117: return w.endsWith('eau');
    case 114: return w.endsWith('oir') || w.endsWith('eur');
    case 122: return w.endsWith('ez');
    case 116: return w.endsWith('ait') || w.endsWith('aient');
    default: return false;
  }
}
