import type { Lang } from '../types';

const VOWELS: Record<Lang, RegExp> = {
  en: /[aeiouy]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g,
};

/** Approximate syllable count of one lower-cased word, per language. */
export function countSyllables(word: string, lang: Lang): number {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!w) return 0;
  let n = (w.match(VOWELS[lang]) ?? []).length;
  if (lang === 'en') {
    if (w.length > 2 && w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee')) n--;
    if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) n--;
  } else if (/[^aeiouy](e|es|ent)$/.test(w) && n > 1) {
    n--;
  }
  return Math.max(1, n);
}

/** Flesch (en) or Kandel–Moles (fr) reading ease from words per sentence and syllables per word. */
export function readingEase(lang: Lang, words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  const wps = words / sentences;
  const spw = syllables / words;
  return lang === 'fr' ? 207 - 1.015 * wps - 73.6 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
}
