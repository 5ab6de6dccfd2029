import type { Lang } from '../types';
import type { Token } from '../draftView';
import type { SentenceFeatures } from './draftFeatures';

export type Focus = 'self' | 'you' | 'none';

const SELF: Record<Lang, Set<string>> = {
  en: new Set(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our']),
  fr: new Set(['je', "j'", 'nous', 'notre', 'nos', 'mon', 'ma', 'mes']),
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
    if (t.lower.includes('-')) {
      out.push(...t.lower.split('-').filter(Boolean)); // pourriez-vous, dites-moi
      continue;
    }
    const m = ELISION.exec(t.lower);
    if (m && t.lower.length > m[0].length) out.push(m[0], t.lower.slice(m[0].length));
    else out.push(t.lower);
  }
  return out;
}

function wordFocus(w: string, lang: Lang): Focus | undefined {
  if (SELF[lang].has(w)) return 'self';
  if (YOU[lang].has(w)) return 'you';
  if (lang === 'fr' && w === 'on') return 'self';
  return undefined;
}

/** Who the sentence is about: the first sender or recipient pronoun decides (a cheap subject heuristic). */
export function sentenceFocus(tokens: Token[], lang: Lang): Focus {
  // The words of `words(tokens)`, in order, without building the list.
  for (const t of tokens) {
    const w = t.lower;
    let f: Focus | undefined;
    if (w.includes('-')) {
      for (const part of w.split('-')) if (part && (f = wordFocus(part, lang))) return f;
      continue;
    }
    const m = w.includes("'") ? ELISION.exec(w) : null;
    if (m && w.length > m[0].length) f = wordFocus(m[0], lang) ?? wordFocus(w.slice(m[0].length), lang);
    else f = wordFocus(w, lang);
    if (f) return f;
  }
  return 'none';
}

/** sentenceFocus of a sentence, once per draft. */
export function focusOf(f: SentenceFeatures, lang: Lang): Focus {
  return (f.focus ??= sentenceFocus(f.s.tokens, lang));
}

export function isSecondPerson(word: string, lang: Lang): boolean {
  return YOU[lang].has(word);
}
