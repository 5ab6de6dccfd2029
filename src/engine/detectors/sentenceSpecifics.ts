import type { Lang } from '../types';
import type { Token, ViewSentence } from '../draftView';
import type { SentenceFeatures } from './draftFeatures';
import { isBulletAt } from '../parse/sentences';
import { HAS_NUMBER, STARTS_UPPER } from './sentenceScan';

/** Capitalised words that say nothing about the recipient. */
export const DEFAULT_IGNORE: Record<Lang, string[]> = {
  en: ['i', 'linkedin', 'google', 'ai', 'b2b', 'saas', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'hr', 'crm', 'roi', 'mr', 'mrs', 'ms', 'dear', 'hi', 'hello', 'ps', 'p.s', 'ok'],
  fr: ['linkedin', 'google', 'ia', 'b2b', 'saas', 'pdg', 'dg', 'daf', 'drh', 'crm', 'roi', 'madame', 'monsieur', 'bonjour', 'ps', 'p.s', 'ok'],
};

/** Numbers that are only a time request (15 minutes, 20 min) carry nothing about the recipient. */
const TIME_ASK_UNIT = /^(minutes?|mins?|min|secondes?|seconds?)$/;

/** TIME_ASK_UNIT.test(word): every unit starts with m or s, so any other word is settled without it. */
export function isTimeAskUnit(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 109 || c === 115) && TIME_ASK_UNIT.test(word);
}

/** `[A-Z_]`: a placeholder-like token in capitals needs one at every position (checked at the second before its RegExps). */
const isCapsOrUnderscore = (c: number): boolean => (c >= 65 && c <= 90) || c === 95;

export interface Specifics {
  numbers: Token[];
  properNouns: Token[];
}

const NONE: Token[] = [];

/** A merge-tag delimiter right before ({ [ < % |) or right after (} ] > % |) the token. */
function isInTemplateDelimiters(text: string, t: Token, base: number): boolean {
  const b = text.charCodeAt(t.start - base - 1);
  const a = text.charCodeAt(t.end - base);
  return b === 123 || b === 91 || b === 60 || b === 37 || b === 124 || a === 125 || a === 93 || a === 62 || a === 37 || a === 124;
}

/**
 * Numbers and proper-noun candidates of a sentence (not at its start, not the sender's, not merge
 * tags), before any `ignore` list: computed once per draft and shared by concrete-detail and
 * genericity. Only tokens holding a number or starting with a capital can be either (scan flags).
 */
function candidates(f: SentenceFeatures, senderNames: Set<string>): void {
  const s: ViewSentence = f.s;
  let numbers: Token[] = NONE;
  let properNouns: Token[] = NONE;
  const tokens = s.tokens;
  for (const mark of f.scan.marks) {
    const i = mark >> 2;
    const flag = mark & 3;
    if (flag === STARTS_UPPER && i === 0) continue;
    const t = tokens[i];
    if (isInTemplateDelimiters(s.text, t, s.start)) continue;
    if (i === 0 && isListNumber(s.text)) continue; // "1. " opening a list item
    if (flag & HAS_NUMBER) {
      const next = tokens[i + 1];
      if (!(next && isTimeAskUnit(next.lower))) (numbers === NONE ? (numbers = []) : numbers).push(t);
      continue;
    }
    if (senderNames.has(t.lower)) continue;
    if (newSentenceBefore(s, tokens[i - 1].end - s.start, t.start - s.start)) continue; // a new sentence inside the span
    if (t.raw.length > 1 && isCapsOrUnderscore(t.raw.charCodeAt(1)) && /^[A-Z_]+$/.test(t.raw) && /^\p{Lu}+$/u.test(t.raw) && /(FIRST|NAME|COMPANY|PRENOM|XXX)/.test(t.raw)) continue;
    (properNouns === NONE ? (properNouns = []) : properNouns).push(t);
  }
  f.specifics = { numbers, properNouns };
}

/** Does the gap between two tokens end a sentence (a stop, then only an opening quote or bracket)? */
function newSentenceBefore(s: ViewSentence, from: number, to: number): boolean {
  let stop = false;
  for (let k = from; k < to && !stop; k++) {
    const c = s.text.charCodeAt(k);
    stop = c === 46 || c === 33 || c === 63 || c === 58; // . ! ? :
  }
  if (!stop) return false; // the RegExps below both need one
  const gap = s.text.slice(from, to);
  return /[.!?:;]\s*$|^\s*["«“(]?\s*$/.test(gap) && /[.!?:]/.test(gap);
}

function isListNumber(text: string): boolean {
  const lead = text.length - text.trimStart().length;
  return isBulletAt(text, lead, text.length) && /^\p{N}/u.test(text.slice(lead));
}

/** Numbers and proper nouns of a sentence (not at its start, not the sender's, not ignored, not merge tags). */
export function sentenceSpecifics(f: SentenceFeatures, senderNames: Set<string>, ignore: Set<string>): Specifics {
  if (f.specifics === undefined) candidates(f, senderNames);
  const all = f.specifics!;
  if (!all.properNouns.some((t) => ignore.has(t.lower))) return all;
  return { numbers: all.numbers, properNouns: all.properNouns.filter((t) => !ignore.has(t.lower)) };
}
