import type { Lang } from '../types';
import { phraseToRegex, type StemCheck } from './phraseToRegex';
import { sameStem } from './stemmers';
import { regexPrefixes } from './regexPrefixes';
import { PrefixIndex, type IndexedRule } from './prefixIndex';

/** Folded characters of a phrase the index looks at (more = fewer rules tried per word: 4 → 8 took
 * the bench from ~281 to ~92 sticky execs per message; 12 costs ~200 ms more RuleSet build). */
const PREFIX_LENGTH = 8;

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

/** Compiles one rule's phrases to a regex source (checked when the group regex is built). */
export function compileRulePhrases(phrases: string[], langs: Lang[], groupPrefix: string, captureStems: boolean): { source: string; stemChecks: StemCheck[] } {
  const parts = phrases.map((p, i) => phraseToRegex(p, langs, `${groupPrefix}p${i}s`, captureStems));
  const source = parts.map((p) => p.source).join('|');
  return { source, stemChecks: parts.flatMap((p) => p.stemChecks) };
}

function stemsAgree(m: RegExpExecArray, checks: StemCheck[]): boolean {
  for (const c of checks) {
    const word = m.groups?.[c.group];
    if (word === undefined) continue;
    if (!c.langs.some((l) => sameStem(word, c.stems, l))) return false;
  }
  return true;
}

/** True for the low half of a surrogate pair (a unicode RegExp never starts a match there). */
export function insidePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}

/**
 * A group of phrase rules. Each rule has its own sticky RegExp (`word~` stems verified on the
 * match); a PrefixIndex of the phrases' first characters (folded case, any whitespace) proposes
 * the rules worth trying at each word start, so a text is walked once whatever the number of
 * rules — instead of one big alternation whose every branch V8 would re-try at every position.
 */
export function compilePhraseGroup(rules: { phrases: string[] }[], langs: Lang[]): PhraseMatcher {
  const matchers: RuleMatcher[] = [];
  const indexed: IndexedRule[] = [];
  rules.forEach((r, i) => {
    const exact = compileRulePhrases(r.phrases, langs, `r${i}`, true);
    matchers.push({ sticky: new RegExp(`${BEFORE}(?:${exact.source})${AFTER}`, 'iuy'), stemChecks: exact.stemChecks });
    indexed.push({ prefixes: regexPrefixes(exact.source, PREFIX_LENGTH), wordStart: true });
  });
  const index = new PrefixIndex(indexed);

  return {
    size: rules.length,
    match(text, offset) {
      const hits: PhraseHit[] = [];
      if (rules.length === 0) return hits;
      index.scan(text, (k, at) => {
        if (insidePair(text, at)) return;
        const { sticky, stemChecks } = matchers[k];
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m && m.index === at && m[0].length > 0 && stemsAgree(m, stemChecks)) hits.push({ rule: k, start: offset + at, end: offset + at + m[0].length });
      });
      return hits;
    },
  };
}
