/**
 * The lower-cased characters a phrase can start with, or null when it may start with anything
 * (a gap, or syntax this quick scan does not follow). Used to re-try only plausible rules at a match.
 */
export function firstChars(phrase: string): Set<string> | null {
  const src = phrase.trim();
  if (!src || src[0] === '*' || src[0] === '{') return null;
  if (src[0] === '(' || src[0] === '[') {
    const close = src[0] === '(' ? ')' : ']';
    let depth = 0;
    let end = -1;
    const alts: string[] = [];
    let from = 1;
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') { i++; continue; }
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') {
        depth--;
        if (depth === 0) { alts.push(src.slice(from, i)); end = i; break; }
      } else if (c === '|' && depth === 1) { alts.push(src.slice(from, i)); from = i + 1; }
    }
    if (end < 0) return null;
    const optional = close === ']' || src[end + 1] === '?';
    const rest = src.slice(end + (src[end + 1] === '?' ? 2 : 1));
    const out = new Set<string>();
    for (const alt of optional || alts.some((a) => !a.trim()) ? [...alts, ''] : alts) {
      const sub = firstChars(alt.trim() ? alt + rest : rest);
      if (!sub) return null;
      sub.forEach((c) => out.add(c));
    }
    return out;
  }
  let c = src[0];
  if (c === '\\') c = src[1] ?? '';
  const out = new Set<string>([c.toLowerCase(), c.toUpperCase().toLowerCase()]);
  if (c === "'" || c === '’') out.add("'").add('’');
  if (src[1] === '?') {
    const sub = firstChars(src.slice(2));
    if (!sub) return null;
    sub.forEach((x) => out.add(x));
  }
  return out;
}
