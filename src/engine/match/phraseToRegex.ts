import type { Lang } from '../types';
import { stem, type StemGroupCheck } from './stemmers';

/** A `word~` in a phrase: the regex matches a prefix; the match is kept only when the stem agrees. */
export type StemCheck = StemGroupCheck;

export interface CompiledPhrase {
  source: string;
  stemChecks: StemCheck[];
}

/** One arbitrary word (for `*` and `{n,m}` gaps). */
export const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_'’\\-]*";
const WS = '\\s+';
const SPECIAL = new Set(['(', ')', '|', '?', '[', ']']);
const ELISION = /^(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'/i;
// Module-level (a regex literal in a loop makes a new RegExp object per evaluation); none is global or sticky.
const SPACE = /\s/;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/;
const ELIDED_BEFORE_SPACE = /['’](?=[\s)|\]])/;
const GLUED_AFTER_GROUP = /[\p{L}\p{N}([*{'’]/u;
const STAR_BEFORE = /[\s(|)\]?]/;
const STAR_AFTER = /[\s()|\]?]/;
const GAP = /^\{(\d),(\d)\}/;

function escapeChar(c: string): string {
  if (c === "'" || c === '’') return "['’]";
  if (c === '-' || c === '‐' || c === '‑') return '[-‐‑]';
  return REGEX_SPECIAL.test(c) ? '\\' + c : c;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/**
 * Compiles one phrase (TEAM.md phrase syntax) to a regex source without outer boundaries.
 * `groupPrefix` makes the stem-check capture names unique within the caller's regex.
 */
export function phraseToRegex(phrase: string, langs: Lang[], groupPrefix: string, captureStems: boolean): CompiledPhrase {
  const out: string[] = [];
  const stemChecks: StemCheck[] = [];
  /** out index where each open group started (for moving a leading space into an optional group). */
  const opens: number[] = [];
  const src = phrase.trim();
  // After an elided word ("t'", "qu'") the following space is optional: "de (vous|t') avoir" matches "de t'avoir".
  const ws = ELIDED_BEFORE_SPACE.test(src) ? "(?:\\s+|(?<=['’]))" : WS;
  let i = 0;
  const emitWord = (word: string, optionalLast: boolean): void => {
    if (word.endsWith('~') && word.length > 1) {
      const base = word.slice(0, -1).toLowerCase();
      const stems = new Set(langs.map((l) => stem(base, l)));
      const prefixes = [...stems].map((s) => commonPrefix(base, s));
      const prefix = prefixes.reduce((a, b) => (a.length <= b.length ? a : b));
      const body = [...prefix].map(escapeChar).join('') + '[\\p{L}\\p{M}]*';
      if (captureStems) {
        const group = `${groupPrefix}${stemChecks.length}`;
        stemChecks.push({ group, stems, langs });
        out.push(`(?<${group}>${body})`);
      } else {
        out.push(`(?:${body})`);
      }
      return;
    }
    const m = ELISION.exec(word);
    if (m) {
      out.push([...m[0].slice(0, -1)].map(escapeChar).join('') + "['’]\\s*");
      word = word.slice(m[0].length);
    }
    const atoms: string[] = [];
    for (let k = 0; k < word.length; k++) {
      if (word[k] === '\\' && k + 1 < word.length) atoms.push(escapeChar(word[++k]));
      else atoms.push(escapeChar(word[k]));
    }
    if (optionalLast && atoms.length) atoms.push(`(?:${atoms.pop()})?`);
    out.push(atoms.join(''));
  };
  while (i < src.length) {
    const c = src[i];
    if (SPACE.test(c)) {
      while (i < src.length && SPACE.test(src[i])) i++;
      out.push(ws);
      continue;
    }
    if (c === '(' || c === '[') {
      opens.push(out.length);
      out.push('(?:');
      i++;
      continue;
    }
    if (c === '|') {
      out.push('|');
      i++;
      continue;
    }
    if (c === ')' || c === ']') {
      const start = opens.pop();
      const optional = c === ']' || src[i + 1] === '?';
      i += c === ')' && optional ? 2 : 1;
      out.push(optional ? ')?' : ')');
      // "a (b)? c", "a (b)?" at the end, "(a (b)?)": the optional group carries its leading space,
      // so "a c" / "a" match (not when a word, group or gap is glued after it: "this (back )?(up|down)").
      if (optional && start !== undefined && start > 0 && out[start - 1] === ws && !GLUED_AFTER_GROUP.test(src[i] ?? '')) {
        const lead = out[start - 1];
        out.splice(start - 1, 1);
        out.splice(start - 1, 0, '(?:' + lead);
        out.push(')?');
        out.splice(out.length - 2, 1, ')');
      }
      continue;
    }
    if (c === '*' && (i === 0 || STAR_BEFORE.test(src[i - 1])) && (i + 1 >= src.length || STAR_AFTER.test(src[i + 1]))) {
      out.push(WORD);
      i++;
      continue;
    }
    const gap = c === '{' ? GAP.exec(src.slice(i, i + 5)) : null;
    if (gap) {
      const [n, m] = [Number(gap[1]), Number(gap[2])];
      i += gap[0].length;
      if (SPACE.test(src[i] ?? '')) {
        while (i < src.length && SPACE.test(src[i])) i++;
        out.push(`(?:${WORD}${WS}){${n},${m}}`);
      } else {
        if (out[out.length - 1] === ws) out.pop();
        out.push(`(?:${WS}${WORD}){${n},${m}}`);
      }
      continue;
    }
    let j = i;
    while (j < src.length && !SPACE.test(src[j]) && !SPECIAL.has(src[j]) && !(src[j] === '{' && GAP.test(src.slice(j, j + 5)))) {
      j += src[j] === '\\' ? 2 : 1;
    }
    if (j === i) {
      out.push(escapeChar(c)); // a lone "?" (after a space): literal
      i++;
      continue;
    }
    // "x?" makes the previous character optional (like a regex); "\?" is a literal question mark.
    const optionalLast = src[j] === '?';
    emitWord(src.slice(i, j), optionalLast);
    i = optionalLast ? j + 1 : j;
  }
  while (opens.length) {
    opens.pop();
    out.push(')');
  }
  return { source: out.join(''), stemChecks };
}
