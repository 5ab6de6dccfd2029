import type { Detector } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
import { num } from './paramValues';
import { countSyllables, readingEase as ease } from './syllables';

/** Flesch (en) / Kandel–Moles (fr) reading ease below `min`. */
export const readingEase: Detector = {
  name: 'reading-ease',
  kind: 'metric',
  defaults: { min: 45, minWords: 40 },
  run(ctx, params) {
    const min = num(params, 'min', 45);
    const minWords = num(params, 'minWords', 40);
    const sentences = contentSentences(ctx.view, ctx.segments);
    const tokens = sentences.flatMap((s) => s.tokens);
    if (tokens.length < minWords) return [];
    const syllables = tokens.reduce((n, t) => n + countSyllables(t.lower, ctx.lang), 0);
    const value = ease(ctx.lang, tokens.length, sentences.length, syllables);
    if (value >= min) return [];
    const longest = sentences.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a));
    return [{ ...trimmedSpan(longest), values: { ease: Math.round(value), min } }];
  },
};
