import { minLength, type Node } from './regexAst';

/**
 * Where a branch can start, from its leading assertions:
 * - 'word': never right after a letter (a "no letter before" lookbehind, `^`, or a lookbehind
 *   whose last character is never a letter, like `(?<=[\n.!?]\s*)`);
 * - 'bound': `\b` before a first character that is an ASCII word character: never right after an
 *   ASCII letter, digit or `_` (every RegExp `\w` holds those);
 * - 'any': anywhere.
 * The walker tries a branch only at positions of its class (and at range starts, where a sliced
 * range has no character before).
 */
export type StartClass = 'word' | 'bound' | 'any';

/** `(?<![…\p{L}…])` first, and no top-level `|` after it: the rule never matches right after a letter. */
const LEADING_LETTER_LOOKBEHIND = /^\(\?<!(?:\[(?:[^\]\\]|\\.)*\\p\{L\}(?:[^\]\\]|\\.)*\]|\\p\{L\})\)/;
const LETTER = /\p{L}/u;
const letterish = (c: string): boolean => LETTER.test(c) || LETTER.test(c.toUpperCase()) || LETTER.test(c.toLowerCase());

function topLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

export function startsAfterNonLetter(source: string, flags: string): boolean {
  const m = LEADING_LETTER_LOOKBEHIND.exec(source);
  return !!m && flags.includes('u') && !topLevelAlternation(source.slice(m[0].length));
}

/** True when the last character seq[0 … i] consumes is never a letter (and it always consumes one). */
function endsWithNonLetter(seq: Node[], i: number): boolean {
  for (; i >= 0; i--) {
    const n = seq[i];
    if (n.t === 'zero') continue;
    if (n.t === 'end') return false;
    if (n.t === 'chars') return !!n.chars && !n.chars.some(letterish);
    if (n.t === 'alt') return n.alts.every((a) => endsWithNonLetter([...seq.slice(0, i), ...a], i - 1 + a.length));
    if (!endsWithNonLetter([n.node], 0)) return false;
    if (n.min >= 1 && minLength(n.node) > 0) return true;
  }
  return false;
}

export function startClass(seq: Node[], source: string, flags: string, prefixes: string[] | null): StartClass {
  if (startsAfterNonLetter(source, flags)) return 'word';
  let bound = false;
  for (const n of seq) {
    if (n.t !== 'zero') break;
    if (n.src === '^') return 'word';
    if (n.look?.behind && !n.look.negative && n.look.alts.every((a) => endsWithNonLetter(a, a.length - 1))) return 'word';
    if (n.src === '\\b') bound = true;
  }
  return bound && prefixes && prefixes.every((p) => /^[0-9a-z_]/.test(p)) ? 'bound' : 'any';
}
