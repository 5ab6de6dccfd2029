import type { Channel, DraftMetrics } from '../types';
import type { DraftView } from '../draftView';
import { contentSentences } from '../detectors/bodySentences';
import { QUESTION_END } from '../detectors/questionCount';
import { sentenceFocus } from '../detectors/sentenceFocus';
import { countSyllables, readingEase } from '../detectors/syllables';

const WORDS_PER_MINUTE = 230;

function characters(view: DraftView): number {
  const c = view.coached;
  if (!c.length) return 0;
  return [...view.draft.text.slice(c[0].start, c[c.length - 1].end).trim()].length;
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

/** Counts shown to the rep (score view, status): words, sentences, questions, focus, reading ease, channel fit. */
export function computeMetrics(view: DraftView, channel: Channel, premium: boolean): DraftMetrics {
  const lang = view.draft.lang;
  const sentences = contentSentences(view);
  const tokens = sentences.flatMap((s) => s.tokens);
  const focus = sentences.map((s) => sentenceFocus(s.tokens, lang));
  const syllables = tokens.reduce((n, t) => n + countSyllables(t.lower, lang), 0);
  const words = tokens.length;
  const chars = characters(view);
  return {
    words,
    characters: chars,
    sentences: sentences.length,
    questions: sentences.filter((s) => QUESTION_END.test(s.text)).length,
    selfSentences: focus.filter((f) => f === 'self').length,
    youSentences: focus.filter((f) => f === 'you').length,
    readingEase: Math.round(readingEase(lang, words, sentences.length, syllables)),
    readingTimeSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
    channelLimit: channelLimit(channel, premium, words, chars),
  };
}
