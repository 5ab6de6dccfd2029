import type { Lang } from '../types';
import type { CompiledRule, RuleSet } from '../ruleSet';
import { regexPrefixes } from '../match/regexPrefixes';
import { PrefixIndex } from '../match/prefixIndex';

/** Folded characters of a pattern the index looks at (see compilePhrases). */
const PREFIX_LENGTH = 8;

/**
 * Built-in pattern rules of one language and segment filter, indexed by the prefixes their
 * matches start with. `indexed[k]` runs through the index with `sticky[k]` (same source and flags,
 * `y` instead of `g`); `scanned` rules have no usable prefix and keep a plain global scan.
 */
export interface PatternIndex {
  index: PrefixIndex;
  indexed: CompiledRule[];
  sticky: RegExp[];
  unicode: boolean[];
  scanned: CompiledRule[];
}

/** `(?<![…\p{L}…])` first, and no top-level `|` after it: the rule never matches right after a letter. */
const LEADING_LETTER_LOOKBEHIND = /^\(\?<!(?:\[(?:[^\]\\]|\\.)*\\p\{L\}(?:[^\]\\]|\\.)*\]|\\p\{L\})\)/;

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

function buildPatternIndex(rules: CompiledRule[]): PatternIndex {
  const out: PatternIndex = { index: new PrefixIndex([]), indexed: [], sticky: [], unicode: [], scanned: [] };
  const entries = [];
  for (const rule of rules) {
    const re = rule.pattern!;
    const prefixes = regexPrefixes(re.source, PREFIX_LENGTH);
    if (!prefixes) {
      out.scanned.push(rule);
      continue;
    }
    out.indexed.push(rule);
    out.sticky.push(new RegExp(re.source, re.flags.replace('g', 'y')));
    out.unicode.push(re.unicode);
    entries.push({ prefixes, wordStart: startsAfterNonLetter(re.source, re.flags) });
  }
  out.index = new PrefixIndex(entries);
  return out;
}

const cache = new WeakMap<RuleSet, Map<string, PatternIndex>>();

/** The index for built-in pattern rules of `lang` with this segment filter key (built once per RuleSet). */
export function patternIndexFor(ruleSet: RuleSet, lang: Lang, segmentsKey: string): PatternIndex {
  let byKey = cache.get(ruleSet);
  if (!byKey) cache.set(ruleSet, (byKey = new Map()));
  const key = `${lang}|${segmentsKey}`;
  let index = byKey.get(key);
  if (!index) {
    const rules = ruleSet.rules.filter((r) => r.def.kind === 'pattern' && r.pattern && r.builtin &&
      (r.packLang === lang || r.packLang === 'any') && (r.def.segments?.join(',') ?? '*') === segmentsKey);
    byKey.set(key, (index = buildPatternIndex(rules)));
  }
  return index;
}
