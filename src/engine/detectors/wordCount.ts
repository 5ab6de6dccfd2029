import type { Detector } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
import { num } from './paramValues';

/** Coached body length in words (email: 50–125). */
export const wordCount: Detector = {
  name: 'word-count',
  kind: 'metric',
  defaults: { min: 50, max: 125 },
  run(ctx, params) {
    const min = num(params, 'min', 50);
    const max = num(params, 'max', 125);
    const sentences = contentSentences(ctx.view, ctx.segments);
    const tokens = sentences.flatMap((s) => s.tokens);
    const words = tokens.length;
    if (words === 0) return [];
    const values = { words, min, max };
    if (words > max) return [{ start: tokens[max].start, end: tokens[words - 1].end, values }];
    if (words < min) return [{ ...trimmedSpan(sentences[0]), values }];
    return [];
  },
};
