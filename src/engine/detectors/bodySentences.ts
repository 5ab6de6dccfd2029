import type { SegmentKind } from '../types';
import type { DraftView, ViewSentence } from '../draftView';

/** Segments that carry the message itself (no greeting or sign-off). */
export const CONTENT_SEGMENTS: readonly SegmentKind[] = ['opener', 'body', 'ask', 'ps'];

/** The view's sentences in `segments` (the rule's filter, else CONTENT_SEGMENTS). */
export function contentSentences(view: DraftView, segments?: readonly SegmentKind[]): ViewSentence[] {
  const allowed = segments ?? CONTENT_SEGMENTS;
  return view.sentences.filter((s) => allowed.includes(s.segment) && s.tokens.length > 0);
}

/** Trimmed span of a sentence (no surrounding whitespace). */
export function trimmedSpan(s: ViewSentence): { start: number; end: number } {
  const lead = s.text.length - s.text.trimStart().length;
  const trail = s.text.length - s.text.trimEnd().length;
  return { start: s.start + lead, end: Math.max(s.start + lead, s.end - trail) };
}
