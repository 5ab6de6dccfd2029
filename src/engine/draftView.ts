import { UNCOACHED_SEGMENTS, type Draft, type SegmentKind, type Span } from './types';

export interface Token extends Span {
  /** Lower-cased text, apostrophes normalised to '. */
  lower: string;
  raw: string;
}

export interface ViewSentence extends Span {
  segment: SegmentKind;
  text: string;
  tokens: Token[];
}

/** A draft's coached content, tokenised once and shared by the detectors and the metrics. */
export interface DraftView {
  draft: Draft;
  /** Coached segments, in order (never subject/signature/quoted/frontmatter). */
  coached: { start: number; end: number; kind: SegmentKind }[];
  /** Sentences inside coached segments (clipped to their segment). */
  sentences: ViewSentence[];
  /** Lower-cased names that belong to the sender (signature block, sign-off name, "at Acme, we…"). */
  senderNames: Set<string>;
}

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’.\-](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, raw: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

export function isCoached(kind: SegmentKind): boolean {
  return !UNCOACHED_SEGMENTS.includes(kind);
}

const SIGNOFF_WORDS = new Set(['best', 'regards', 'kind', 'warm', 'cheers', 'thanks', 'thank', 'you', 'sincerely', 'cordialement',
  'bien', 'à', 'vous', 'bonne', 'belle', 'journée', 'merci', 'au', 'plaisir', 'très', 'vite', 'salutations', 'amicalement', 'bises']);
const SENDER_INTRO = /(?:^|\s)(?:(?:here\s+)?at|from|chez)\s+(\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’\-]*)*)/gu;
const SELF_RE = /(?<![\p{L}])(?:i|we|our|my|je|j['’]|nous|notre|nos)(?![\p{L}])/iu;

function collectSenderNames(draft: Draft, sentences: ViewSentence[]): Set<string> {
  const names = new Set<string>();
  for (const seg of draft.segments) {
    if (seg.kind !== 'signature' && seg.kind !== 'signoff') continue;
    for (const t of tokenize(draft.text.slice(seg.start, seg.end), seg.start)) {
      if (/^\p{Lu}/u.test(t.raw) && !SIGNOFF_WORDS.has(t.lower)) names.add(t.lower);
    }
  }
  for (const s of sentences) {
    if (!SELF_RE.test(s.text)) continue;
    SENDER_INTRO.lastIndex = 0;
    for (let m = SENDER_INTRO.exec(s.text); m; m = SENDER_INTRO.exec(s.text)) {
      for (const t of tokenize(m[1])) names.add(t.lower);
    }
  }
  return names;
}

export function buildDraftView(draft: Draft): DraftView {
  const coached = draft.segments.filter((s) => isCoached(s.kind)).map((s) => ({ start: s.start, end: s.end, kind: s.kind }));
  const sentences: ViewSentence[] = [];
  for (const s of draft.sentences) {
    const seg = draft.segments[s.segment];
    if (!seg || !isCoached(seg.kind)) continue;
    const start = Math.max(s.start, seg.start);
    const end = Math.min(s.end, seg.end);
    if (end <= start) continue;
    const text = draft.text.slice(start, end);
    sentences.push({ start, end, segment: seg.kind, text, tokens: tokenize(text, start) });
  }
  return { draft, coached, sentences, senderNames: collectSenderNames(draft, sentences) };
}
