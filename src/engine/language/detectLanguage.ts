import type { Lang } from '../types';
import { classAt, LETTER, MARK, PAIR } from './charClass';
import { lowerUnit } from './lowerCase';
import { EN_CONTRACTION, EN_WORD, FR_ELISION, FR_WORD, stopWordFlags } from './stopWordTable';
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

/** The lower-cased word being read (straight apostrophes), reused from word to word. */
let word = new Uint16Array(64);

function grow(): void {
  const bigger = new Uint16Array(word.length * 2);
  bigger.set(word);
  word = bigger;
}

/** Hash step of the stop-word table. */
const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/**
 * Adds the cues of the lower-cased word `word[0..len)`, in the same order of additions as the
 * regex version (floating point): elision/contraction, stop words, French letter, ending.
 * `apostrophe`: index of the first ' (-1: none); hashes of the word, of the part before the first ' and after it.
 */
function scoreWord(len: number, apostrophe: number, french: boolean, hash: number, headHash: number, tailHash: number, ev: Evidence): void {
  if (apostrophe > 0) {
    const tail = stopWordFlags(word, apostrophe + 1, len, tailHash);
    if (stopWordFlags(word, 0, apostrophe, headHash) & FR_ELISION) {
      ev.fr += ELISION_WEIGHT;
      if (tail & FR_WORD) ev.fr++;
    } else if (tail & EN_CONTRACTION) {
      ev.en += CONTRACTION_WEIGHT;
    }
  }
  const flags = stopWordFlags(word, 0, len, hash);
  if (flags & EN_WORD) ev.en++;
  if (flags & FR_WORD) ev.fr++;
  if (french) ev.fr += ACCENT_WEIGHT;
  if (!(flags & (EN_WORD | FR_WORD)) && len > 3 && apostrophe < 0) {
    if (hasEnglishEnding(word, len)) ev.en += ENDING_WEIGHT;
    else if (hasFrenchEnding(word, len)) ev.fr += ENDING_WEIGHT;
  }
}

/** The whole-string path, for words with a letter whose lower case needs its context or another length, or an astral letter. */
function scoreLowered(lower: string, ev: Evidence): void {
  while (word.length < lower.length) grow();
  let apostrophe = -1;
  let french = false;
  let hash = 0;
  let headHash = 0;
  let tailHash = 0;
  for (let k = 0; k < lower.length; k++) {
    let c = lower.charCodeAt(k);
    if (c === 0x2019) c = 39;
    word[k] = c;
    if (apostrophe >= 0) tailHash = step(tailHash, c);
    else if (c === 39) {
      apostrophe = k;
      headHash = hash;
    }
    hash = step(hash, c);
    if (c >= 128 && isFrenchLetter(c)) french = true;
  }
  scoreWord(lower.length, apostrophe, french, hash, headHash, tailHash, ev);
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Width (1 or 2 units) of the non-ASCII letter or mark at `i` (a surrogate pair counts only inside [.., to)); 0 when none. */
function wideWidth(text: string, i: number, to: number): number {
  const k = classAt(text, i, to);
  return k & (LETTER | MARK) ? (k & PAIR ? 2 : 1) : 0;
}

/** Width of the letter or mark at `i` < `to`; 0 when none. */
function wordCharWidth(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (isAsciiLetter(c) ? 1 : 0) : wideWidth(text, i, to);
}

/** A space (plain, no-break or narrow no-break) at `i` before ! ? ; » */
function isFrenchSpacing(text: string, i: number, to: number): boolean {
  if (i + 1 >= to) return false;
  const d = text.charCodeAt(i + 1);
  return d === 33 || d === 63 || d === 59 || d === 0xbb;
}

/**
 * Words (letters and marks, joined by ' or ’ before a letter) of [from, to) and French spacing, in
 * one pass that lower-cases each word into `word` as it goes. The scan ends at `to` as if the text
 * were cut there.
 */
function scan(text: string, from: number, to: number, ev: Evidence): void {
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let w = c < 128 ? (isAsciiLetter(c) ? 1 : 0) : wideWidth(text, i, to);
    if (w === 0) {
      if ((c === 32 || c === 0xa0 || c === 0x202f) && isFrenchSpacing(text, i, to)) ev.spacing++;
      i++;
      continue;
    }
    const start = i;
    let buf = word;
    let len = 0;
    let apostrophe = -1;
    let french = false;
    let whole = false;
    let hash = 0;
    let headHash = 0;
    let tailHash = 0;
    for (;;) {
      // text[i] starts a letter or mark of width w, or an apostrophe (w = 1) between two of them.
      if (!whole) {
        // ASCII letters and ' lower with | 0x20; ’ becomes '.
        const l = c < 128 ? c | 0x20 : c === 0x2019 ? 39 : w === 2 ? -1 : lowerUnit(c);
        if (l < 0) whole = true;
        else {
          if (len === buf.length) {
            grow();
            buf = word;
          }
          buf[len] = l;
          if (apostrophe >= 0) tailHash = step(tailHash, l);
          else if (l === 39) {
            apostrophe = len;
            headHash = hash;
          }
          hash = step(hash, l);
          if (l >= 128 && !french && isFrenchLetter(l)) french = true;
          len++;
        }
      }
      i += w;
      if (!whole) {
        // A run of ASCII letters (the common case), lowered and hashed as above without the other checks.
        while (i < to) {
          c = text.charCodeAt(i);
          if (c >= 128 || !isAsciiLetter(c)) break;
          if (len === buf.length) {
            grow();
            buf = word;
          }
          const l = c | 0x20;
          buf[len++] = l;
          if (apostrophe >= 0) tailHash = step(tailHash, l);
          hash = step(hash, l);
          i++;
        }
      }
      if (i >= to) break;
      c = text.charCodeAt(i);
      if (c < 128) {
        if (isAsciiLetter(c)) {
          w = 1;
          continue;
        }
        if (c !== 39) break;
      } else {
        w = wideWidth(text, i, to);
        if (w > 0) continue;
        if (c !== 0x2019) break;
      }
      if (i + 1 >= to || wordCharWidth(text, i + 1, to) === 0) break;
      w = 1;
    }
    if (whole) scoreLowered(text.slice(start, i).toLowerCase(), ev);
    else scoreWord(len, apostrophe, french, hash, headHash, tailHash, ev);
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
