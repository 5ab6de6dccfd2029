import type { Detector } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
import { num } from './paramValues';
import { sentenceFocus } from './sentenceFocus';

/** Sender-subject sentences outnumber recipient-subject ones by more than `ratio`. */
export const selfFocus: Detector = {
  name: 'self-focus',
  kind: 'metric',
  defaults: { ratio: 2, minSelf: 3 },
  run(ctx, params) {
    const ratio = num(params, 'ratio', 2);
    const minSelf = num(params, 'minSelf', 3);
    const sentences = contentSentences(ctx.view, ctx.segments);
    const focus = sentences.map((s) => sentenceFocus(s.tokens, ctx.lang));
    const self = focus.filter((f) => f === 'self').length;
    const you = focus.filter((f) => f === 'you').length;
    if (self < minSelf || self <= ratio * you) return [];
    const first = sentences[focus.indexOf('self')];
    return [{ ...trimmedSpan(first), values: { self, you, ratio } }];
  },
};
