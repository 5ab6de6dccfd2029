import type { Lang } from '../types';
import { isJsSpace } from '../language/charClass';
import type { SentenceFeatures } from './draftFeatures';
import { CUES, GATE_BITS, STATISTIC, SURE_SHIFT, type Cues, type GatedCue } from './notConcreteCues';
import { straightQuotes } from './wordAtoms';

/**
 * Sentences that hold numbers or names without being concrete detail about this recipient or
 * this offer: the sender's benefit claims, time proposals, job-ad perks and a company
 * self-introduction to a whole segment. Each test is a cue family, EN and FR (notConcreteCues.ts).
 * Answers are kept on the sentence's features (one per draft), so benefit-claim × forms and
 * concrete-detail share them, and a cue family's RegExp runs only when its gate atoms are present.
 */
export type NotConcreteReason = 'claim' | 'scheduling' | 'perks' | 'self-intro';

/** The literals of NUMERIC_CLAIM's digit-free branches (same flags): a cheap gate before it. */
const MULTIPLIER_WORD = /doubl|tripl|halve|divis/iu;

/** Percentages and multipliers: 30%, 3x, ×2, 2,5 fois, "double", « divisé par deux ». */
const NUMERIC_CLAIM = /\d\s?(?:%|x(?![\p{L}\p{N}])|×)|(?<![\p{L}])x\s?\d|\d+(?:[.,]\d+)?\s+fois(?![\p{L}])|(?<![\p{L}])(?:double[sd]?|triple[sd]?|halve[sd]?|doubl\p{L}*|tripl\p{L}*|divis\p{L}* par (?:deux|trois|\d+))(?![\p{L}])/iu;

const RANGE = /\d\s?[–-]\s?\d+\s?%/;
/** The families whose gate atoms the sentence holds, and (shifted) those a sure word settles (its token scan). */
function cueBits(f: SentenceFeatures): number {
  return f.scan.gates;
}

/** Does a sure word already tell the family matches (notConcreteCues.ts, SURE_SHIFT)? */
function sure(bits: number, family: GatedCue): boolean {
  return ((bits >> SURE_SHIFT) & GATE_BITS[family]) !== 0;
}

/** The sentence text as the cue families read it: ’ written ', no-break spaces as spaces. */
function cueText(f: SentenceFeatures): string {
  const text = straightQuotes(f.s.text);
  return text.includes('\u00a0') || text.includes('\u202f') ? text.replace(/[\u00a0\u202f]/g, ' ') : text;
}

/**
 * Can `selfIntro` (anchored at the first letter) match? Only if the first atom starts with one of
 * its opening words — or does not start with a-z (a digit or another script: then the RegExp decides).
 */
function selfIntroMayMatch(f: SentenceFeatures, c: Cues): boolean {
  const first = f.atoms[0];
  if (first === undefined) return false;
  const code = first.charCodeAt(0);
  if (code < 97 || code > 122 || f.s.text.includes('ſ')) return true;
  return c.selfIntroStarts.some((w) => first.startsWith(w));
}

/** Why a sentence with specifics is still not concrete detail, or undefined when it may be. */
export function notConcreteReason(f: SentenceFeatures, lang: Lang): NotConcreteReason | undefined {
  if (f.reason === undefined) f.reason = computeReason(f, lang) ?? null;
  return (f.reason as NotConcreteReason | null) ?? undefined;
}

const CLAIM_GATES = GATE_BITS.hedge | GATE_BITS.claimSubject;
const VISIT_GATES = GATE_BITS.visit | GATE_BITS.timeWord;

/** The cue tests; most sentences open no gate and cannot be a self-introduction, which settles it at once. */
function computeReason(f: SentenceFeatures, lang: Lang): NotConcreteReason | undefined {
  const bits = cueBits(f);
  const anyNumber = f.scan.digits; // /\d/.test(text)
  if ((bits & CLAIM_GATES) === 0 && (bits & VISIT_GATES) !== VISIT_GATES && (anyNumber || ((bits & GATE_BITS.perks) === 0 && !selfIntroMayMatch(f, CUES[lang])))) {
    return undefined; // every test below would be false
  }
  return testCues(f, lang, bits, anyNumber);
}

/** The cue tests, each run only when its answer can still change the result and its gate is open. */
function testCues(f: SentenceFeatures, lang: Lang, bits: number, anyNumber: boolean): NotConcreteReason | undefined {
  const c = CUES[lang];
  let text: string | undefined;
  const lower = (): string => (text ??= cueText(f));
  let pctSeen: boolean | undefined;
  let verbSeen: boolean | undefined;
  let weakSeen: boolean | undefined;
  const pct = (): boolean => (pctSeen ??= (anyNumber || MULTIPLIER_WORD.test(lower())) && NUMERIC_CLAIM.test(lower()));
  const verb = (): boolean => (verbSeen ??= c.claimVerb.test(lower()));
  const weak = (): boolean => (weakSeen ??= c.weakHedge.test(lower()));
  const subject = (bits & GATE_BITS.claimSubject) !== 0 && c.claimSubject.test(lower());
  if ((bits & GATE_BITS.hedge) !== 0 && (sure(bits, 'hedge') || c.hedge.test(lower())) && (anyNumber || pct()) && (pct() || subject || verb())) return 'claim';
  if (subject && (pct() || !anyNumber || weak()) && verb()) return 'claim';
  if (subject && pct() && weak() && !RANGE.test(lower())) return 'claim';
  if ((bits & VISIT_GATES) === VISIT_GATES && c.visit.test(lower()) && (sure(bits, 'timeWord') || c.timeWord.test(lower()))) return 'scheduling';
  if (!anyNumber && (bits & GATE_BITS.perks) !== 0 && (sure(bits, 'perks') || c.perks.test(lower()))) return 'perks';
  if (anyNumber || !selfIntroMayMatch(f, c)) return undefined;
  const trimmed = lower().replace(/^[^\p{L}]+/u, '');
  if (c.selfIntro.test(trimmed) && c.segment.test(lower()) && !c.numberWord.test(lower())) return 'self-intro';
  return undefined;
}

/** A sender benefit claim, and whether it is phrased as a segment statistic ("typically", « en moyenne »). */
export function claimForm(f: SentenceFeatures, lang: Lang): 'claim' | 'statistic' | undefined {
  if (notConcreteReason(f, lang) !== 'claim') return undefined;
  return STATISTIC[lang].test(straightQuotes(f.s.text)) ? 'statistic' : 'claim';
}

/** A sentence proposing a time ("Does tomorrow or Friday work?", « Jeudi 14 h, ça vous va ? »). */
export function isTimeProposal(f: SentenceFeatures, lang: Lang): boolean {
  if (f.timeProposal === undefined) {
    const c = CUES[lang];
    const bits = cueBits(f);
    let lower: string | undefined;
    const text = (): string => (lower ??= straightQuotes(f.s.text));
    const timeWord = sure(bits, 'timeWord') || ((bits & GATE_BITS.timeWord) !== 0 && c.timeWord.test(text()));
    f.timeProposal = timeWord && (endsWithMark(f.s.text) || sure(bits, 'scheduling') || ((bits & GATE_BITS.scheduling) !== 0 && c.scheduling.test(text())));
  }
  return f.timeProposal;
}

/** `/[?？]\s*$/.test(text.trim())`: the last character before trailing white space is ? or ？. */
export function endsWithMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isJsSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 63 || c === 0xff1f;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;
const CLOCK = /^\d{1,2}(?::\d{2}|h\d{0,2}|am|pm|st|nd|rd|th)?$/;
const CLOCK_UNIT = /^(?:am|pm|h|a\.m|p\.m)$/;

/** A weekday, a clock time or a day of the month: what a time proposal is made of. */
export function isTimeToken(lower: string, nextLower: string | undefined): boolean {
  if (WEEKDAY.test(lower)) return true;
  if (!CLOCK.test(lower)) return false;
  return /\D/.test(lower) || (nextLower !== undefined && CLOCK_UNIT.test(nextLower));
}
