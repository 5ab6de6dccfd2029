import type { Detector } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
import { num } from './paramValues';

export const QUESTION_END = /[?？][\s"»”’)\p{Extended_Pictographic}\u{FE0F}]*$/u;

/** More than `max` questions in one draft. */
export const questionCount: Detector = {
  name: 'question-count',
  kind: 'metric',
  defaults: { max: 2 },
  run(ctx, params) {
    const max = num(params, 'max', 2);
    const questions = contentSentences(ctx.view, ctx.segments).filter((s) => QUESTION_END.test(s.text));
    if (questions.length <= max) return [];
    return [{ ...trimmedSpan(questions[max]), values: { questions: questions.length, max } }];
  },
};
