import type { Lang } from '../types';
import { EN_CONTRACTIONS, EN_ENDING, EN_WORDS, FR_ELISIONS, FR_ENDING, FR_WORDS } from './stopWords';

/** Detection reads at most this many characters (the start of the text is enough). */
const MAX_SAMPLE = 20000;
/** A word with one of these letters is a French cue (weaker than a stop word: names carry accents too). */
const FRENCH_LETTERS = /[éèêëàâçùûôœîïæ]/i;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const ELISION_WEIGHT = 1.5;
const CONTRACTION_WEIGHT = 1.5;
const ACCENT_WEIGHT = 0.5;
const ENDING_WEIGHT = 0.3;
/** French typography: a space (often no-break) before ! ? ; : » */
const FRENCH_SPACING = /[ \u00a0\u202f][!?;»]/g;
const SPACING_WEIGHT = 1;
/** Evidence (weighted cues) at which confidence reaches its full value. */
const FULL_EVIDENCE = 4;

/**
 * English or French, from stop-word counts plus elision/contraction, accent, French-spacing and
 * word-ending cues. Ties and
 * empty text give 'en'; confidence (0..1) grows with the margin and the amount of evidence, and is 0
 * when there is none.
 */
export function detectLanguage(text: string): { lang: Lang; confidence: number } {
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  let en = 0;
  let fr = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0) {
      const head = word.slice(0, apostrophe);
      const tail = word.slice(apostrophe + 1);
      if (FR_ELISIONS.has(head)) {
        fr += ELISION_WEIGHT;
        if (FR_WORDS.has(tail)) fr++;
      } else if (EN_CONTRACTIONS.has(tail)) {
        en += CONTRACTION_WEIGHT;
      }
    }
    const stop = EN_WORDS.has(word) || FR_WORDS.has(word);
    if (EN_WORDS.has(word)) en++;
    if (FR_WORDS.has(word)) fr++;
    if (FRENCH_LETTERS.test(word)) fr += ACCENT_WEIGHT;
    if (!stop && word.length > 3 && apostrophe < 0) {
      if (EN_ENDING.test(word)) en += ENDING_WEIGHT;
      else if (FR_ENDING.test(word)) fr += ENDING_WEIGHT;
    }
  }
  fr += (sample.match(FRENCH_SPACING)?.length ?? 0) * SPACING_WEIGHT;
  const total = en + fr;
  if (total === 0) return { lang: 'en', confidence: 0 };
  const margin = Math.abs(en - fr) / total;
  const evidence = Math.min(1, total / FULL_EVIDENCE);
  const confidence = Math.round((0.5 + 0.5 * margin * evidence) * 100) / 100;
  return { lang: fr > en ? 'fr' : 'en', confidence };
}
