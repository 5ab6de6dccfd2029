import type { Detector } from './detectorTypes';
import { sentenceHit } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';
import { focusOf } from './sentenceFocus';

/** Sender-subject sentences outnumber recipient-subject ones by more than `ratio`. */
export const selfFocus: Detector = {
  name: 'self-focus',
  kind: 'metric',
  defaults: { ratio: 2, minSelf: 3 },
  run(ctx, params) {
    const ratio = num(params, 'ratio', 2);
    const minSelf = num(params, 'minSelf', 3);
    const sentences = draftFeatures(ctx.view, ctx.lang).content(ctx.segments);
    let self = 0;
    let you = 0;
    let first = -1;
    sentences.forEach((f, i) => {
      const focus = focusOf(f);
      if (focus === 'self' && self++ === 0) first = i;
      else if (focus === 'you') you++;
    });
    if (self < minSelf || self <= ratio * you) return [];
    return [sentenceHit(sentences[first].s, { self, you, ratio })];
  },
};
