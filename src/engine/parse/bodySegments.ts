import type { Segment } from '../types';
import { sortShort } from '../sortShort';
import { trimSpan } from './lines';
import { paragraphs, type LineView } from './lineView';
import { splitSentences } from './sentences';
import { isPostScript } from './signature';

/** Words that make a paragraph a request even without a question mark (EN and FR). */
const REQUEST =
  /\b(?:let me know|would you|could you|can you|can we|are you|open to|worth a|happy to|feel free|if you'd like|if you want|if useful|if helpful|interested|up for|shall we|let's|please|no need to reply|would love|keen to|i can send|want me to|reply|pourriez|pourrions|seriez|auriez|accepteriez|dites-moi|faites-moi|dis-moi|fais-moi|n'hésitez|je vous propose|je te propose|si vous|si tu|si ça|si cela|merci de|je peux vous|je peux te|on peut|partant|volontiers|disponible|dispo)\b/i;
/** The ask is looked for in the last paragraphs only. */
const ASK_REACH = 3;

/** REQUEST with ['’] for each ': the same matches as REQUEST on the text with ’ turned into ' (same length, both non-word units). */
const REQUEST_ANY_APOSTROPHE = new RegExp(REQUEST.source.replaceAll("'", "['’]"), REQUEST.flags);

const byStart = (a: Segment, b: Segment): number => a.start - b.start;

/** A request: a question mark, or REQUEST on the text with ’ read as '. */
export function isRequest(text: string): boolean {
  return text.includes('?') || REQUEST_ANY_APOSTROPHE.test(text);
}

/**
 * Greeting-less body of lines [from, to): the opener (first sentence), the ask (the last
 * paragraph — or, in a one-paragraph note, the last sentence — holding a request or question),
 * P.S. paragraphs, mid-body `>` quotes, and body for the rest. `firstStart` moves the start of the
 * first line (text after an inline greeting).
 */
export function bodySegments(masked: string, views: readonly LineView[], from: number, to: number, firstStart: number): Segment[] {
  const out: Segment[] = [];
  const text: { start: number; end: number }[] = [];
  for (const p of paragraphs(views, from, to)) {
    const start = p.first === from ? Math.max(views[p.first].start, firstStart) : views[p.first].start;
    const span = trimSpan(masked, start, views[p.last].end);
    if (span.end <= span.start) continue;
    if (views[p.first].quote) out.push({ kind: 'quoted', start: span.start, end: span.end });
    else if (isPostScript(views[p.first].text)) out.push({ kind: 'ps', start: span.start, end: span.end });
    else text.push(span);
  }
  if (text.length === 0) return out;
  const first = text[0];
  const firstSentences = splitSentences(masked, first.start, first.end);
  const opener = firstSentences[0] ?? first;
  out.push({ kind: 'opener', start: opener.start, end: opener.end });
  let ask: { start: number; end: number } | undefined;
  for (let k = text.length - 1; k >= 1 && k >= text.length - ASK_REACH; k--) {
    if (isRequest(masked.slice(text[k].start, text[k].end))) {
      ask = text[k];
      break;
    }
  }
  const lastSentence = firstSentences[firstSentences.length - 1];
  let firstRestEnd = first.end;
  if (!ask && text.length === 1 && firstSentences.length >= 2 && isRequest(masked.slice(lastSentence.start, lastSentence.end))) {
    ask = lastSentence;
    firstRestEnd = lastSentence.start;
  }
  if (firstSentences.length >= 2) {
    const rest = trimSpan(masked, firstSentences[1].start, firstRestEnd);
    if (rest.end > rest.start) out.push({ kind: 'body', start: rest.start, end: rest.end });
  }
  for (const span of text.slice(1)) out.push({ kind: span === ask ? 'ask' : 'body', start: span.start, end: span.end });
  if (ask && text.length === 1) out.push({ kind: 'ask', start: ask.start, end: ask.end });
  sortShort(out, byStart);
  return mergeBody(out);
}

/** Adjacent body paragraphs become one body segment. */
function mergeBody(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'body' && s.kind === 'body') prev.end = s.end;
    else out.push({ kind: s.kind, start: s.start, end: s.end });
  }
  return out;
}
