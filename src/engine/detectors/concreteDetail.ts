import type { Lang } from '../types';
import type { Detector, DetectorHit } from './detectorTypes';
import type { DraftView, Token, ViewSentence } from '../draftView';
import { tokenize } from '../draftView';
import { contentSentences, trimmedSpan } from './bodySentences';
import { isTimeProposal, isTimeToken, notConcreteReason } from './notConcrete';
import { num, wordList } from './paramValues';
import { DEFAULT_IGNORE, sentenceSpecifics } from './sentenceSpecifics';

/** "companies like Dunmore Haulage", « les entreprises comme Berthier »: a template slot, not a fact. */
const SLOT_BEFORE = /(?:companies|businesses|teams|organi[sz]ations|firms|brands|leaders|entreprises|sociétés|structures|équipes|acteurs|marques)\s+(?:like|such as|comme|telles? que)\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){0,3}$/u;

/** Capitalised words of the greeting ("Hi Harriet," → harriet): the recipient's name is not a detail. */
function recipientNames(view: DraftView): Set<string> {
  const names = new Set<string>();
  const { draft } = view;
  for (const seg of draft.segments) {
    if (seg.kind !== 'greeting') continue;
    for (const t of tokenize(draft.text.slice(seg.start, seg.end), seg.start)) if (/^\p{Lu}/u.test(t.raw)) names.add(t.lower);
  }
  return names;
}

/** A name addressed to the reader at the end of a sentence: "Thanks for connecting, Harriet!". */
function isVocative(s: ViewSentence, t: Token): boolean {
  const before = s.text.slice(0, t.start - s.start);
  const after = s.text.slice(t.end - s.start);
  return /,\s*(?:\p{Lu}[\p{L}'’-]*\s+)?$/u.test(before) && /^(?:\s+\p{Lu}[\p{L}'’-]*)?[\s.!?…,:;)\p{Extended_Pictographic}\u200d\ufe0f]*$/u.test(after);
}

/** Detail tokens of a sentence: its specifics minus the reader's name, vocatives and template slots. */
function details(s: ViewSentence, view: DraftView, ignore: Set<string>, recipient: Set<string>, lang: Lang): Token[] {
  const { numbers, properNouns } = sentenceSpecifics(s, view.senderNames, ignore);
  const names = properNouns.filter((t) => !recipient.has(t.lower) && !isVocative(s, t) && !SLOT_BEFORE.test(s.text.slice(0, t.start - s.start)));
  const found = [...numbers, ...names];
  if (!isTimeProposal(s.text, lang, view)) return found;
  // In a time proposal, the weekday and the hour are the ask, not a fact about the reader.
  const next = new Map(s.tokens.map((t, i) => [t, s.tokens[i + 1]?.lower]));
  return found.filter((t) => !isTimeToken(t.lower, next.get(t)));
}

/**
 * Sentences holding numbers, dates, amounts or proper nouns that are not the sender's, the
 * reader's name or a template slot — unless the sentence is a benefit claim, a time proposal,
 * job-ad perks or a self-introduction to a segment (see notConcrete.ts).
 */
export const concreteDetail: Detector = {
  name: 'concrete-detail',
  kind: 'signal',
  defaults: { ignore: DEFAULT_IGNORE, minDetails: 1 },
  run(ctx, params) {
    const ignore = new Set(wordList(params, 'ignore', ctx.lang, DEFAULT_IGNORE));
    const minDetails = num(params, 'minDetails', 1);
    const recipient = recipientNames(ctx.view);
    const hits: DetectorHit[] = [];
    for (const s of contentSentences(ctx.view, ctx.segments)) {
      const found = details(s, ctx.view, ignore, recipient, ctx.lang);
      if (found.length < minDetails || notConcreteReason(s.text, ctx.lang, ctx.view)) continue;
      hits.push({ ...trimmedSpan(s), values: { details: found.length } });
    }
    return hits;
  },
};
