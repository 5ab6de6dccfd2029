/**
 * The sender-name collection of the draft view as it was before the intro-word precheck (main
 * c48802d), kept as the specification the fast path is checked against.
 * If the behaviour is changed on purpose, change or delete this oracle with it.
 */
import type { Draft } from '../../../src/engine/types';
import type { ViewSentence } from '../../../src/engine/draftView';
import { referenceTokenize } from './referenceTokenize';

const SIGNOFF_WORDS = new Set(['best', 'regards', 'kind', 'warm', 'cheers', 'thanks', 'thank', 'you', 'sincerely', 'cordialement',
  'bien', 'à', 'vous', 'bonne', 'belle', 'journée', 'merci', 'au', 'plaisir', 'très', 'vite', 'salutations', 'amicalement', 'bises']);
const SENDER_INTRO = /(?:^|\s)(?:(?:here\s+)?at|from|chez)\s+(\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’\-]*)*)/gu;
const SELF_RE = /(?<![\p{L}])(?:i|we|our|my|je|j['’]|nous|notre|nos)(?![\p{L}])/iu;

export function referenceSenderNames(draft: Draft, sentences: readonly ViewSentence[]): Set<string> {
  const names = new Set<string>();
  for (const seg of draft.segments) {
    if (seg.kind !== 'signature' && seg.kind !== 'signoff') continue;
    for (const t of referenceTokenize(draft.text.slice(seg.start, seg.end), seg.start)) {
      if (/^\p{Lu}/u.test(t.raw) && !SIGNOFF_WORDS.has(t.lower)) names.add(t.lower);
    }
  }
  for (const s of sentences) {
    if (!s.tokens.some((t) => t.raw === 'at' || t.raw === 'from' || t.raw === 'chez') || !SELF_RE.test(s.text)) continue;
    SENDER_INTRO.lastIndex = 0;
    for (let m = SENDER_INTRO.exec(s.text); m; m = SENDER_INTRO.exec(s.text)) {
      for (const t of referenceTokenize(m[1])) names.add(t.lower);
    }
  }
  return names;
}
