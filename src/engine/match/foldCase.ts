/**
 * A one-code-unit case/space key for prefiltering: two characters a case-insensitive RegExp
 * (`i`, with or without `u`) can match to each other get the same key, and every `\s`
 * character becomes a space. Length-preserving, so offsets in the folded text are the text's.
 * A key may group more characters than the RegExp would (`ı` with `i`): the prefilter only
 * proposes positions, the rule's own RegExp decides.
 */
const SPACE = 32;
const WHITESPACE = /\s/;
const cache = new Map<number, number>();

function foldSlow(c: number): number {
  let k = cache.get(c);
  if (k !== undefined) return k;
  const s = String.fromCharCode(c);
  if (WHITESPACE.test(s)) k = SPACE;
  else {
    const upper = s.toUpperCase();
    const lower = (upper.length === 1 ? upper : s).toLowerCase();
    k = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  cache.set(c, k);
  return k;
}

/** The key of one UTF-16 code unit. */
export function foldUnit(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return (c >= 9 && c <= 13) ? SPACE : c;
  }
  return foldSlow(c);
}

/** The keys of a string's code units (same length as the text). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}
