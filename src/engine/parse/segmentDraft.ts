import type { Segment } from '../types';
import { sortShort } from '../sortShort';
import { bodySegments } from './bodySegments';
import { findClosing } from './closing';
import { greetingLength } from './greeting';
import { trimSpan, type Line } from './lines';
import { viewLines, type LineView } from './lineView';
import { findQuotedStart } from './quotedReply';
import type { DraftRegion } from './splitDrafts';
import { matchSubjectLine } from './subjectLine';

export interface DraftStructure {
  segments: Segment[];
  /** A `Subject:` line found in the text. */
  subjectLine?: { text: string; start: number; end: number };
}

function nextNonBlank(views: readonly LineView[], i: number): number {
  while (i < views.length && views[i].blank) i++;
  return i;
}

const byStartThenEnd = (a: Segment, b: Segment): number => a.start - b.start || a.end - b.end;

/** Segments of one draft region, sorted, non-overlapping, trimmed (comments are still inside; see parseDocument). */
export function segmentDraft(masked: string, lines: readonly Line[], region: DraftRegion): DraftStructure {
  const segments: Segment[] = [];
  const result: DraftStructure = { segments };
  const fm = region.frontMatter;
  if (fm) {
    const open = trimSpan(masked, lines[fm.firstLine].start, lines[fm.firstLine].end);
    const close = trimSpan(masked, lines[fm.lastLine].start, lines[fm.lastLine].end);
    segments.push({ kind: 'frontmatter', start: open.start, end: close.end });
  }
  const views = viewLines(masked, lines, region.bodyLine, region.endLine);
  let i = nextNonBlank(views, 0);
  const subject = i < views.length ? matchSubjectLine(views[i].text) : undefined;
  if (subject) {
    const start = views[i].start + subject.offset;
    result.subjectLine = { text: subject.text, start, end: start + subject.text.length };
    segments.push({ kind: 'subject', start: views[i].start, end: views[i].end });
    i = nextNonBlank(views, i + 1);
  }
  const quoted = findQuotedStart(views, i, views.length);
  const mainEnd = quoted >= 0 ? quoted : views.length;
  let bodyFrom = i;
  let firstStart = i < views.length ? views[i].start : 0;
  if (i < mainEnd) {
    const len = greetingLength(views[i].text);
    if (len > 0) {
      segments.push({ kind: 'greeting', start: views[i].start, end: views[i].start + len });
      const rest = trimSpan(masked, views[i].start + len, views[i].end);
      if (rest.end > rest.start) firstStart = rest.start;
      else bodyFrom = i + 1;
    }
  }
  const closing = findClosing(views, bodyFrom, mainEnd);
  for (const s of bodySegments(masked, views, bodyFrom, closing.bodyEnd, firstStart)) segments.push(s);
  for (const b of closing.blocks) segments.push({ kind: b.kind, start: views[b.first].start, end: views[b.last].end });
  if (quoted >= 0) {
    let last = views.length - 1;
    while (last > quoted && views[last].blank) last--;
    segments.push({ kind: 'quoted', start: views[quoted].start, end: views[last].end });
  }
  sortShort(segments, byStartThenEnd);
  return result;
}
