import type { Detector } from './detectorTypes';
import { trimmedSpan } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';
import { focusOf } from './sentenceFocus';

/** The draft opens with sentences about the sender. */
export const firstSentencesAboutSender: Detector = {
  name: 'first-sentences-about-sender',
  kind: 'metric',
  defaults: { first: 3, minSelf: 3 },
  run(ctx, params) {
    const first = num(params, 'first', 3);
    const minSelf = num(params, 'minSelf', 3);
    const opening = draftFeatures(ctx.view, ctx.lang).content(ctx.segments).slice(0, first);
    const selfOnes = opening.filter((f) => focusOf(f) === 'self');
    if (selfOnes.length < minSelf) return [];
    // Anchored on the first sentence: a span across paragraphs would squiggle blank lines in the editor.
    const a = trimmedSpan(opening[0].s);
    return [{ start: a.start, end: a.end, values: { self: selfOnes.length, first } }];
  },
};
