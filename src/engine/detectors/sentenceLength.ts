import type { Detector } from './detectorTypes';
import { sentenceHit } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';

/** Each sentence longer than `max` words. */
export const sentenceLength: Detector = {
  name: 'sentence-length',
  kind: 'metric',
  defaults: { max: 30 },
  run(ctx, params) {
    const max = num(params, 'max', 30);
    return draftFeatures(ctx.view, ctx.lang).content(ctx.segments)
      .map((f) => f.s)
      .filter((s) => s.tokens.length > max)
      .map((s) => sentenceHit(s, { words: s.tokens.length, max }));
  },
};
