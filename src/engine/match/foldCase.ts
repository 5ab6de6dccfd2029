/**
 * A one-code-unit case/space key for prefiltering: two characters a case-insensitive RegExp
 * (`i`, with or without `u`) can match to each other get the same key, every `\s` character
 * becomes a space, every ASCII digit a `0`, the typographic apostrophe ’ a ' and the Unicode
 * hyphens ‐ ‑ a - (packs write them interchangeably). Length-preserving, so offsets in the folded
 * text are the text's.
 * A key may group more characters than the RegExp would (`ı` with `i`): the prefilter only
 * proposes positions, the rule's own RegExp decides.
 */
const SPACE = 32;
const ZERO = 48;
const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
const ASCII = Uint16Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c >= 9 && c <= 13 ? SPACE : c >= 48 && c <= 57 ? ZERO : c));
/** Keys of code units ≥ 128, computed on first sight (0 = not yet: no such unit folds to NUL). */
const table = new Uint16Array(0x10000);
/** Letter-ness of code units ≥ 128, computed on first sight: 0 unknown, 1 no, 2 yes. */
const letters = new Uint8Array(0x10000);

/** Look-alikes packs treat as one character. */
const SAME: Record<number, number> = { 0x2019: 0x27, 0x2010: 0x2d, 0x2011: 0x2d };

function foldSlow(c: number): number {
  const s = String.fromCharCode(c);
  let k: number;
  if (WHITESPACE.test(s)) k = SPACE;
  else if (SAME[c] !== undefined) k = SAME[c];
  else {
    const upper = s.toUpperCase();
    const lower = (upper.length === 1 ? upper : s).toLowerCase();
    k = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  table[c] = k;
  return k;
}

/** The key of one UTF-16 code unit. */
export function foldUnit(c: number): number {
  if (c < 128) return ASCII[c];
  return table[c] || foldSlow(c);
}

/** The keys of a string's code units (same length as the text). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}

/** True when the code unit is a letter on its own (a lone surrogate is not). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  let k = letters[c];
  if (k === 0) letters[c] = k = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** Bits of `kinds` (foldKindsInto): a letter on its own (isLetterCode); an ASCII word character ([A-Za-z0-9_]). */
export const LETTER_BIT = 1;
export const ASCII_WORD_BIT = 2;
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => ((c | 32) >= 97 && (c | 32) <= 122 ? 3 : (c >= 48 && c <= 57) || c === 95 ? 2 : 0));

/** Writes the keys of text[from, to) into out[0 …], and kinds[i - from] = the LETTER_BIT / ASCII_WORD_BIT of text[i]. */
export function foldKindsInto(text: string, from: number, to: number, out: Uint16Array, kinds: Uint8Array): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      out[i - from] = ASCII[c];
      kinds[i - from] = ASCII_KIND[c];
    } else {
      out[i - from] = table[c] || foldSlow(c);
      let k = letters[c];
      if (k === 0) letters[c] = k = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
      kinds[i - from] = k - 1;
    }
  }
}
