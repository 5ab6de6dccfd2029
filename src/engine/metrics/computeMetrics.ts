import type { Channel, DraftMetrics } from '../types';
import type { DraftView } from '../draftView';
import { isJsSpace } from '../language/charClass';
import { draftFeatures } from '../detectors/draftFeatures';
import { isQuestion } from '../detectors/questionCount';
import { readingEase } from '../detectors/syllables';

const WORDS_PER_MINUTE = 230;

/** Code points (as `[...s].length` counts them) of the coached text, from the first coached segment to the last, trimmed. */
function characters(view: DraftView): number {
  const c = view.coached;
  if (!c.length) return 0;
  const text = view.draft.text;
  let start = c[0].start;
  let end = Math.min(c[c.length - 1].end, text.length);
  if (end <= start) return 0;
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  let n = end - start;
  for (let k = start; k < end - 1; k++) {
    const h = text.charCodeAt(k);
    if (h >= 0xd800 && h <= 0xdbff) {
      const l = text.charCodeAt(k + 1);
      if (l >= 0xdc00 && l <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

function channelLimit(channel: Channel, premium: boolean, words: number, chars: number): DraftMetrics['channelLimit'] {
  switch (channel) {
    case 'email':
      return { unit: 'words', value: words, min: 50, max: 125, source: 'Boomerang email study: 50–125 words got the most replies' };
    case 'linkedin-connection':
      return { unit: 'characters', value: chars, max: premium ? 300 : 200, source: 'LinkedIn Help: connection request notes (200 characters, 300 with Premium)' };
    case 'inmail':
      return { unit: 'characters', value: chars, max: 2000, source: 'LinkedIn Help: InMail (subject 200, body 2,000 characters)' };
    case 'linkedin-message':
      return { unit: 'characters', value: chars, max: 8000, source: 'LinkedIn Help: messages (8,000 characters)' };
  }
}

/**
 * Counts shown to the rep (score view, status): words, sentences, questions, focus, reading ease, channel fit.
 * Read from the content sentences' features (draftFeatures.ts): syllables, focus and question ends come
 * from the token scan the detectors of this draft already ran (the answers countSyllables,
 * sentenceFocus and QUESTION_END give), so the tokens are not walked again.
 */
export function computeMetrics(view: DraftView, channel: Channel, premium: boolean): DraftMetrics {
  const lang = view.draft.lang;
  const sentences = draftFeatures(view, lang).content();
  let words = 0;
  let syllables = 0;
  let questions = 0;
  let selfSentences = 0;
  let youSentences = 0;
  for (let i = 0; i < sentences.length; i++) {
    const f = sentences[i];
    const scan = f.scan;
    words += f.s.tokens.length;
    syllables += scan.syllables;
    if (scan.focus === 'self') selfSentences++;
    else if (scan.focus === 'you') youSentences++;
    if (isQuestion(f)) questions++;
  }
  const chars = characters(view);
  return {
    words,
    characters: chars,
    sentences: sentences.length,
    questions,
    selfSentences,
    youSentences,
    readingEase: Math.round(readingEase(lang, words, sentences.length, syllables)),
    readingTimeSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
    channelLimit: channelLimit(channel, premium, words, chars),
  };
}
