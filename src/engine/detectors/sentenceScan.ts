import type { Lang } from '../types';
import type { Token } from '../draftView';
import { countLowerSyllables } from './syllables';
import { hasNumber, pushAtoms } from './wordAtoms';

/** Per-token flags of a scan. */
export const HAS_NUMBER = 1;
export const STARTS_UPPER = 2;

/**
 * One pass over a sentence's tokens for what several detectors read: the atoms (wordAtoms.ts),
 * the syllables (reading-ease) and, per token, whether it holds a number (`/\p{N}/u`) and starts
 * with a capital (`/^\p{Lu}/u`) — the only tokens sentenceSpecifics looks at further.
 */
export interface SentenceScan {
  atoms: string[];
  syllables: number;
  flags: Uint8Array;
}

const VOWEL = new Uint8Array(128);
for (const ch of 'aeiouy') VOWEL[ch.charCodeAt(0)] = 1;

/**
 * Syllables of a token made of a-z only, as countSyllables counts them (vowel runs minus a silent
 * ending); -1 when the token holds anything else (countLowerSyllables then decides).
 */
function plainSyllables(w: string, fr: boolean): number {
  const len = w.length;
  let n = 0;
  let inRun = false;
  for (let i = 0; i < len; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    const v = VOWEL[c] === 1;
    if (v && !inRun) n++;
    inRun = v;
  }
  if (len === 0) return 0;
  const c1 = w.charCodeAt(len - 1);
  const c2 = len >= 2 ? w.charCodeAt(len - 2) : 0;
  const c3 = len >= 3 ? w.charCodeAt(len - 3) : 0;
  if (!fr) {
    if (len > 2 && c1 === 101 && c2 !== 108 && c2 !== 101) n--;
    if (len >= 3 && c1 === 100 && c2 === 101 && VOWEL[c3] !== 1 && c3 !== 116 && c3 !== 100) n--;
  } else if (n > 1) {
    if (c1 === 101 ? len >= 2 && VOWEL[c2] !== 1
      : c1 === 115 ? len >= 3 && c2 === 101 && VOWEL[c3] !== 1
        : len >= 4 && c1 === 116 && c2 === 110 && c3 === 101 && VOWEL[w.charCodeAt(len - 4)] !== 1) n--;
  }
  return n > 1 ? n : 1;
}

/** /^\p{Lu}/u.test(raw), ASCII inline. */
function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw);
}

/**
 * The atoms come from the tokens, which hold every letter and digit of the text, each token
 * bounded by non-letters. Lower-casing token by token equals lower-casing the whole text except
 * for the Greek final sigma (context-dependent), so a text with `Σ` is split whole.
 */
export function scanSentence(text: string, tokens: readonly Token[], lang: Lang): SentenceScan {
  const fr = lang === 'fr';
  const flags = new Uint8Array(tokens.length);
  const atoms: string[] = [];
  const sigma = text.includes('Σ');
  let syllables = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.lower;
    const plain = plainSyllables(w, fr);
    if (plain >= 0) {
      syllables += plain;
      if (!sigma) atoms.push(w);
    } else {
      syllables += countLowerSyllables(w, fr);
      if (!sigma) pushAtoms(w, atoms);
      if (hasNumber(t.raw)) flags[k] |= HAS_NUMBER;
    }
    if (startsUpper(t.raw)) flags[k] |= STARTS_UPPER;
  }
  if (sigma) pushAtoms(text.toLowerCase(), atoms);
  return { atoms, syllables, flags };
}
