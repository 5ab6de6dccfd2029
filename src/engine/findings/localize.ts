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
