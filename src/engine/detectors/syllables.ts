import type { Lang } from '../types';
import { countLowerSyllables } from './scanWord';

export { countLowerSyllables } from './scanWord';

/** Does `toLowerCase` change anything (A-Z, or any non-ASCII character to be safe)? */
function needsLowering(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/**
 * Approximate syllable count of one word, per language: runs of vowels (`[aeiouy]+`, plus
 * àâäéèêëîïôöùûüÿœæ in French) in its lower-cased letters, minus a silent ending — counted by
 * scanWord.ts's one pass (the answers of `word.toLowerCase().replace(/[^\p{L}]/gu, '')` and the RegExps it replaced).
 */
export function countSyllables(word: string, lang: Lang): number {
  return countLowerSyllables(needsLowering(word) ? word.toLowerCase() : word, lang === 'fr');
}

/** Flesch (en) or Kandel–Moles (fr) reading ease from words per sentence and syllables per word. */
export function readingEase(lang: Lang, words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  const wps = words / sentences;
  const spw = syllables / words;
  return lang === 'fr' ? 207 - 1.015 * wps - 73.6 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
}
