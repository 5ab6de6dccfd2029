import type { SegmentKind } from '../types';
import type { DraftView, ViewSentence } from '../draftView';

/** Segments that carry the message itself (no greeting or sign-off). */
export const CONTENT_SEGMENTS: readonly SegmentKind[] = ['opener', 'body', 'ask', 'ps'];

/** The view's sentences in `segments` (the rule's filter, else CONTENT_SEGMENTS). */
export function contentSentences(view: DraftView, segments?: readonly SegmentKind[]): ViewSentence[] {
  const allowed = segments ?? CONTENT_SEGMENTS;
  return view.sentences.filter((s) => allowed.includes(s.segment) && s.tokens.length > 0);
}

/** Is the code unit white space as String.prototype.trim sees it (WhiteSpace and LineTerminator, like `\s`)? */
function isTrimSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/** Trimmed span of a sentence (no surrounding whitespace), as `trimStart`/`trimEnd` would cut it. */
export function trimmedSpan(s: ViewSentence): { start: number; end: number } {
  const text = s.text;
  let lead = 0;
  while (lead < text.length && isTrimSpace(text.charCodeAt(lead))) lead++;
  let end = text.length;
  while (end > lead && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return { start: s.start + lead, end: Math.max(s.start + lead, s.start + end) };
}

/** A detector hit on a sentence's trimmed span, with values for the rule's texts. */
export function sentenceHit(s: ViewSentence, values: Record<string, string | number>): { start: number; end: number; values: Record<string, string | number> } {
  const span = trimmedSpan(s);
  return { start: span.start, end: span.end, values };
}
