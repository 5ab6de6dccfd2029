import type { Detector, DetectorHit } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
import { num, wordList } from './paramValues';
import { DEFAULT_IGNORE, sentenceSpecifics } from './sentenceSpecifics';

/** Sentences holding numbers, dates, amounts or proper nouns that are not the sender's. */
export const concreteDetail: Detector = {
  name: 'concrete-detail',
  kind: 'signal',
  defaults: { ignore: DEFAULT_IGNORE, minDetails: 1 },
  run(ctx, params) {
    const ignore = new Set(wordList(params, 'ignore', ctx.lang, DEFAULT_IGNORE));
    const minDetails = num(params, 'minDetails', 1);
    const hits: DetectorHit[] = [];
    for (const s of contentSentences(ctx.view, ctx.segments)) {
      const { numbers, properNouns } = sentenceSpecifics(s, ctx.view.senderNames, ignore);
      const details = numbers.length + properNouns.length;
      if (details >= minDetails) hits.push({ ...trimmedSpan(s), values: { details } });
    }
    return hits;
  },
};
