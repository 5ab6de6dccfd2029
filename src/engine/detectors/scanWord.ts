import type { Lang } from '../types';
import { timeAtomBits } from './notConcreteCues';
import { WordShapes, isLetter, isLetterOrDigit } from './wordAtoms';
import { WordTable, hashStep } from './wordTable';

const PLAIN_VOWEL = new Uint8Array(128);
for (const ch of 'aeiouy') PLAIN_VOWEL[ch.charCodeAt(0)] = 1;
/** àâäéèêëîïôöùûüÿœæ, by code unit (all below U+0180). */
const FRENCH_VOWEL = new Uint8Array(0x180);
for (const ch of 'àâäéèêëîïôöùûüÿœæ') FRENCH_VOWEL[ch.charCodeAt(0)] = 1;

/** `[aeiouy]`: the ASCII vowels (the class of the ending rules in both languages). */
function isPlainVowel(c: number): boolean {
  return c < 128 && PLAIN_VOWEL[c] === 1;
}

/** Is the code unit of a word's letter a vowel (ASCII, and in French the accented ones)? */
function isVowelUnit(u: number, fr: boolean): boolean {
  return u < 128 ? PLAIN_VOWEL[u] === 1 : fr && u < 0x180 && FRENCH_VOWEL[u] === 1;
}

/**
 * The count from `n` vowel runs in `len` letter code units ending c4 c3 c2 c1: minus a silent
 * ending, at least 1 (0 without letters).
 */
function syllablesOf(n: number, len: number, c1: number, c2: number, c3: number, c4: number, fr: boolean): number {
  if (len === 0) return 0;
  if (!fr) {
    if (len > 2 && c1 === 101 && c2 !== 108 && c2 !== 101) n--; // ends with e, not le/ee
    if (len >= 3 && c1 === 100 && c2 === 101 && !isPlainVowel(c3) && c3 !== 116 && c3 !== 100) n--; // [^aeiouy]ed, not [td]ed
  } else if (n > 1) {
    // /[^aeiouy](e|es|ent)$/
    if (c1 === 101 ? len >= 2 && !isPlainVowel(c2)
      : c1 === 115 ? len >= 3 && c2 === 101 && !isPlainVowel(c3)
        : len >= 4 && c1 === 116 && c2 === 110 && c3 === 101 && !isPlainVowel(c4)) n--;
  }
  return n > 1 ? n : 1;
}

const NO_WORDS = new WordTable(1);
const NO_SHAPES = new WordShapes();

/**
 * Syllables of a word that toLowerCase leaves unchanged (a token's `lower`: lower-casing is
 * idempotent code point by code point, and a lower-cased text holds no capital sigma): scanWord's
 * count, over the code units of its letters (non-letters are skipped, so they do not break a vowel run).
 */
export function countLowerSyllables(text: string, fr: boolean): number {
  return scanWord(text, fr, 'en', NO_WORDS, NO_SHAPES, []);
}

/** What scanWord found besides syllables (one object, reused: read it before the next call). */
export const scannedWord = { bits: 0 };

/**
 * One pass over a lower-cased token that is not plain a-z, for the sentence scan: returns its
 * syllables (countLowerSyllables), appends its atoms to `atoms` (pushAtoms) and leaves in
 * `scannedWord.bits` the OR of each atom's table bits (looked up with a hash computed on the way,
 * after the shape check) and of its TIME_ATOM bit (timeAtomBits). Three walks and a hash each
 * before; the answers are theirs (test/unit/engine/scanWord.test.ts).
 */
export function scanWord(w: string, fr: boolean, lang: Lang, table: WordTable, shapes: WordShapes, atoms: string[]): number {
  const n = w.length;
  let bits = 0;
  // Syllables (countLowerSyllables): letters counted, vowel runs, the last four letter code units.
  let syllables = 0;
  let len = 0;
  let inRun = false;
  let c1 = -1;
  let c2 = -1;
  let c3 = -1;
  let c4 = -1;
  // Atoms (pushAtoms): the current run of letters and digits, and its hash.
  let start = 0;
  let hash = 0;
  for (let i = 0; i < n; ) {
    const u = w.charCodeAt(i);
    let size = 1;
    let cp = u;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < n) {
      const lo = w.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        size = 2;
        cp = (u - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        if (isLetter(cp)) { // an astral letter: two code units of the word, neither a vowel
          len += 2;
          c4 = c2;
          c3 = c1;
          c2 = u;
          c1 = lo;
          inRun = false;
        }
      }
    }
    if (size === 1 && (u < 128 ? u >= 97 && u <= 122 : isLetter(u))) {
      len++;
      c4 = c3;
      c3 = c2;
      c2 = c1;
      c1 = u;
      const v = isVowelUnit(u, fr);
      if (v && !inRun) syllables++;
      inRun = v;
    }
    const ln = cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) : isLetterOrDigit(cp);
    if (ln) {
      hash = hashStep(hash, u);
      if (size === 2) hash = hashStep(hash, w.charCodeAt(i + 1));
    } else {
      if (i > start) bits |= atom(start === 0 && i === n ? w : w.slice(start, i), hash, lang, table, shapes, atoms);
      start = i + size;
      hash = 0;
    }
    i += size;
  }
  if (start < n) bits |= atom(start === 0 ? w : w.slice(start), hash, lang, table, shapes, atoms);
  scannedWord.bits = bits;
  return syllablesOf(syllables, len, c1, c2, c3, c4, fr);
}

/** Appends one atom; its table bits (when its shape may be there) and TIME_ATOM bit. */
function atom(a: string, hash: number, lang: Lang, table: WordTable, shapes: WordShapes, atoms: string[]): number {
  atoms.push(a);
  const b = shapes.mayHold(a) ? table.get(a, hash) ?? 0 : 0;
  return b | timeAtomBits(a, lang);
}
