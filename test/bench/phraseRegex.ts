/**
 * The benchmark's lower bound: pack phrases turned into plain RegExp source, all joined in one
 * precompiled alternation. An approximation of the engine's phrase syntax (alternatives, optional
 * groups, `*`, `{n,m}` words, `word~` as a prefix, either apostrophe, any whitespace) — no
 * segments, no scoring, no stemming: just the scan.
 */
const WORD = "[\\p{L}\\p{N}'’-]+";
const SPACE = '[\\s\\u00A0\\u202F]+';

export function phraseToRegexSource(phrase: string): string {
  let out = '';
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    const rest = phrase.slice(i);
    const words = /^\{(\d+),(\d+)\}\s*/.exec(rest);
    if (c === '(' || c === '[') out += '(?:';
    else if (c === ')') out += ')';
    else if (c === ']') out += ')?';
    else if (c === '?' && (phrase[i - 1] === ')' || phrase[i - 1] === ']')) out += '?';
    else if (c === '|') out += '|';
    else if (c === '*') out += WORD;
    else if (words) {
      out += `(?:${WORD}${SPACE}){${words[1]},${words[2]}}`;
      i += words[0].length - 1;
    } else if (c === '~') out += '\\p{L}*';
    else if (c === "'" || c === '’') out += "['’]\\s?";
    else if (/\s/.test(c)) {
      out += SPACE;
      while (/\s/.test(phrase[i + 1] ?? '')) i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** One RegExp for all phrases (Unicode-aware word boundaries); phrases that do not convert are counted. */
export function phraseAlternation(phrases: string[]): { regex: RegExp; used: number; skipped: number } {
  const parts: string[] = [];
  let skipped = 0;
  for (const p of phrases) {
    const src = phraseToRegexSource(p);
    try {
      new RegExp(src, 'u');
      parts.push(src);
    } catch {
      skipped++;
    }
  }
  const body = parts.length ? parts.join('|') : '(?!)';
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'), used: parts.length, skipped };
}
