import type { Lang } from '../types';
import { phraseToRegex, type StemCheck } from './phraseToRegex';
import { stem } from './stemmers';

const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}_])';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}_])';

export interface PhraseHit {
  /** Index into the rules given to compilePhraseGroup. */
  rule: number;
  start: number;
  end: number;
}

interface RuleMatcher {
  sticky: RegExp;
  stemChecks: StemCheck[];
}

export interface PhraseMatcher {
  /** Number of rules in the alternation. */
  size: number;
  /** All hits in `text` (offsets + `offset`); hits of one rule may overlap (the caller dedupes). */
  match(text: string, offset: number): PhraseHit[];
}

/** Compiles one rule's phrases to a regex source; throws a readable error on bad syntax. */
export function compileRulePhrases(phrases: string[], langs: Lang[], groupPrefix: string, captureStems: boolean): { source: string; stemChecks: StemCheck[] } {
  const parts = phrases.map((p, i) => phraseToRegex(p, langs, `${groupPrefix}p${i}s`, captureStems));
  const source = parts.map((p) => p.source).join('|');
  new RegExp(source, 'iu'); // syntax check
  return { source, stemChecks: parts.flatMap((p) => p.stemChecks) };
}

function stemsAgree(m: RegExpExecArray, checks: StemCheck[]): boolean {
  for (const c of checks) {
    const word = m.groups?.[c.group];
    if (word === undefined) continue;
    if (!c.langs.some((l) => c.stems.has(stem(word, l)))) return false;
  }
  return true;
}

/**
 * ONE RegExp alternation for a group of phrase rules (one capture group per rule maps a match back
 * to its rule). At each match position every rule is re-tried with its own sticky regex so that
 * different rules matching at the same place are all reported, and `word~` stems are verified.
 */
export function compilePhraseGroup(rules: { phrases: string[] }[], langs: Lang[]): PhraseMatcher {
  const matchers: RuleMatcher[] = [];
  const sources: string[] = [];
  rules.forEach((r, i) => {
    const loose = compileRulePhrases(r.phrases, langs, `r${i}`, false);
    const exact = compileRulePhrases(r.phrases, langs, `r${i}`, true);
    sources.push(`(${loose.source})`);
    matchers.push({ sticky: new RegExp(`${BEFORE}(?:${exact.source})${AFTER}`, 'iuy'), stemChecks: exact.stemChecks });
  });
  const combined = new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'giu');
  const hasStems = matchers.map((m) => m.stemChecks.length > 0);

  const tryRule = (k: number, text: string, at: number): RegExpExecArray | null => {
    const re = matchers[k].sticky;
    re.lastIndex = at;
    const m = re.exec(text);
    return m && m[0].length > 0 && stemsAgree(m, matchers[k].stemChecks) ? m : null;
  };

  return {
    size: rules.length,
    match(text, offset) {
      const hits: PhraseHit[] = [];
      if (rules.length === 0) return hits;
      combined.lastIndex = 0;
      let prev = -1;
      for (let m = combined.exec(text); m; m = combined.exec(text)) {
        const at = m.index;
        if (at <= prev) {
          // lastIndex landed inside a surrogate pair and the engine stepped back: move past it.
          combined.lastIndex = prev + 2;
          continue;
        }
        prev = at;
        let first = 1;
        while (first < m.length && m[first] === undefined) first++;
        const firstRule = first - 1;
        // The first rule's match is exact unless it has stems to verify.
        if (m[0].length > 0 && !hasStems[firstRule]) hits.push({ rule: firstRule, start: offset + at, end: offset + at + m[0].length });
        else {
          const v = tryRule(firstRule, text, at);
          if (v) hits.push({ rule: firstRule, start: offset + at, end: offset + at + v[0].length });
        }
        for (let k = firstRule + 1; k < matchers.length; k++) {
          const v = tryRule(k, text, at);
          if (v) hits.push({ rule: k, start: offset + at, end: offset + at + v[0].length });
        }
        combined.lastIndex = at + 1;
      }
      return hits;
    },
  };
}
