/**
 * The rate traits a voice is compared on: each is a count over a base in one message
 * ("exclamation marks per sentence", "contracted share of contractable forms"), so a short message
 * weighs as little evidence as it is. Weights say how much each trait counts in the distance.
 */
import type { TextStats } from './textStats';

export interface RateFeature {
  id: string;
  /** binomial: a share (count ≤ base); poisson: a rate per unit of base. */
  kind: 'binomial' | 'poisson';
  count(s: TextStats): number;
  base(s: TextStats): number;
  weight: number;
}

const sentences = (s: TextStats) => s.sentenceLengths.length;
const words = (s: TextStats) => s.tokens.length;

export const RATE_FEATURES: readonly RateFeature[] = [
  { id: 'french', kind: 'binomial', count: (s) => s.frCues, base: (s) => s.frCues + s.enCues, weight: 4 },
  { id: 'tu', kind: 'binomial', count: (s) => s.tu, base: (s) => s.tu + s.vous, weight: 3 },
  { id: 'contractions', kind: 'binomial', count: (s) => s.contracted, base: (s) => s.contracted + s.uncontracted, weight: 2 },
  { id: 'neDropped', kind: 'binomial', count: (s) => s.neDropped, base: (s) => s.neDropped + s.neKept, weight: 1.5 },
  { id: 'lowerStarts', kind: 'binomial', count: (s) => s.lowerStarts, base: (s) => s.letterStarts, weight: 1.5 },
  { id: 'spacedMarks', kind: 'binomial', count: (s) => s.spacedMarks, base: (s) => s.spacedMarks + s.tightMarks, weight: 0.7 },
  { id: 'british', kind: 'binomial', count: (s) => s.british, base: (s) => s.british + s.american, weight: 1.5 },
  { id: 'exclamations', kind: 'poisson', count: (s) => s.exclamations, base: sentences, weight: 1.5 },
  { id: 'questions', kind: 'poisson', count: (s) => s.questions, base: sentences, weight: 0.7 },
  { id: 'ellipses', kind: 'poisson', count: (s) => s.ellipses, base: sentences, weight: 1 },
  { id: 'dashes', kind: 'poisson', count: (s) => s.dashes, base: sentences, weight: 1 },
  { id: 'semicolons', kind: 'poisson', count: (s) => s.semicolons, base: sentences, weight: 1 },
  { id: 'parentheses', kind: 'poisson', count: (s) => s.parentheses, base: sentences, weight: 0.8 },
  { id: 'emoji', kind: 'poisson', count: (s) => s.emoji, base: sentences, weight: 1.5 },
  { id: 'firstPerson', kind: 'poisson', count: (s) => s.tokens.filter((t) => t === 'i' || t === 'je' || t === 'j').length, base: words, weight: 0.7 },
];

/** Weights of the non-rate traits. */
export const WEIGHTS = { sentenceLength: 1.5, wordLength: 1, greeting: 1.5, signoff: 1.5, words: 2 } as const;
