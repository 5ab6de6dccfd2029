/**
 * A rep's voice, learned from their own past messages: pooled trait rates, sentence and word
 * length, greeting and sign-off habits, style-word rates, favourite words and phrases, and a few
 * short excerpts. Plain JSON (it can be cached or shown).
 */
import { RATE_FEATURES } from './voiceFeatures';
import { messageLines, TextStats, textStats } from './textStats';
import { COMMON_WORDS, FUNCTION_WORDS_EN, FUNCTION_WORDS_FR, STYLE_MARKERS } from './wordLists';

export interface RateSummary {
  count: number;
  base: number;
  /** Spread of the per-message rate across samples (0 with one sample). */
  sampleSd: number;
}

export interface VoiceProfile {
  samples: number;
  lang: 'en' | 'fr';
  rates: Record<string, RateSummary>;
  sentenceLength: { mean: number; sd: number };
  wordLength: { mean: number; sd: number };
  /** How many samples open/close with each form ("hi", "bonjour", "none"…). */
  greetings: Record<string, number>;
  signoffs: Record<string, number>;
  /** Counts of function words and style markers, over `totalWords`. */
  wordCounts: Record<string, number>;
  totalWords: number;
  /** Words the rep uses across several messages that are not everyday words. */
  favouriteWords: string[];
  favouritePhrases: string[];
  /** A few short lines in the rep's voice, for the prompt. */
  excerpts: string[];
}

export const PROFILE_WORDS: readonly string[] = [...new Set([...FUNCTION_WORDS_EN, ...FUNCTION_WORDS_FR, ...STYLE_MARKERS])];

function meanSd(xs: number[]): { mean: number; sd: number } {
  if (!xs.length) return { mean: 0, sd: 0 };
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean, sd: xs.length > 1 ? sd : 0 };
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Words/phrases found in at least two samples, ranked by how many samples use them. */
function favourites(all: TextStats[], n: number): string[] {
  const df = new Map<string, number>();
  for (const s of all) {
    const grams = new Set<string>();
    for (let i = 0; i + n <= s.tokens.length; i++) {
      const gram = s.tokens.slice(i, i + n);
      if (gram.some((t) => /\d/.test(t) || t.length < 2)) continue;
      if (n === 1 && COMMON_WORDS.has(gram[0]!)) continue;
      if (n > 1 && gram.every((t) => COMMON_WORDS.has(t))) continue;
      grams.add(gram.join(' '));
    }
    for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(all.length / 3));
  return [...df.entries()].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([g]) => g);
}

function excerptsOf(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const { lines } = messageLines(text);
    const body = lines.slice(1).find((l) => l.length >= 40 && l.length <= 220) ?? lines.find((l) => l.length >= 25);
    if (body && !out.includes(body.trim())) out.push(body.trim());
    if (out.length >= 3) break;
  }
  return out;
}

export function buildVoiceProfile(samples: string[]): VoiceProfile {
  const texts = samples.filter((t) => t.trim());
  const stats = texts.map(textStats);
  const rates: Record<string, RateSummary> = {};
  for (const f of RATE_FEATURES) {
    const perSample = stats.filter((s) => f.base(s) > 0).map((s) => f.count(s) / f.base(s));
    rates[f.id] = {
      count: stats.reduce((a, s) => a + f.count(s), 0),
      base: stats.reduce((a, s) => a + f.base(s), 0),
      sampleSd: meanSd(perSample).sd,
    };
  }
  // Within-message spread of sentence length, pooled over all sentences.
  const allLengths = stats.flatMap((s) => s.sentenceLengths);
  const wordCounts: Record<string, number> = {};
  const wanted = new Set(PROFILE_WORDS);
  for (const s of stats) for (const t of s.tokens) if (wanted.has(t)) wordCounts[t] = (wordCounts[t] ?? 0) + 1;
  const fr = rates['french']!;
  return {
    samples: texts.length,
    lang: fr.base > 0 && fr.count / fr.base > 0.5 ? 'fr' : 'en',
    rates,
    sentenceLength: meanSd(allLengths),
    wordLength: meanSd(stats.map((s) => s.wordLength)),
    greetings: tally(stats.map((s) => s.greeting)),
    signoffs: tally(stats.map((s) => s.signoff)),
    wordCounts,
    totalWords: stats.reduce((a, s) => a + s.tokens.length, 0),
    favouriteWords: favourites(stats, 1),
    favouritePhrases: favourites(stats, 3).concat(favourites(stats, 2)).slice(0, 6),
    excerpts: excerptsOf(texts),
  };
}
