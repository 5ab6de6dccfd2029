import type { Lang } from '../../../src/engine/types';

/** The syllable counter before it became a charCode loop. */
export function referenceSyllables(word: string, lang: Lang): number {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!w) return 0;
  let n = (w.match(lang === 'en' ? /[aeiouy]+/g : /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g) ?? []).length;
  if (lang === 'en') {
    if (w.length > 2 && w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee')) n--;
    if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) n--;
  } else if (/[^aeiouy](e|es|ent)$/.test(w) && n > 1) n--;
  return Math.max(1, n);
}
