import type { Lang, SegmentKind } from '../types';
import type { DraftView, ViewSentence } from '../draftView';
import { CONTENT_SEGMENTS } from './bodySentences';
import { scanSentence, type SentenceScan } from './sentenceScan';
import { straightQuotes } from './wordAtoms';

/**
 * What the detectors learn about one coached sentence, each computed at most once per draft and
 * language however many rules ask (concrete-detail, genericity, benefit-claim × 2, self-focus…).
 * Fields are filled lazily by the module that owns each feature.
 */
export class SentenceFeatures {
  private scanned: SentenceScan | undefined;
  private lowerText: string | undefined;
  /** notConcrete.ts: the reason (null: none), and whether the sentence proposes a time. */
  reason: string | null | undefined;
  timeProposal: boolean | undefined;
  /** sentenceSpecifics.ts: numbers and proper-noun candidates (before any `ignore` list; shared, read-only). */
  specifics: { readonly numbers: ViewSentence['tokens']; readonly properNouns: ViewSentence['tokens'] } | undefined;
  /** questionCount.ts. */
  question: boolean | undefined;

  constructor(readonly s: ViewSentence, readonly lang: Lang) {}

  /** One pass over the tokens: atoms, syllables, gates, focus, number/capital marks (sentenceScan.ts). */
  get scan(): SentenceScan {
    return (this.scanned ??= scanSentence(this.s, this.lang));
  }

  /** Has the token scan run (a detector that only needs a little may read the tokens itself instead)? */
  get isScanned(): boolean {
    return this.scanned !== undefined;
  }

  /** Lower-cased letter/digit runs of the text (wordAtoms.ts). */
  get atoms(): string[] {
    return this.scan.atoms;
  }

  /** The text lower-cased with ’ written ' (what cue lists are matched against). */
  get lower(): string {
    return (this.lowerText ??= straightQuotes(this.s.text.toLowerCase()));
  }
}

/** One draft's sentence features, for one language. */
export class DraftFeatures {
  readonly sentences: SentenceFeatures[];
  private readonly bySegments = new Map<readonly SegmentKind[] | undefined, SentenceFeatures[]>();
  /** concreteDetail.ts: the reader's names from the greeting. */
  recipientNames: Set<string> | undefined;

  constructor(readonly view: DraftView, readonly lang: Lang) {
    this.sentences = view.sentences.map((s) => new SentenceFeatures(s, lang));
  }

  /** Sentences with words in `segments` (the rule's filter, else CONTENT_SEGMENTS), as contentSentences. */
  content(segments?: readonly SegmentKind[]): SentenceFeatures[] {
    let list = this.bySegments.get(segments);
    if (!list) {
      const allowed = segments ?? CONTENT_SEGMENTS;
      list = this.sentences.filter((f) => allowed.includes(f.s.segment) && f.s.tokens.length > 0);
      this.bySegments.set(segments, list);
    }
    return list;
  }
}

/**
 * The features of the draft view the detectors last read, for each language. All the rules of a
 * draft run one after the other on the same view, so one entry gives them the sharing; a new view
 * (the next draft, the next analysis) starts afresh. Keyed by identity, not text: nothing is
 * reused across analyses. (A WeakMap keyed by the view did the same but cost more than the
 * sharing saved: its entries for short-lived keys are expensive to collect.)
 */
let lastView: DraftView | undefined;
let lastFeatures: { en?: DraftFeatures; fr?: DraftFeatures } = {};

/** The features of a draft view (one object per view and language). */
export function draftFeatures(view: DraftView, lang: Lang): DraftFeatures {
  if (view !== lastView) {
    lastView = view;
    lastFeatures = {};
  }
  return (lastFeatures[lang] ??= new DraftFeatures(view, lang));
}
