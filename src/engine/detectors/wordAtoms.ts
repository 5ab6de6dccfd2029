import type { Token } from '../draftView';

/**
 * "Atoms": the maximal runs of letters and digits (`[\p{L}\p{N}]+`) of a lower-cased text, in
 * order. Cue lists and the not-concrete cue families are bounded by `(?<![\p{L}\p{N}])` and
 * `(?![\p{L}\p{N}])`, so a whole-word cue can only match where an atom equals it: one Set
 * lookup per atom tells a sentence has nothing to find without running any RegExp.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const classCache = new Map<number, boolean>();

/** Is the code point a letter or a number (`[\p{L}\p{N}]`)? ASCII inline, the rest cached. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let v = classCache.get(cp);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (classCache.size > 4096) classCache.clear();
    classCache.set(cp, v);
  }
  return v;
}

/** Appends the atoms of `text` (already lower-cased) to `out`; a text that is one atom is pushed as is. */
export function pushAtoms(text: string, out: string[]): string[] {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 ? c > 122 : c < 48 || c > 57) break;
  }
  if (i === n) {
    if (n > 0) out.push(text); // the common case: a word of a-z and 0-9
    return out;
  }
  let start = 0;
  for (i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let size = 1;
    let ln: boolean;
    if (c < 128) ln = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) size = 2;
      ln = isLetterOrDigit(cp);
    }
    if (!ln) {
      if (i > start) out.push(text.slice(start, i));
      start = i + size;
    }
    i += size;
  }
  if (start < n) out.push(start === 0 ? text : text.slice(start));
  return out;
}

/**
 * The atoms of a sentence, from its tokens (which hold every letter and digit of the text, each
 * token bounded by non-letters). Lower-casing token by token equals lower-casing the whole text
 * except for the Greek final sigma (context-dependent), so a text with `Σ` is split whole.
 */
export function sentenceAtoms(text: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  if (text.includes('Σ')) return pushAtoms(text.toLowerCase(), out);
  for (let k = 0; k < tokens.length; k++) pushAtoms(tokens[k].lower, out);
  return out;
}
