import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDraftView, type DraftView } from '../../../src/engine/draftView';
import { computeMetrics } from '../../../src/engine/metrics/computeMetrics';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import { contentSentences } from '../../../src/engine/detectors/bodySentences';
import { QUESTION_END } from '../../../src/engine/detectors/questionCount';
import { sentenceFocus } from '../../../src/engine/detectors/sentenceFocus';
import { countSyllables, readingEase } from '../../../src/engine/detectors/syllables';
import { DETECTORS } from '../../../src/engine/detectors';
import type { Lang } from '../../../src/engine/types';
import { trickyText } from '../reference/trickyText';

/** The per-token walk computeMetrics did before it read the sentence scans. */
function reference(view: DraftView): Record<string, number> {
  const lang = view.draft.lang;
  const sentences = contentSentences(view);
  let words = 0;
  let syllables = 0;
  let questions = 0;
  let selfSentences = 0;
  let youSentences = 0;
  for (const s of sentences) {
    words += s.tokens.length;
    for (const t of s.tokens) syllables += countSyllables(t.lower, lang);
    const focus = sentenceFocus(s.tokens, lang);
    if (focus === 'self') selfSentences++;
    else if (focus === 'you') youSentences++;
    if ((s.text.includes('?') || s.text.includes('？')) && QUESTION_END.test(s.text)) questions++;
  }
  return { words, sentences: sentences.length, questions, selfSentences, youSentences, readingEase: Math.round(readingEase(lang, words, sentences.length, syllables)) };
}

const sentencePieces = fc.array(fc.constantFrom(
  'We', 'I', 'our', 'you', 'your', 'vous', 'nous', "j'ai", 'On', "t'as", 'pourriez-vous', 'Dites-moi', 'l’équipe', 'cheese', 'queue', 'naïve',
  'ΑΣ', 'İstanbul', 'ſ', '😀', '𝐀bc', 'e\u0301té', 'créées', 'aiment', 'rhythm', 'the', 'faded', 'skated', 'able', '3pm', '2,5', '?', '？', '? "',
  '!', '.', ', ', ' ', '\u00a0', '\u202f', '\r\n', '\n\n', '’', "'",
), { maxLength: 40 }).map((a) => a.join(' '));

describe('metrics: computeMetrics reads the sentence scans', () => {
  const check = (text: string, lang: Lang, runDetectorsFirst: boolean): void => {
    for (const draft of parseDocument(text, { lang })) {
      const view = buildDraftView(draft);
      if (runDetectorsFirst) DETECTORS['reading-ease'].run({ view, lang: draft.lang, channel: draft.channel, premium: false }, DETECTORS['reading-ease'].defaults);
      const m = computeMetrics(view, draft.channel, false);
      const want = reference(view);
      for (const k of Object.keys(want)) assert.equal((m as unknown as Record<string, number>)[k], want[k], `${k} of ${JSON.stringify(text)}`);
    }
  };

  it('gives the counts the token walk gave (tricky text, both languages, scans shared or not)', () => {
    fc.assert(fc.property(trickyText, fc.constantFrom<Lang>('en', 'fr'), fc.boolean(), (t, lang, first) => check(t, lang, first)), { numRuns: 1500 });
  });

  it('gives the counts the token walk gave on sentence-like text (pronouns, elisions, sigma, dotted I, ?)', () => {
    fc.assert(fc.property(fc.array(sentencePieces, { minLength: 1, maxLength: 5 }), fc.constantFrom<Lang>('en', 'fr'), fc.boolean(),
      (parts, lang, first) => check(`Hi Sam,\n\n${parts.join('\n\n')}\n\nBest,\nAna`, lang, first)), { numRuns: 1500 });
  });
});
