import { LETTER, NUMBER, UPPER, codePointClass } from '../language/charClass';

/**
 * "Atoms": the maximal runs of letters and digits (`[\p{L}\p{N}]+`) of a lower-cased text, in
 * order. Cue lists and the not-concrete cue families are bounded by `(?<![\p{L}\p{N}])` and
 * `(?![\p{L}\p{N}])`, so a whole-word cue can only match where an atom equals it: one Set
 * lookup per atom tells a sentence has nothing to find without running any RegExp.
 */
/** Unicode classes of non-ASCII code points: the engine's table (`/\p{L}/u`, `/\p{N}/u`, `/\p{Lu}/u` answers, classified once). */
function classOf(cp: number): number {
  return codePointClass(cp);
}

/** Is the code point a letter or a number (`[\p{L}\p{N}]`)? ASCII inline, the rest cached. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (classOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** Is the code point a letter (`\p{L}`)? */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return (classOf(cp) & LETTER) !== 0;
}

/** Is the code point an upper-case letter (`\p{Lu}`)? */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return (classOf(cp) & UPPER) !== 0;
}

/** What numbers a text holds: 0 none, 1 numbers (`\p{N}`) but no ASCII digit, 2 an ASCII digit (`\d`). */
export function numberKind(text: string): number {
  let kind = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 48 && c <= 57) return 2;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (classOf(cp) & NUMBER) kind = 1;
  }
  return kind;
}

/** rawLetters flags: an ASCII digit, another number (`\p{N}`), and the letters Σ, ſ and İ. */
export const DIGIT = 1;
export const OTHER_NUMBER = 2;
export const SIGMA = 4;
export const LONG_S = 8;
export const DOTTED_I = 16;

/**
 * What a token's raw text holds, in one pass: DIGIT / OTHER_NUMBER (numberKind is 2 with a digit,
 * else 1 with another number), and the letters the sentence scan treats apart (Σ, ſ, İ).
 */
export function rawLetters(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 48 && c <= 57) flags |= DIGIT;
      continue;
    }
    if (c === 0x3a3) flags |= SIGMA;
    else if (c === 0x17f) flags |= LONG_S;
    else if (c === 0x130) flags |= DOTTED_I;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (classOf(cp) & NUMBER) flags |= OTHER_NUMBER;
  }
  return flags;
}

/** Appends the atoms of `text` (already lower-cased) to `out`; a text that is one atom is pushed as is. */
export function pushAtoms(text: string, out: string[]): string[] {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 ? c > 122 : c < 48 || c > 57) break;
  }
  if (i === n) {
    if (n > 0) out.push(text); // the common case: a word of a-z and 0-9
    return out;
  }
  let start = 0;
  for (i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let size = 1;
    let ln: boolean;
    if (c < 128) ln = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) size = 2;
      ln = isLetterOrDigit(cp);
    }
    if (!ln) {
      if (i > start) out.push(text.slice(start, i));
      start = i + size;
    }
    i += size;
  }
  if (start < n) out.push(start === 0 ? text : text.slice(start));
  return out;
}

/**
 * A cheap pre-check before a Set/Map lookup of a word: the (first code unit, length) pairs of the
 * words looked up. A word whose pair is absent cannot be one of them; the lookup then need not
 * hash it (most words of a sentence are not cue words).
 */
export class WordShapes {
  private readonly lengths = new Uint32Array(129);

  add(word: string): void {
    if (word.length > 0) this.lengths[Math.min(word.charCodeAt(0), 128)] |= 1 << Math.min(word.length, 31);
  }

  /** False when no added word has this word's first code unit and length. */
  mayHold(word: string): boolean {
    return ((this.lengths[Math.min(word.charCodeAt(0), 128)] >>> Math.min(word.length, 31)) & 1) === 1;
  }
}

/** The text with ’ written ' (a search, and a RegExp replace only when there is one). */
export function straightQuotes(text: string): string {
  return text.includes('’') ? text.replace(/’/g, "'") : text;
}
