import type { Span } from '../types';

/** Longest piece of text one regex exec sees (long lines are cut at whitespace near this size). */
export const PATTERN_CHUNK = 1000;

/**
 * The ranges cut into chunks of at most PATTERN_CHUNK characters, at a line break when there is one
 * (else at a space), so one exec never sees unbounded input. Patterns get the `m` flag, so `^`/`$`
 * still mean line start/end inside a chunk. Ranges short enough come back as they are (the same array).
 */
export function patternChunks(text: string, ranges: Span[]): Span[] {
  if (ranges.every((r) => r.end - r.start <= PATTERN_CHUNK)) return ranges; // nothing to cut (the usual case)
  const chunks: Span[] = [];
  for (const r of ranges) {
    let start = r.start;
    while (start < r.end) {
      let end = Math.min(r.end, start + PATTERN_CHUNK);
      if (end < r.end) {
        // Search within the chunk only (lastIndexOf on the whole text would rescan a 1 MB line each time).
        const window = text.slice(start, end);
        const nl = window.lastIndexOf('\n');
        const ws = window.lastIndexOf(' ');
        if (nl > PATTERN_CHUNK / 4) end = start + nl + 1;
        else if (ws > PATTERN_CHUNK / 2) end = start + ws;
      }
      chunks.push({ start, end });
      start = end;
    }
  }
  return chunks;
}
