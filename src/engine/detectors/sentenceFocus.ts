import type { Lang } from '../types';
import type { Token } from '../draftView';

export type Focus = 'self' | 'you' | 'none';

const SELF: Record<Lang, Set<string>> = {
  en: new Set(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our']),
  fr: new Set(['je', "j'", 'nous', 'notre', 'nos', 'mon', 'ma', 'mes', 'moi']),
};
const YOU: Record<Lang, Set<string>> = {
  en: new Set(['you', "you're", "you've", "you'd", "you'll", 'your', 'yours']),
  fr: new Set(['vous', 'votre', 'vos', 'tu', "t'", 'ton', 'ta', 'tes', 'toi']),
};
const ELISION = /^(j|t|qu|n|s|c|m|l|d)'/;

/** Lower-cased words of a sentence with French elisions split off ("j'ai" → "j'", "ai"). */
export function words(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const m = ELISION.exec(t.lower);
    if (m && t.lower.length > m[0].length) out.push(m[0], t.lower.slice(m[0].length));
    else out.push(t.lower);
  }
  return out;
}

/** Who the sentence is about: the first sender or recipient pronoun decides (a cheap subject heuristic). */
export function sentenceFocus(tokens: Token[], lang: Lang): Focus {
  for (const w of words(tokens)) {
    if (SELF[lang].has(w)) return 'self';
    if (YOU[lang].has(w)) return 'you';
    if (lang === 'fr' && w === 'on') return 'self';
  }
  return 'none';
}

export function isSecondPerson(word: string, lang: Lang): boolean {
  return YOU[lang].has(word);
}
