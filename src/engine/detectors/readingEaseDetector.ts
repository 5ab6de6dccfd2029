import type { Detector } from './detectorTypes';
import { sentenceHit } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';
import { readingEase as ease } from './syllables';

/** Flesch (en) / Kandel–Moles (fr) reading ease below `min`. */
export const readingEase: Detector = {
  name: 'reading-ease',
  kind: 'metric',
  defaults: { min: 45, minWords: 40 },
  run(ctx, params) {
    const min = num(params, 'min', 45);
    const minWords = num(params, 'minWords', 40);
    const sentences = draftFeatures(ctx.view, ctx.lang).content(ctx.segments);
    let words = 0;
    for (const f of sentences) words += f.s.tokens.length;
    if (words < minWords) return [];
    let syllables = 0;
    for (const f of sentences) syllables += f.scan.syllables;
    const value = ease(ctx.lang, words, sentences.length, syllables);
    if (value >= min) return [];
    let longest = sentences[0];
    for (const f of sentences) if (f.s.tokens.length > longest.s.tokens.length) longest = f;
    return [sentenceHit(longest.s, { ease: Math.round(value), min })];
  },
};
