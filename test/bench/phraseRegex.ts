/**
 * The benchmark's lower bound: pack phrases turned into RegExp source, all joined in one
 * precompiled alternation. An approximation of the engine's phrase syntax (alternatives, optional
 * groups, `*`, `{n,m}` words, `word~` as a prefix, either apostrophe, any whitespace) — no
 * segments, no scoring, no stemming: just the scan. Two builds of the same phrases:
 *   - plain: flags `gi`, ASCII `\b` boundaries, `\w` words (what "one precompiled alternation"
 *     usually means; wrong next to accented letters, so a lower bound only);
 *   - unicode: flags `giu`, `\p{L}` words and Unicode lookbehind/lookahead boundaries (what a
 *     correct French scan needs, and what V8 runs far slower).
 */
interface Dialect { word: string; space: string; stem: string }
const UNICODE: Dialect = { word: "[\\p{L}\\p{N}'’-]+", space: '[\\s\\u00A0\\u202F]+', stem: '\\p{L}*' };
const PLAIN: Dialect = { word: "[\\w'’-]+", space: '\\s+', stem: '\\w*' };

export function phraseToRegexSource(phrase: string, dialect: Dialect = UNICODE): string {
  const { word: WORD, space: SPACE, stem: STEM } = dialect;
  let out = '';
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    const rest = phrase.slice(i);
    const words = /^\{(\d+),(\d+)\}\s*/.exec(rest);
    if (c === '(' || c === '[') out += '(?:';
    else if (c === ')') out += ')';
    else if (c === ']') out += ')?';
    else if (c === '?' && i > 0 && !/\s/.test(phrase[i - 1])) out += '?'; // `(a|b)?`, `,?`: optional
    else if (c === '|') out += '|';
    else if (c === '*') out += WORD;
    else if (words) {
      out += `(?:${WORD}${SPACE}){${words[1]},${words[2]}}`;
      i += words[0].length - 1;
    } else if (c === '~') out += STEM;
    else if (c === "'" || c === '’') out += "['’]\\s?";
    else if (/\s/.test(c)) {
      out += SPACE;
      while (/\s/.test(phrase[i + 1] ?? '')) i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** One RegExp for all phrases; phrases that do not convert are counted. */
export function phraseAlternation(phrases: string[], kind: 'plain' | 'unicode' = 'unicode'): { regex: RegExp; used: number; skipped: number } {
  const parts: string[] = [];
  let skipped = 0;
  const flags = kind === 'plain' ? 'gi' : 'giu';
  for (const p of phrases) {
    const src = phraseToRegexSource(p, kind === 'plain' ? PLAIN : UNICODE);
    try {
      new RegExp(src, flags);
      parts.push(src);
    } catch {
      skipped++;
    }
  }
  const body = parts.length ? parts.join('|') : '(?!)';
  const regex = kind === 'plain'
    ? new RegExp(`\\b(?:${body})\\b`, flags)
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
  return { regex, used: parts.length, skipped };
}
