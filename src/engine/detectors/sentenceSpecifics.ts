import type { Lang } from '../types';
import type { Token, ViewSentence } from '../draftView';
import { isBulletAt } from '../parse/sentences';

/** Capitalised words that say nothing about the recipient. */
export const DEFAULT_IGNORE: Record<Lang, string[]> = {
  en: ['i', 'linkedin', 'google', 'ai', 'b2b', 'saas', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'hr', 'crm', 'roi', 'mr', 'mrs', 'ms', 'dear', 'hi', 'hello', 'ps', 'p.s', 'ok'],
  fr: ['linkedin', 'google', 'ia', 'b2b', 'saas', 'pdg', 'dg', 'daf', 'drh', 'crm', 'roi', 'madame', 'monsieur', 'bonjour', 'ps', 'p.s', 'ok'],
};

/** Numbers that are only a time request (15 minutes, 20 min) carry nothing about the recipient. */
const TIME_ASK_UNIT = /^(minutes?|mins?|min|secondes?|seconds?)$/;

export interface Specifics {
  numbers: Token[];
  properNouns: Token[];
}

function isInTemplateDelimiters(text: string, t: Token, base: number): boolean {
  const before = text[t.start - base - 1] ?? '';
  const after = text[t.end - base] ?? '';
  return /[{[<%|]/.test(before) || /[}\]>%|]/.test(after);
}

/** Numbers and proper nouns of a sentence (not at its start, not the sender's, not ignored, not merge tags). */
export function sentenceSpecifics(s: ViewSentence, senderNames: Set<string>, ignore: Set<string>): Specifics {
  const numbers: Token[] = [];
  const properNouns: Token[] = [];
  const lead = s.text.length - s.text.trimStart().length;
  const listNumber = isBulletAt(s.text, lead, s.text.length) && /^\p{N}/u.test(s.text.slice(lead));
  s.tokens.forEach((t, i) => {
    if (isInTemplateDelimiters(s.text, t, s.start)) return;
    if (i === 0 && listNumber) return; // "1. " opening a list item
    if (/\p{N}/u.test(t.raw)) {
      const next = s.tokens[i + 1];
      if (!(next && TIME_ASK_UNIT.test(next.lower))) numbers.push(t);
      return;
    }
    if (i === 0 || !/^\p{Lu}/u.test(t.raw)) return;
    if (ignore.has(t.lower) || senderNames.has(t.lower)) return;
    const gap = s.text.slice(s.tokens[i - 1].end - s.start, t.start - s.start);
    if (/[.!?:;]\s*$|^\s*["«“(]?\s*$/.test(gap) && /[.!?:]/.test(gap)) return; // a new sentence inside the span
    if (/^\p{Lu}+$/u.test(t.raw) && t.raw.length > 1 && /^[A-Z_]+$/.test(t.raw) && /(FIRST|NAME|COMPANY|PRENOM|XXX)/.test(t.raw)) return;
    properNouns.push(t);
  });
  return { numbers, properNouns };
}
