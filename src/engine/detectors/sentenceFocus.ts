import type { Lang } from '../types';
import type { Token } from '../draftView';
import type { SentenceFeatures } from './draftFeatures';

export type Focus = 'self' | 'you' | 'none';

/** Sender and recipient words (French also counts « on » as the sender). */
export const SELF: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our']),
  fr: new Set(['je', "j'", 'nous', 'notre', 'nos', 'mon', 'ma', 'mes']),
};
export const YOU: Record<Lang, ReadonlySet<string>> = {
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

/** The focus one word gives, if any. */
function wordFocus(w: string, lang: Lang): Focus | undefined {
  if (SELF[lang].has(w)) return 'self';
  if (YOU[lang].has(w)) return 'you';
  if (lang === 'fr' && w === 'on') return 'self';
  return undefined;
}

/** Length of the elided article/pronoun ELISION finds at the start of `w` (j' t' qu' n' s' c' m' l' d'), else 0. */
function elisionLength(w: string): number {
  const c = w.charCodeAt(0);
  if (w.charCodeAt(1) === 39) return c === 106 || c === 116 || c === 110 || c === 115 || c === 99 || c === 109 || c === 108 || c === 100 ? 2 : 0;
  return c === 113 && w.charCodeAt(1) === 117 && w.charCodeAt(2) === 39 ? 3 : 0; // qu'
}

/** The first focus the words of one token (its `lower`) give, as `words()` splits them. */
export function tokenFocus(w: string, lang: Lang): Focus | undefined {
  if (w.includes('-')) {
    for (const part of w.split('-')) {
      const f = part ? wordFocus(part, lang) : undefined;
      if (f) return f;
    }
    return undefined;
  }
  const e = elisionLength(w);
  if (e > 0 && w.length > e) return wordFocus(w.slice(0, e), lang) ?? wordFocus(w.slice(e), lang);
  return wordFocus(w, lang);
}

/** Who the sentence is about: the first sender or recipient pronoun decides (a cheap subject heuristic). */
export function sentenceFocus(tokens: Token[], lang: Lang): Focus {
  for (const t of tokens) {
    const f = tokenFocus(t.lower, lang);
    if (f) return f;
  }
  return 'none';
}

/** sentenceFocus of a sentence, from its token scan (once per draft). */
export function focusOf(f: SentenceFeatures): Focus {
  return f.scan.focus;
}

export function isSecondPerson(word: string, lang: Lang): boolean {
  return YOU[lang].has(word);
}

/** Is one of the sentence's words (as `words()` splits them) a second-person word? Builds no list. */
export function hasSecondPerson(tokens: readonly Token[], lang: Lang): boolean {
  const you = YOU[lang];
  for (const t of tokens) {
    const w = t.lower;
    if (w.includes('-')) {
      for (const part of w.split('-')) if (part && you.has(part)) return true;
      continue;
    }
    const e = elisionLength(w);
    if (e > 0 && w.length > e ? you.has(w.slice(0, e)) || you.has(w.slice(e)) : you.has(w)) return true;
  }
  return false;
}
