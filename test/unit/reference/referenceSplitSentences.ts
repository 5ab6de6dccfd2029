/**
 * The sentence splitter as it was before the character-code rewrite (main d1fb856), kept as the
 * specification the fast path is checked against, span for span.
 * If the behaviour is changed on purpose, change or delete this oracle with it.
 */
import type { Span } from '../../../src/engine/types';
import { isSpace, isSpaceOrBreak, trimSpan } from '../../../src/engine/parse/lines';

const TERMINALS = '.!?…‼⁇⁈⁉。';
const CLOSERS = '"\'”’»)]}';
const BULLETS = '-*•·–—▪◦‣→';
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
const MAX_TRAILING_SYMBOLS = 16;

function isLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** A list item opens at `k`: "- ", "• ", "1. ", "2) ", "a) ". */
export function referenceIsBulletAt(text: string, k: number, end: number): boolean {
  if (k >= end) return false;
  const next = (at: number): boolean => at >= end || isSpace(text.charCodeAt(at));
  if (BULLETS.includes(text[k])) return next(k + 1);
  let j = k;
  while (j < end && j - k < 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === k && /\p{L}/u.test(text[k]) && text[k + 1] === ')') return next(k + 2);
  return j > k && (text[j] === '.' || text[j] === ')') && next(j + 1);
}

/** Whether a run of full stops / an ellipsis at [i, j) ends the sentence. */
function dotEndsSentence(text: string, i: number, j: number, run: string, end: number, lineStart: number): boolean {
  let k = j;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k < end && /\p{Ll}/u.test(text[k])) return false;
  if (run !== '.') return true;
  let w = i;
  while (w > lineStart && i - w < 12 && (/[\p{L}.°-]/u.test(text[w - 1]))) w--;
  const word = text.slice(w, i).toLowerCase();
  const initial = /^\p{Lu}$/u.test(text.slice(w, i)) && (w === lineStart || !/[\p{L}\p{N}]/u.test(text[w - 1])); // "J. Park", not "3x."
  if (ABBREVIATIONS.has(word) || initial) return false;
  if (word === '') {
    let d = i;
    while (d > lineStart && /\d/.test(text[d - 1])) d--;
    if (d < i && text.slice(lineStart, d).trim() === '') return false; // "1. " list number
  }
  return true;
}

/** After a sentence end, emoji or symbols alone on the rest of the line belong to the sentence ("… 90 days. 🚀"). */
function absorbTrailingSymbols(text: string, e: number, end: number): number {
  let k = e;
  let last = e;
  while (k < end && k - e <= MAX_TRAILING_SYMBOLS) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (isLetterOrDigit(text[k])) return e;
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
 * A single line break inside a paragraph does not split. Linear time.
 */
export function referenceSplitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = -1;
  let lineStart = start;
  let bulletLine = referenceIsBulletAt(text, trimSpan(text, start, end).start, end);
  const push = (e: number): void => {
    const t = trimSpan(text, s, e);
    if (t.end > t.start) out.push(t);
    s = -1;
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const j = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      const blankNext = k >= end || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
      const nextBullet = referenceIsBulletAt(text, k, end);
      if (s >= 0 && (blankNext || bulletLine || nextBullet)) push(i);
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
    if (!TERMINALS.includes(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && TERMINALS.includes(text[j])) j++;
    const run = text.slice(i, j);
    while (j < end && CLOSERS.includes(text[j])) j++;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k > j && text[k] === '»') j = k + 1; // French: « … ? »
    const boundary = j >= end || isSpaceOrBreak(text.charCodeAt(j));
    const dotsOnly = /^[.…]+$/.test(run);
    if (boundary && (!dotsOnly || dotEndsSentence(text, i, j, run, end, lineStart))) {
      const e = absorbTrailingSymbols(text, j, end);
      push(e);
      i = e;
      continue;
    }
    i = j;
  }
  if (s >= 0) push(end);
  return out;
}
