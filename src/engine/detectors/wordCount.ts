import type { Detector } from './detectorTypes';
import { sentenceHit } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';

/** Coached body length in words (email: 50–125). */
export const wordCount: Detector = {
  name: 'word-count',
  kind: 'metric',
  defaults: { min: 50, max: 125 },
  run(ctx, params) {
    const min = num(params, 'min', 50);
    const max = num(params, 'max', 125);
    const sentences = draftFeatures(ctx.view, ctx.lang).content(ctx.segments);
    let words = 0;
    for (const f of sentences) words += f.s.tokens.length;
    if (words === 0) return [];
    const values = { words, min, max };
    if (words > max) {
      const last = sentences[sentences.length - 1].s.tokens;
      return [{ start: tokenAt(sentences, max)!.start, end: last[last.length - 1].end, values }];
    }
    if (words < min) return [sentenceHit(sentences[0].s, values)];
    return [];
  },
};

/** The `index`-th token of the sentences taken together (undefined when there is none, like `tokens[index]`). */
function tokenAt(sentences: { s: { tokens: { start: number }[] } }[], index: number): { start: number } | undefined {
  if (!Number.isInteger(index) || index < 0) return undefined;
  let rest = index;
  for (const f of sentences) {
    if (rest < f.s.tokens.length) return f.s.tokens[rest];
    rest -= f.s.tokens.length;
  }
  return undefined;
}
