import type { Detector } from './detectorTypes';
import type { SentenceFeatures } from './draftFeatures';
import { sentenceHit } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';

export const QUESTION_END = /[?？][\s"»”’)\p{Extended_Pictographic}\u{FE0F}]*$/u;

/** The characters QUESTION_END lets follow the question mark, one code point at a time. */
const TAIL = /^[\s"»”’)\p{Extended_Pictographic}\u{FE0F}]$/u;

function isTail(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || cp === 34 || cp === 41;
  return TAIL.test(String.fromCodePoint(cp));
}

/** QUESTION_END.test(text), read backwards from the end: skip the allowed tail, then expect ? or ？. */
export function endsWithQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 63 || c === 0xff1f) return true;
    let cp = c;
    let size = 1;
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        cp = (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (!isTail(cp)) return false;
    i -= size;
  }
  return false;
}

/** Does the sentence end with a question mark (memoised on its features)? */
export function isQuestion(f: SentenceFeatures): boolean {
  return (f.question ??= endsWithQuestion(f.s.text));
}

/** More than `max` questions in one draft. */
export const questionCount: Detector = {
  name: 'question-count',
  kind: 'metric',
  defaults: { max: 2 },
  run(ctx, params) {
    const max = num(params, 'max', 2);
    const questions = draftFeatures(ctx.view, ctx.lang).content(ctx.segments).filter(isQuestion);
    if (questions.length <= max) return [];
    return [sentenceHit(questions[max].s, { questions: questions.length, max })];
  },
};
