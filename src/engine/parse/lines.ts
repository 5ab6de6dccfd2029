import type { Span } from '../types';

/** One document line. `end` excludes the line break; `next` is where the following line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/** Splits on `\n`, `\r\n` and lone `\r` (the line breaks VS Code counts), keeping exact offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // Only \n breaks: let indexOf find them.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    }
    lines.push({ start, end: n, next: n });
    return lines;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    } else if (c === 13) {
      const next = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: n, next: n });
  return lines;
}

/** Horizontal white space, including the French no-break spaces and the BOM. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x202f || c === 0xfeff ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x205f || c === 0x3000;
}

export function isSpaceOrBreak(c: number): boolean {
  return c === 10 || c === 13 || isSpace(c);
}

/** [start, end) without leading/trailing white space or line breaks; empty span at `start` when blank. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceOrBreak(text.charCodeAt(s))) s++;
  while (e > s && isSpaceOrBreak(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Binary search: index of the line holding `offset`. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
