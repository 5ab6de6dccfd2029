import type { Lang } from '../types';

const VOWELS: Record<Lang, RegExp> = {
  en: /[aeiouy]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g,
};

const cache: Record<Lang, Map<string, number>> = { en: new Map(), fr: new Map() };

/** Approximate syllable count of one lower-cased word, per language (memoised: drafts reuse words). */
export function countSyllables(word: string, lang: Lang): number {
  const memo = cache[lang];
  let n = memo.get(word);
  if (n === undefined) {
    n = count(word, lang);
    if (memo.size > 20000) memo.clear();
    memo.set(word, n);
  }
  return n;
}

function count(word: string, lang: Lang): number {
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
