import { trimSpan, type Line } from './lines';

/** A line of a draft as the structure steps see it: trimmed bounds in the (masked) text. */
export interface LineView {
  /** Trimmed content bounds (document offsets). */
  start: number;
  end: number;
  blank: boolean;
  /** Trimmed content. */
  text: string;
  /** Starts with `>` (an email quote). */
  quote: boolean;
}

export function viewLines(masked: string, lines: readonly Line[], from: number, to: number): LineView[] {
  const out: LineView[] = [];
  for (let i = from; i < to; i++) {
    const { start, end } = trimSpan(masked, lines[i].start, lines[i].end);
    const text = masked.slice(start, end);
    out.push({ start, end, blank: start === end, text, quote: text.charCodeAt(0) === 62 });
  }
  return out;
}

/** Lines longer than this are never headers, greetings, sign-offs or signature lines. */
export const SHORT_LINE = 500;

/** Collapses tabs and no-break spaces to plain spaces (for matching short lines only). */
export function plainSpaces(text: string): string {
  return text.replace(/[\t\u00a0\u202f\u2009]/g, ' ');
}

/** A run of consecutive non-blank lines, as indexes into the views (inclusive). */
export interface Block {
  first: number;
  last: number;
}

/** Paragraphs of [from, to): runs of non-blank lines; a change between `>` and plain lines also splits. */
export function paragraphs(views: readonly LineView[], from: number, to: number): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  for (let i = from; i < to; i++) {
    const v = views[i];
    if (v.blank) {
      cur = undefined;
      continue;
    }
    if (cur && views[cur.last].quote === v.quote) cur.last = i;
    else out.push((cur = { first: i, last: i }));
  }
  return out;
}
