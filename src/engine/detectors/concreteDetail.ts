import type { Detector, DetectorHit } from './detectorTypes';
import type { Token, ViewSentence } from '../draftView';
import { tokenize } from '../draftView';
import { sentenceHit } from './bodySentences';
import { draftFeatures, type DraftFeatures, type SentenceFeatures } from './draftFeatures';
import { isTimeProposal, isTimeToken, notConcreteReason } from './notConcrete';
import { num, wordSet } from './paramValues';
import { DEFAULT_IGNORE, sentenceSpecifics } from './sentenceSpecifics';
import { isUpper } from './wordAtoms';

/** "companies like Dunmore Haulage", « les entreprises comme Berthier »: a template slot, not a fact. */
const SLOT_BEFORE = /(?:companies|businesses|teams|organi[sz]ations|firms|brands|leaders|entreprises|sociétés|structures|équipes|acteurs|marques)\s+(?:like|such as|comme|telles? que)\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){0,3}$/u;

/** Capitalised words of the greeting ("Hi Harriet," → harriet): the recipient's name is not a detail. */
function recipientNames(features: DraftFeatures): Set<string> {
  if (features.recipientNames) return features.recipientNames;
  const names = new Set<string>();
  const { draft } = features.view;
  for (const seg of draft.segments) {
    if (seg.kind !== 'greeting') continue;
    for (const t of tokenize(draft.text.slice(seg.start, seg.end), seg.start)) if (isUpper(t.raw.codePointAt(0)!)) names.add(t.lower); // /^\p{Lu}/u
  }
  return (features.recipientNames = names);
}

/** A name addressed to the reader at the end of a sentence: "Thanks for connecting, Harriet!". */
function isVocative(s: ViewSentence, t: Token): boolean {
  const before = s.text.slice(0, t.start - s.start);
  const after = s.text.slice(t.end - s.start);
  return /,\s*(?:\p{Lu}[\p{L}'’-]*\s+)?$/u.test(before) && /^(?:\s+\p{Lu}[\p{L}'’-]*)?[\s.!?…,:;)\p{Extended_Pictographic}\u200d\ufe0f]*$/u.test(after);
}

/** How many detail tokens a sentence holds: its specifics minus the reader's name, vocatives and template slots. */
function detailCount(f: SentenceFeatures, features: DraftFeatures, ignore: Set<string>): number {
  const s = f.s;
  const { numbers, properNouns } = sentenceSpecifics(f, features.view.senderNames, ignore);
  if (numbers.length === 0 && properNouns.length === 0) return 0;
  let names: Token[] = properNouns;
  if (properNouns.length > 0) {
    const recipient = recipientNames(features);
    const comma = s.text.indexOf(',');
    const slot = f.scan.slotEnd; // SLOT_BEFORE spaces one of SLOT_WORDS (sentenceScan.ts) as a whole token
    names = properNouns.filter((t) => {
      const at = t.start - s.start;
      if (recipient.has(t.lower)) return false;
      if (comma >= 0 && comma < at && isVocative(s, t)) return false; // the vocative needs a comma before the name
      return !(slot >= 0 && slot < at && SLOT_BEFORE.test(s.text.slice(0, at)));
    });
  }
  if (!isTimeProposal(f, features.lang)) return numbers.length + names.length;
  // In a time proposal, the weekday and the hour are the ask, not a fact about the reader.
  const nextLower = (t: Token): string | undefined => s.tokens[s.tokens.indexOf(t) + 1]?.lower;
  let n = 0;
  for (const t of numbers) if (!isTimeToken(t.lower, nextLower(t))) n++;
  for (const t of names) if (!isTimeToken(t.lower, nextLower(t))) n++;
  return n;
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
    const ignore = wordSet(params, 'ignore', ctx.lang, DEFAULT_IGNORE);
    const minDetails = num(params, 'minDetails', 1);
    const features = draftFeatures(ctx.view, ctx.lang);
    const hits: DetectorHit[] = [];
    for (const f of features.content(ctx.segments)) {
      const found = detailCount(f, features, ignore);
      if (found < minDetails || notConcreteReason(f, ctx.lang)) continue;
      hits.push(sentenceHit(f.s, { details: found }));
    }
    return hits;
  },
};
