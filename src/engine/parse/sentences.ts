import type { Span } from '../types';
import { isJsSpace, LETTER, LOWER, NUMBER, unitClass, UPPER } from '../language/charClass';
import { isSpace, isSpaceOrBreak, trimSpan } from './lines';

/** . ! ? … ‼ ⁇ ⁈ ⁉ 。 */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049) || c === 0x3002;
}

/** " ' ” ’ » ) ] } */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** - * • · – — ▪ ◦ ‣ → */
function isBullet(c: number): boolean {
  return c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014 || c === 0x25aa ||
    c === 0x25e6 || c === 0x2023 || c === 0x2192;
}
/**
 * Words whose full stop never ends a sentence (titles, "e.g.", month abbreviations). Lower case, no final dot.
 * Words that also end sentences ("me", "no", "min", "etc", "Inc") are left out: before a lower-case word a
 * full stop never splits anyway.
 */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'vs', 'cf', 'approx', 'nos', 'fig',
  'dept', 'tel', 'ext', 'ph.d', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'm',
  'mm', 'mme', 'mmes', 'mlle', 'mlles', 'pr', 'env', 'tél', 'bd', 'boul', 'ste', 'janv', 'févr', 'fév', 'avr', 'juil',
  'déc', 'resp', 'réf', 'ref', 'p', 'pp', 'vol', 'c.-à-d', 'c.à.d',
]);
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const MAX_TRAILING_SYMBOLS = 16;

/** A list item opens at `k`: "- ", "• ", "1. ", "2) ", "a) ". */
export function isBulletAt(text: string, k: number, end: number): boolean {
  if (k >= end) return false;
  const c = text.charCodeAt(k);
  if (isBullet(c)) return k + 1 >= end || isSpace(text.charCodeAt(k + 1));
  let j = k;
  while (j < end && j - k < 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === k) {
    if (unitClass(c) & LETTER && text.charCodeAt(k + 1) === 0x29) return k + 2 >= end || isSpace(text.charCodeAt(k + 2));
    return false;
  }
  const d = text.charCodeAt(j); // may read past `end`, as it always did
  return (d === 0x2e || d === 0x29) && (j + 1 >= end || isSpace(text.charCodeAt(j + 1)));
}

/** A character that may precede an abbreviation's full stop inside the word: a letter, ".", "°" or "-". */
function isAbbreviationChar(c: number): boolean {
  return c === 0x2e || c === 0xb0 || c === 0x2d || (unitClass(c) & LETTER) !== 0;
}

/** [from, to) holds only white space (as `trim` sees it). */
function isTrimBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isJsSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Whether a run of full stops / an ellipsis at [i, j) ends the sentence (`singleDot`: the run is one "."). */
function dotEndsSentence(text: string, i: number, j: number, singleDot: boolean, end: number, lineStart: number): boolean {
  let k = j;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k < end && unitClass(text.charCodeAt(k)) & LOWER) return false;
  if (!singleDot) return true;
  let w = i;
  while (w > lineStart && i - w < 12 && isAbbreviationChar(text.charCodeAt(w - 1))) w--;
  if (w === i) {
    // "1. " list number
    let d = i;
    while (d > lineStart && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
    return !(d < i && isTrimBlank(text, lineStart, d));
  }
  // "J. Park", not "3x."
  const initial = i - w === 1 && (unitClass(text.charCodeAt(w)) & UPPER) !== 0 &&
    (w === lineStart || !(unitClass(text.charCodeAt(w - 1)) & (LETTER | NUMBER)));
  // Lower-casing never shortens a string: a longer word is no abbreviation.
  return !initial && (i - w > MAX_ABBREVIATION || !ABBREVIATIONS.has(text.slice(w, i).toLowerCase()));
}

/** After a sentence end, emoji or symbols alone on the rest of the line belong to the sentence ("… 90 days. 🚀"). */
function absorbTrailingSymbols(text: string, e: number, end: number): number {
  let k = e;
  let last = e;
  while (k < end && k - e <= MAX_TRAILING_SYMBOLS) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (unitClass(c) & (LETTER | NUMBER)) return e;
    if (!isSpace(c)) last = k + 1;
    k++;
  }
  if (k - e > MAX_TRAILING_SYMBOLS && k < end && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) return e;
  // Keep a surrogate pair whole.
  if (last < end && last > e && (text.charCodeAt(last - 1) & 0xfc00) === 0xd800) last++;
  return last;
}

/**
 * Sentences of [start, end) (offsets into `text`): split after . ! ? … (not after abbreviations,
 * initials, list numbers, or inside numbers, URLs and emails), at blank lines and around list items.
 * A single line break inside a paragraph does not split. Linear time, one pass of character codes.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = -1;
  let lineStart = start;
  let bulletLine = isBulletAt(text, trimSpan(text, start, end).start, end);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (s >= 0 && c > 0x3f && c < 0x2026) {
      // Inside a sentence, letters and most symbols change nothing (line breaks and terminals are outside this range).
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      const j = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      const blankNext = k >= end || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
      const nextBullet = isBulletAt(text, k, end);
      if (s >= 0 && (blankNext || bulletLine || nextBullet)) {
        pushTrimmed(out, text, s, i);
        s = -1;
      }
      bulletLine = nextBullet;
      lineStart = j;
      i = j;
      continue;
    }
    if (s < 0) {
      if (!isSpaceOrBreak(c)) s = i;
      i++;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let j = i;
    let dotsOnly = true;
    for (let t = c; j < end && isTerminal(t); t = text.charCodeAt(++j)) if (t !== 0x2e && t !== 0x2026) dotsOnly = false;
    const singleDot = j - i === 1 && c === 0x2e;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k > j && text.charCodeAt(k) === 0xbb) j = k + 1; // French: « … ? »
    const boundary = j >= end || isSpaceOrBreak(text.charCodeAt(j));
    if (boundary && (!dotsOnly || dotEndsSentence(text, i, j, singleDot, end, lineStart))) {
      const e = absorbTrailingSymbols(text, j, end);
      pushTrimmed(out, text, s, e);
      s = -1;
      i = e;
      continue;
    }
    i = j;
  }
  if (s >= 0) pushTrimmed(out, text, s, end);
  return out;
}

function pushTrimmed(out: Span[], text: string, s: number, e: number): void {
  const t = trimSpan(text, s, e);
  if (t.end > t.start) out.push(t);
}
