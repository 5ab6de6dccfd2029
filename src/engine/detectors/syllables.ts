import type { Lang } from '../types';
import { isLetter } from './wordAtoms';

/**
 * Syllables: runs of vowels (`[aeiouy]+`, plus àâäéèêëîïôöùûüÿœæ in French) in the word's letters,
 * minus a silent ending. Written as charCode loops over the letters (the same answers as
 * `word.toLowerCase().replace(/[^\p{L}]/gu, '')` and the RegExps it replaced).
 */
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
export function isVowelUnit(u: number, fr: boolean): boolean {
  return u < 128 ? PLAIN_VOWEL[u] === 1 : fr && u < 0x180 && FRENCH_VOWEL[u] === 1;
}

/** Does `toLowerCase` change anything (A-Z, or any non-ASCII character to be safe)? */
function needsLowering(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/**
 * Approximate syllable count of one lower-cased word, per language: one pass over the code units
 * of its letters (non-letters are skipped, so they do not break a vowel run, as when removed).
 */
export function countSyllables(word: string, lang: Lang): number {
  return countLowerSyllables(needsLowering(word) ? word.toLowerCase() : word, lang === 'fr');
}

/**
 * countSyllables of a word that toLowerCase leaves unchanged (a token's `lower`: lower-casing is
 * idempotent code point by code point, and a lower-cased text holds no capital sigma).
 */
export function countLowerSyllables(text: string, fr: boolean): number {
  let n = 0;
  let len = 0;
  let inRun = false;
  let c1 = -1;
  let c2 = -1;
  let c3 = -1;
  let c4 = -1;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    let units = 0;
    if (u < 128) units = u >= 97 && u <= 122 ? 1 : 0;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        i++;
        if (isLetter((u - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000)) {
          // An astral letter: two code units of w, neither a vowel.
          len += 2;
          c4 = c2;
          c3 = c1;
          c2 = u;
          c1 = lo;
          inRun = false;
        }
        continue;
      }
    } else units = isLetter(u) ? 1 : 0;
    if (units === 0) continue;
    len++;
    c4 = c3;
    c3 = c2;
    c2 = c1;
    c1 = u;
    const v = isVowelUnit(u, fr);
    if (v && !inRun) n++;
    inRun = v;
  }
  return syllablesOf(n, len, c1, c2, c3, c4, fr);
}

/**
 * The count from `n` vowel runs in `len` letter code units ending c4 c3 c2 c1: minus a silent
 * ending, at least 1 (0 without letters).
 */
export function syllablesOf(n: number, len: number, c1: number, c2: number, c3: number, c4: number, fr: boolean): number {
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

/** Flesch (en) or Kandel–Moles (fr) reading ease from words per sentence and syllables per word. */
export function readingEase(lang: Lang, words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  const wps = words / sentences;
  const spw = syllables / words;
  return lang === 'fr' ? 207 - 1.015 * wps - 73.6 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
}
