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
