import type { Lang } from '../types';
import { codePointClass, codePointIn, LETTER, MARK } from './charClass';
import { EN_CONTRACTIONS, EN_WORDS, FR_ELISIONS, FR_WORDS } from './stopWords';
import { hasEnglishEnding, hasFrenchEnding } from './wordEndings';

/** Detection reads at most this many characters (the start of the text is enough). */
const MAX_SAMPLE = 20000;
const ELISION_WEIGHT = 1.5;
const CONTRACTION_WEIGHT = 1.5;
/** A word with a French letter (é è ê ë à â ç ù û ô œ î ï æ) is a cue, weaker than a stop word: names carry accents too. */
const ACCENT_WEIGHT = 0.5;
const ENDING_WEIGHT = 0.3;
/** French typography: a space (often no-break) before ! ? ; » */
const SPACING_WEIGHT = 1;
/** Evidence (weighted cues) at which confidence reaches its full value. */
const FULL_EVIDENCE = 4;

/** [start, end) of `text`: one piece of the text to read. */
export interface TextRange {
  text: string;
  start: number;
  end: number;
}

interface Evidence {
  en: number;
  fr: number;
  /** French-spacing cues, added last. */
  spacing: number;
}

function isFrenchLetter(c: number): boolean {
  switch (c) {
    case 0xe9: case 0xe8: case 0xea: case 0xeb: case 0xe0: case 0xe2: case 0xe7: case 0xf9: case 0xfb: case 0xf4:
    case 0x153: case 0xee: case 0xef: case 0xe6:
    case 0xc9: case 0xc8: case 0xca: case 0xcb: case 0xc0: case 0xc2: case 0xc7: case 0xd9: case 0xdb: case 0xd4:
    case 0x152: case 0xce: case 0xcf: case 0xc6:
      return true;
    default:
      return false;
  }
}

function hasFrenchLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isFrenchLetter(word.charCodeAt(i))) return true;
  return false;
}

/** Adds the cues of one lower-cased word (apostrophes straight); same order of additions as ever (floating point). */
function scoreWord(word: string, ev: Evidence, nonAscii: boolean): void {
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) {
    const head = word.slice(0, apostrophe);
    const tail = word.slice(apostrophe + 1);
    if (FR_ELISIONS.has(head)) {
      ev.fr += ELISION_WEIGHT;
      if (FR_WORDS.has(tail)) ev.fr++;
    } else if (EN_CONTRACTIONS.has(tail)) {
      ev.en += CONTRACTION_WEIGHT;
    }
  }
  const en = EN_WORDS.has(word);
  const fr = FR_WORDS.has(word);
  if (en) ev.en++;
  if (fr) ev.fr++;
  if (nonAscii && hasFrenchLetter(word)) ev.fr += ACCENT_WEIGHT;
  if (!en && !fr && word.length > 3 && apostrophe < 0) {
    if (hasEnglishEnding(word)) ev.en += ENDING_WEIGHT;
    else if (hasFrenchEnding(word)) ev.fr += ENDING_WEIGHT;
  }
}

/** Width (1 or 2 units) of the letter or mark at `i` (a surrogate pair counts only inside [.., to)); 0 when none. */
function wordCharWidth(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = codePointIn(text, i, to);
  return codePointClass(cp) & (LETTER | MARK) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * Words (letters and marks, joined by ' or ’ before a letter) of [from, to) and French spacing.
 * The scan ends at `to` as if the text were cut there.
 */
function scan(text: string, from: number, to: number, ev: Evidence): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const w = wordCharWidth(text, i, to);
    if (w === 0) {
      if ((c === 32 || c === 0xa0 || c === 0x202f) && i + 1 < to) {
        const d = text.charCodeAt(i + 1);
        if (d === 33 || d === 63 || d === 59 || d === 0xbb) ev.spacing++;
      }
      i++;
      continue;
    }
    let j = i;
    let upper = false;
    let nonAscii = false;
    let curly = false;
    for (;;) {
      while (j < to) {
        const k = wordCharWidth(text, j, to);
        if (k === 0) break;
        const d = text.charCodeAt(j);
        if (d >= 128) nonAscii = true;
        else if (d <= 90) upper = true;
        j += k;
      }
      const a = j < to ? text.charCodeAt(j) : 0;
      if ((a !== 39 && a !== 0x2019) || j + 1 >= to || wordCharWidth(text, j + 1, to) === 0) break;
      if (a === 0x2019) curly = true;
      j++;
    }
    let word = text.slice(i, j);
    if (upper || nonAscii) word = word.toLowerCase();
    if (curly) word = word.replaceAll('’', "'");
    scoreWord(word, ev, nonAscii);
    i = j;
  }
}

function decide(ev: Evidence): { lang: Lang; confidence: number } {
  const en = ev.en;
  const fr = ev.fr + ev.spacing * SPACING_WEIGHT;
  const total = en + fr;
  if (total === 0) return { lang: 'en', confidence: 0 };
  const margin = Math.abs(en - fr) / total;
  const evidence = Math.min(1, total / FULL_EVIDENCE);
  const confidence = Math.round((0.5 + 0.5 * margin * evidence) * 100) / 100;
  return { lang: fr > en ? 'fr' : 'en', confidence };
}

/**
 * Language of several pieces read as one text (joined by line breaks), of which the first
 * MAX_SAMPLE characters are read: the same answer as `detectLanguage(pieces.join('\n'))`, without
 * building that string.
 */
export function detectLanguageOf(pieces: readonly TextRange[]): { lang: Lang; confidence: number } {
  const ev: Evidence = { en: 0, fr: 0, spacing: 0 };
  let room = MAX_SAMPLE;
  for (let k = 0; k < pieces.length; k++) {
    if (k > 0) {
      if (room === 0) break;
      room--; // the line break between pieces
    }
    const p = pieces[k];
    const len = Math.min(p.end - p.start, room);
    scan(p.text, p.start, p.start + len, ev);
    room -= len;
  }
  return decide(ev);
}

/**
 * English or French, from stop-word counts plus elision/contraction, accent, French-spacing and
 * word-ending cues. Ties and empty text give 'en'; confidence (0..1) grows with the margin and the
 * amount of evidence, and is 0 when there is none.
 */
export function detectLanguage(text: string): { lang: Lang; confidence: number } {
  return detectLanguageOf([{ text, start: 0, end: text.length }]);
}
