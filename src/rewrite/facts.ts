/**
 * Facts a rewrite must keep: numbers, dates (months, weekdays), people's names, other proper nouns
 * (companies, places, products), URLs, emails and phone numbers. `compareFacts` says which facts of
 * the draft are missing from the rewrite and which facts of the rewrite are new (possibly invented).
 */
import { findContacts } from './contactPatterns';
import { Pseudonymizer } from './pseudonymize';

export type FactKind = 'number' | 'date' | 'person' | 'name' | 'url' | 'email' | 'phone';

export interface Fact {
  kind: FactKind;
  /** As written. */
  text: string;
  /** What is compared (normalised). */
  key: string;
}

const MONTHS: Record<string, string> = {
  jan: 'january', january: 'january', feb: 'february', february: 'february', mar: 'march', march: 'march', apr: 'april',
  april: 'april', may: 'may', jun: 'june', june: 'june', jul: 'july', july: 'july', aug: 'august', august: 'august',
  sep: 'september', sept: 'september', september: 'september', oct: 'october', october: 'october', nov: 'november',
  november: 'november', dec: 'december', december: 'december',
  janv: 'janvier', janvier: 'janvier', févr: 'février', février: 'février', mars: 'mars', avr: 'avril', avril: 'avril',
  mai: 'mai', juin: 'juin', juil: 'juillet', juillet: 'juillet', août: 'août', déc: 'décembre', décembre: 'décembre',
  octobre: 'octobre', novembre: 'novembre', septembre: 'septembre',
  monday: 'monday', tuesday: 'tuesday', wednesday: 'wednesday', thursday: 'thursday', friday: 'friday',
  saturday: 'saturday', sunday: 'sunday', lundi: 'lundi', mardi: 'mardi', mercredi: 'mercredi', jeudi: 'jeudi',
  vendredi: 'vendredi', samedi: 'samedi', dimanche: 'dimanche',
};
/** English month/day names: facts only when capitalised ("may" is a verb, "May" a month). */
const EN_DATES = new Set(Object.values(MONTHS).filter((v) => /^[a-z]+$/.test(v) && /(uary|ch|il|may|une|uly|ust|ber|day)$/.test(v)));
/** Capitalised words that are not facts (titles, pronouns, greeting and sign-off words). */
const NOT_PROPER = new Set(
  ('i mr mrs ms dr mme mlle m madame monsieur mesdames messieurs p.s ps hi hello hey dear bonjour salut ok re objet subject' +
    ' best cheers thanks regards cordialement merci').split(' '),
);
const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11',
  twelve: '12', fifteen: '15', twenty: '20', thirty: '30', fifty: '50', hundred: '100',
  deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9', dix: '10', onze: '11', douze: '12',
  quinze: '15', vingt: '20', trente: '30', cinquante: '50', cent: '100',
};

const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[ \u00A0\u202F,.]\d{3})*(?:[.,]\d+)?(?:\s?%|k\b|m\b|x\b|\s?[€$£])?/gu;
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

function numberKey(raw: string): string {
  let s = raw.replace(/\s/g, '').toLowerCase();
  const pct = s.endsWith('%');
  s = s.replace(/[%€$£kmx]$/u, '');
  // 1,200 / 1.200 / 1 200 → 1200 ; 3,5 → 3.5
  s = /^\d{1,3}([.,]\d{3})+$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.');
  return `${s}${pct ? '%' : ''}`;
}

function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (/[\s"“«(\[—–\-*•'’]/u.test(c)) {
      if (c === '\n') return true;
      continue;
    }
    return /[.!?…:;]/.test(c);
  }
  return true;
}

export function extractFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  const covered: Array<[number, number]> = [];
  const inCovered = (i: number) => covered.some(([s, e]) => i >= s && i < e);
  for (const h of findContacts(text)) {
    if (covered.some(([s, e]) => h.start < e && h.end > s)) continue;
    covered.push([h.start, h.end]);
    const raw = text.slice(h.start, h.end);
    const key = h.kind === 'PHONE' ? raw.replace(/\D/g, '') : raw.toLowerCase().replace(/\/$/, '');
    facts.push({ kind: h.kind.toLowerCase() as FactKind, text: raw, key });
  }
  for (const m of text.matchAll(NUMBER)) {
    if (inCovered(m.index!) || /⟦/.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    facts.push({ kind: 'number', text: m[0].trim(), key: numberKey(m[0]) });
  }
  const p = new Pseudonymizer();
  p.mask(text);
  const personWords = new Set<string>();
  for (const e of p.entries) {
    if (e.kind !== 'PERSON') continue;
    facts.push({ kind: 'person', text: e.original, key: e.original.toLowerCase() });
    for (const w of e.original.split(/\s+/)) personWords.add(w.toLowerCase());
  }
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/['’]s$/, '');
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (inCovered(m.index!)) continue;
    if (MONTHS[lower] && (/^\p{Lu}/u.test(w) || !EN_DATES.has(MONTHS[lower]!))) {
      facts.push({ kind: 'date', text: w, key: MONTHS[lower]! });
      continue;
    }
    if (NUMBER_WORDS[lower]) {
      facts.push({ kind: 'number', text: w, key: NUMBER_WORDS[lower]! });
      continue;
    }
    if (!/^\p{Lu}/u.test(w) || NOT_PROPER.has(lower) || personWords.has(lower)) continue;
    const marked = /\p{N}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w) || (w.length > 1 && w === w.toUpperCase());
    if (isSentenceStart(text, m.index!) && !marked) continue;
    facts.push({ kind: 'name', text: w, key: lower });
  }
  return dedupe(facts);
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.kind === 'person' || f.kind === 'name' ? 'n' : f.kind}:${f.key}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Is this fact present anywhere in `text` (however it is written there)? */
function presentIn(fact: Fact, text: string, facts: Fact[]): boolean {
  if (fact.kind === 'person' || fact.kind === 'name') {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(fact.key)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  }
  if (fact.kind === 'date') return facts.some((f) => f.kind === 'date' && f.key === fact.key);
  if (fact.kind === 'number') return facts.some((f) => f.kind === 'number' && f.key.replace('%', '') === fact.key.replace('%', ''));
  return facts.some((f) => f.kind === fact.kind && f.key === fact.key);
}

export function compareFacts(before: string, after: string): { missing: Fact[]; added: Fact[] } {
  const a = extractFacts(before);
  const b = extractFacts(after);
  return {
    missing: a.filter((f) => !presentIn(f, after, b)),
    added: b.filter((f) => !presentIn(f, before, a)),
  };
}
