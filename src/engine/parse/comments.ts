import type { Span } from '../types';

/** HTML comments `<!-- … -->` (unterminated ones are plain text). Linear scan with indexOf. */
export function findComments(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out.push({ start: open, end: close + 3 });
    from = close + 3;
  }
  return out;
}

/**
 * The text with every span blanked to spaces (line breaks kept), same length, so that
 * structure detection ignores comments while offsets stay those of the document.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start));
    parts.push(text.slice(s.start, s.end).replace(/[^\r\n]/g, ' '));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Removes `cuts` from sorted, non-overlapping `spans` (both sorted), splitting spans a cut falls inside. */
export function subtractSpans<T extends Span>(spans: readonly T[], cuts: readonly Span[]): T[] {
  if (cuts.length === 0) return spans.slice();
  const out: T[] = [];
  let c = 0;
  for (const span of spans) {
    let start = span.start;
    while (c < cuts.length && cuts[c].end <= start) c++;
    let k = c;
    while (k < cuts.length && cuts[k].start < span.end) {
      if (cuts[k].start > start) out.push({ ...span, start, end: cuts[k].start });
      start = Math.max(start, cuts[k].end);
      k++;
    }
    if (start < span.end) out.push({ ...span, start, end: span.end });
  }
  return out;
}
