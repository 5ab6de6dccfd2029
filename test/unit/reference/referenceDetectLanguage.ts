/**
 * The regex implementation of detectLanguage as it was before the character-code rewrite (main
 * d1fb856), kept as the specification the fast path is checked against, answer for answer.
 * If the behaviour is changed on purpose, change or delete this oracle with it.
 */
import { EN_CONTRACTIONS, EN_WORDS, FR_ELISIONS, FR_WORDS } from '../../../src/engine/language/stopWords';
import type { Lang } from '../../../src/engine/types';

export const EN_ENDING = /(?:ing|ly|ght|th|ness|ful|ship|ck|[^aeiou]y|ay|ey|ow|k|w|sh)$/;
export const FR_ENDING = /(?:ique|iques|ette|ettes|eau|eaux|oir|oire|eurs?|euse|eux|ez|ais|ait|aient|ée|ées|ès|ième)$/;
export const FRENCH_LETTERS = /[éèêëàâçùûôœîïæ]/i;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const FRENCH_SPACING = /[ \u00a0\u202f][!?;»]/g;

export function referenceDetectLanguage(text: string): { lang: Lang; confidence: number } {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let en = 0;
  let fr = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0) {
      const head = word.slice(0, apostrophe);
      const tail = word.slice(apostrophe + 1);
      if (FR_ELISIONS.has(head)) {
        fr += 1.5;
        if (FR_WORDS.has(tail)) fr++;
      } else if (EN_CONTRACTIONS.has(tail)) {
        en += 1.5;
      }
    }
    const stop = EN_WORDS.has(word) || FR_WORDS.has(word);
    if (EN_WORDS.has(word)) en++;
    if (FR_WORDS.has(word)) fr++;
    if (FRENCH_LETTERS.test(word)) fr += 0.5;
    if (!stop && word.length > 3 && apostrophe < 0) {
      if (EN_ENDING.test(word)) en += 0.3;
      else if (FR_ENDING.test(word)) fr += 0.3;
    }
  }
  fr += (sample.match(FRENCH_SPACING)?.length ?? 0) * 1;
  const total = en + fr;
  if (total === 0) return { lang: 'en', confidence: 0 };
  const margin = Math.abs(en - fr) / total;
  const evidence = Math.min(1, total / 4);
  const confidence = Math.round((0.5 + 0.5 * margin * evidence) * 100) / 100;
  return { lang: fr > en ? 'fr' : 'en', confidence };
}
