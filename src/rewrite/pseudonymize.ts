/**
 * Replaces people's names, emails, phone numbers and URLs with stable placeholders (⟦PERSON_1⟧,
 * ⟦EMAIL_1⟧…) before anything is sent, and puts them back in the model's answer — also when the
 * model changed the brackets, spacing or case around a placeholder.
 */
import { FIRST_NAMES } from './firstNames';
import { findGreetings, findSignoffs } from './messageShape';
import { findContacts } from './contactPatterns';

import type { ContactKind } from './contactPatterns';

export type PseudonymKind = 'PERSON' | ContactKind;

export interface PseudonymEntry {
  placeholder: string;
  kind: PseudonymKind;
  original: string;
}

interface Hit {
  start: number;
  end: number;
  kind: PseudonymKind;
}

const L = '\\p{L}';
const NAME_WORD = `\\p{Lu}[${L}'’]*(?:-\\p{Lu}[${L}]+)?`;
const TITLE_NAME = new RegExp(`(?<![${L}])(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M|Madame|Monsieur|Maître|Me)\\.?[ \\u00A0]+(${NAME_WORD}(?:[ \\u00A0]+${NAME_WORD})?)`, 'gu');
const CAPITALISED_PAIR = new RegExp(`(?<![${L}])(${NAME_WORD})(?:[ \\u00A0]+(${NAME_WORD}))?(?![${L}])`, 'gu');
/** Words that follow a greeting but are not names ("Hi team", "Dear Hiring Manager", "Bonjour à tous"). */
const NOT_NAMES = new Set(
  ('there all team everyone folks guys sir madam hiring manager managers recruiter friends again ' +
    'tous toutes à l équipe madame monsieur mesdames messieurs cher chère chers collègue collègues ' +
    'je j nous vous tu on il elle the we you it this that p.s. ps')
    .split(' '),
);
const NOT_SURNAMES = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche I The And Et Le La Les')
    .split(' '),
);

/** The name at the start of a greeting/signature fragment: "Sarah", "Jean-Pierre Dupont", "Dr. Okafor". */
const LEADING_NAME = new RegExp(
  `^[ \\t\\u00A0—–-]*(?:(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M|Madame|Monsieur|Maître)\\.?[ \\u00A0]+)?(${NAME_WORD}(?:[ \\u00A0]+${NAME_WORD}){0,2})(?![${L}])`,
  'u',
);
function leadingName(fragment: string, offset: number, hits: Hit[]): void {
  const m = LEADING_NAME.exec(fragment);
  if (!m) return;
  const nameStart = m[0].length - m[1]!.length;
  const words = [...m[1]!.matchAll(/\S+/g)];
  while (words.length && (words[words.length - 1]![0].length < 2 || NOT_NAMES.has(words[words.length - 1]![0].toLowerCase()))) words.pop();
  if (!words.length || NOT_NAMES.has(words[0]![0].toLowerCase())) return;
  const last = words[words.length - 1]!;
  hits.push({ start: offset + nameStart, end: offset + nameStart + last.index! + last[0].length, kind: 'PERSON' });
}

function detect(text: string, knownNames: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  hits.push(...findContacts(text));
  for (const g of findGreetings(text)) leadingName(g.rest, g.restStart, hits);
  for (const s of findSignoffs(text)) {
    if (s.restStart >= 0 && s.rest.trim().split(/\s+/).length <= 6) leadingName(s.rest, s.restStart, hits);
  }
  for (const m of text.matchAll(TITLE_NAME)) {
    const start = m.index! + m[0].length - m[1]!.length;
    hits.push({ start, end: m.index! + m[0].length, kind: 'PERSON' });
  }
  for (const m of text.matchAll(CAPITALISED_PAIR)) {
    if (!FIRST_NAMES.has(m[1]!) && !FIRST_NAMES.has(m[1]!.split('-')[0]!)) continue;
    const withSurname = m[2] && !NOT_SURNAMES.has(m[2]);
    hits.push({ start: m.index!, end: m.index! + (withSurname ? m[0].length : m[1]!.length), kind: 'PERSON' });
  }
  for (const name of knownNames) {
    for (const part of [name, ...name.split(/\s+/)]) if (part.trim().length >= 2) literal(text, part.trim(), 'PERSON', hits);
  }
  return hits;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literal(text: string, original: string, kind: PseudonymKind, hits: Hit[]): void {
  const flags = kind === 'PERSON' ? 'gu' : 'giu';
  const re = new RegExp(`(?<![\\p{L}\\p{N}_@./])${escapeRe(original)}(?![\\p{L}\\p{N}_@])`, flags);
  for (const m of text.matchAll(re)) hits.push({ start: m.index!, end: m.index! + m[0].length, kind });
}

/** Keeps the first of overlapping hits, preferring earlier start, then the longer one. */
function resolve(hits: Hit[]): Hit[] {
  const kindRank: Record<PseudonymKind, number> = { EMAIL: 0, URL: 1, PHONE: 2, PERSON: 3 };
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end || kindRank[a.kind] - kindRank[b.kind]);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

const PLACEHOLDER_LOOSE = /[⟦[{【«]{1,2}\s*(PERSON|EMAIL|PHONE|URL)[\s_\-]*(\d+)\s*[⟧\]}】»]{1,2}|\b(PERSON|EMAIL|PHONE|URL)_(\d+)\b/giu;

export class Pseudonymizer {
  private readonly byKey = new Map<string, PseudonymEntry>();
  private readonly counters: Record<PseudonymKind, number> = { PERSON: 0, EMAIL: 0, PHONE: 0, URL: 0 };

  constructor(private readonly knownNames: readonly string[] = []) {}

  get entries(): PseudonymEntry[] {
    return [...this.byKey.values()];
  }

  /** Replaces every name/email/phone/URL in `text` (detected here or in earlier texts) by its placeholder. */
  mask(text: string): string {
    const found = resolve(detect(text, this.knownNames));
    for (const h of found) this.entryFor(h.kind, text.slice(h.start, h.end));
    const all: Hit[] = [...found];
    for (const e of this.byKey.values()) literal(text, e.original, e.kind, all);
    let out = '';
    let at = 0;
    for (const h of resolve(all)) {
      out += text.slice(at, h.start) + this.entryFor(h.kind, text.slice(h.start, h.end)).placeholder;
      at = h.end;
    }
    return out + text.slice(at);
  }

  /** Puts the originals back; `unknown` lists placeholders the model made up. */
  restore(text: string): { text: string; unknown: string[] } {
    const unknown: string[] = [];
    const byPlaceholder = new Map(this.entries.map((e) => [e.placeholder, e.original]));
    const out = text.replace(PLACEHOLDER_LOOSE, (whole, k1, n1, k2, n2) => {
      const placeholder = `⟦${String(k1 ?? k2).toUpperCase()}_${n1 ?? n2}⟧`;
      const original = byPlaceholder.get(placeholder);
      if (original === undefined) {
        unknown.push(whole);
        return whole;
      }
      return original;
    });
    return { text: out, unknown };
  }

  private entryFor(kind: PseudonymKind, original: string): PseudonymEntry {
    const key = `${kind}:${kind === 'PERSON' ? original : original.toLowerCase()}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { placeholder: `⟦${kind}_${++this.counters[kind]}⟧`, kind, original };
      this.byKey.set(key, entry);
    }
    return entry;
  }
}

/** Names given in front matter (`to: Sarah Chen` or `to:\n  name: Sarah Chen`). */
export function frontMatterNames(text: string): string[] {
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!fm) return [];
  const names: string[] = [];
  const inline = /^to:[ \t]*([^\n{]+?)[ \t]*$/m.exec(fm[1]!);
  if (inline && inline[1]!.trim()) names.push(inline[1]!.trim().replace(/^["']|["']$/g, ''));
  const nested = /^to:[ \t]*\r?\n((?:[ \t]+.*\r?\n?)*)/m.exec(fm[1]!);
  const name = nested && /^[ \t]+name:[ \t]*(.+?)[ \t]*$/m.exec(nested[1]!);
  if (name) names.push(name[1]!.replace(/^["']|["']$/g, ''));
  return names;
}
