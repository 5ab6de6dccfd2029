import type { Lang, LocalizedText } from '../types';

/** Picks the UI language, then the draft language, then whatever the text has. */
export function localize(text: LocalizedText | undefined, uiLang: Lang, draftLang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[uiLang] ?? text[draftLang] ?? text.en ?? text.fr;
}

/** Fills `{name}` placeholders from `values`; unknown names stay as written. */
export function fillValues(text: string | undefined, values: Record<string, string | number> | undefined): string | undefined {
  if (text === undefined || !values || !text.includes('{')) return text; // no placeholder: nothing to replace
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A text prepared for fillValues once (per rule and language pair) instead of a RegExp replace per
 * finding: the text itself when it holds no placeholder, else its pieces — literal, name, literal,
 * name, …, literal (names at odd indexes), found as `/\{(\w+)\}/g` finds them.
 */
export type PreparedText = string | string[] | undefined;

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; // \w

export function prepareText(text: string | undefined): PreparedText {
  if (typeof text !== 'string' || !text.includes('{')) return text;
  const pieces: string[] = [];
  let literal = 0;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i)) {
    let j = i + 1;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    if (j === i + 1 || text.charCodeAt(j) !== 125) { // not `{name}`: the scan moves on by one
      i++;
      continue;
    }
    pieces.push(text.slice(literal, i), text.slice(i + 1, j));
    literal = i = j + 1;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(literal));
  return pieces;
}

/** fillValues of the prepared text (values given). */
export function fillPrepared(text: PreparedText, values: Record<string, string | number>): string | undefined {
  if (!Array.isArray(text)) return text;
  let out = text[0];
  for (let i = 1; i < text.length; i += 2) {
    const name = text[i];
    out += (name in values ? String(values[name]) : `{${name}}`) + text[i + 1];
  }
  return out;
}
