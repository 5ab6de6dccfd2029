/**
 * Unicode classes of characters without a regex per character: the hot loops (tokenizer, sentence
 * splitter, language detection) test bits. BMP code units are classified once, lazily, with the
 * same Unicode regexes the code used before (so the answers are those of `/\p{L}/u` & co.);
 * ASCII is filled at load. Lone surrogate code units have no class (as `/\p{L}/u.test(lone)`).
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{M}` */
export const MARK = 2;
/** `\p{N}` */
export const NUMBER = 4;
/** `\p{Lu}` */
export const UPPER = 8;
/** `\p{Ll}` */
export const LOWER = 16;
const KNOWN = 128;
const CLASS_BITS = 0x7f;

const L = /^\p{L}$/u;
const M = /^\p{M}$/u;
const N = /^\p{N}$/u;
const LU = /^\p{Lu}$/u;
const LL = /^\p{Ll}$/u;

function classify(ch: string): number {
  return KNOWN | (L.test(ch) ? LETTER : 0) | (M.test(ch) ? MARK : 0) | (N.test(ch) ? NUMBER : 0) |
    (LU.test(ch) ? UPPER : 0) | (LL.test(ch) ? LOWER : 0);
}

const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  BMP[c] = KNOWN | (c >= 65 && c <= 90 ? LETTER | UPPER : c >= 97 && c <= 122 ? LETTER | LOWER : c >= 48 && c <= 57 ? NUMBER : 0);
}
const ASTRAL = new Map<number, number>();
const MAX_ASTRAL_CACHE = 4096;

/** Class bits of one UTF-16 code unit (0 for a lone surrogate). */
export function unitClass(c: number): number {
  let t = BMP[c];
  if (t === 0) {
    t = c >= 0xd800 && c <= 0xdfff ? KNOWN : classify(String.fromCharCode(c));
    BMP[c] = t;
  }
  return t & CLASS_BITS;
}

/** Class bits of a code point (astral ones included). */
export function codePointClass(cp: number): number {
  if (cp < 0x10000) return unitClass(cp);
  let t = ASTRAL.get(cp);
  if (t === undefined) {
    t = classify(String.fromCodePoint(cp));
    if (ASTRAL.size >= MAX_ASTRAL_CACHE) ASTRAL.clear();
    ASTRAL.set(cp, t);
  }
  return t & CLASS_BITS;
}

/** Added to `classAt` when the character is a surrogate pair (two code units). */
export const PAIR = 64;

/**
 * Class bits of the character at `i`: a surrogate pair counts as one code point (plus PAIR) only
 * when both halves are before `end` (as in `text.slice(.., end)`); a lone half has no class.
 */
export function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  if (i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return codePointClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | PAIR;
  }
  return 0;
}

/** White space as `String.prototype.trim` and `\s` see it (WhiteSpace and LineTerminator). */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
