import type { Lang } from '../types';

// natural: import single files by path, never the package root (see ARCHITECTURE.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porterEn = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(w: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porterFr = require('natural/lib/natural/stemmers/porter_stemmer_fr') as { stem(w: string): string };

/** Porter stem of one lower-cased word in `lang`. */
export function stem(word: string, lang: Lang): string {
  const w = word.toLowerCase();
  return lang === 'fr' ? porterFr.stem(w) : porterEn.stem(w);
}

/** Inflection endings tried when the Porter stems disagree (natural's French stemmer keeps "contactons" → "contacton"). */
const ENDINGS: Record<Lang, string[]> = {
  en: ['ing', 'ed', 'es', 's', 'er', 'ers'],
  fr: ['eraient', 'erions', 'eriez', 'erons', 'eront', 'erais', 'erait', 'aient', 'erai', 'eras', 'erez', 'ions', 'iez', 'ons', 'ont', 'ent',
    'ais', 'ait', 'ant', 'era', 'ées', 'és', 'ée', 'ez', 'er', 'es', 'ai', 'as', 'é', 'e', 's', 'a'],
};

/** True when `word` is an inflected form of a word whose stem is in `stems`. */
export function sameStem(word: string, stems: Set<string>, lang: Lang): boolean {
  const w = word.toLowerCase();
  if (stems.has(stem(w, lang))) return true;
  for (const end of ENDINGS[lang]) {
    if (w.length > end.length + 2 && w.endsWith(end)) {
      const base = w.slice(0, -end.length);
      if (stems.has(base) || stems.has(stem(base, lang))) return true;
    }
  }
  return false;
}

/** A `word~` of a phrase: the regex captures a prefix in `group`; the match counts only when the stem agrees. */
export interface StemGroupCheck {
  group: string;
  stems: Set<string>;
  langs: Lang[];
}

/** True when every stem group the match captured is an inflection of its phrase word. */
export function stemsAgree(m: RegExpExecArray, checks: readonly StemGroupCheck[]): boolean {
  for (const c of checks) {
    const word = m.groups?.[c.group];
    if (word === undefined) continue;
    if (!c.langs.some((l) => sameStem(word, c.stems, l))) return false;
  }
  return true;
}
