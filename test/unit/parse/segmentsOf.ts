import { parseDocument } from '../../../src/engine/parse/parseDocument';
import type { AnalyzeOptions, Draft, SegmentKind } from '../../../src/engine/types';

/** [kind, text] of every segment of draft `index` — what the tests compare. */
export function segmentsOf(text: string, index = 0, options?: AnalyzeOptions): [SegmentKind, string][] {
  const draft = parseDocument(text, options)[index];
  return draft.segments.map((s) => [s.kind, text.slice(s.start, s.end)]);
}

/** Text of the first segment of a kind, or undefined. */
export function segmentText(draft: Draft, kind: SegmentKind): string | undefined {
  const s = draft.segments.find((x) => x.kind === kind);
  return s ? draft.text.slice(s.start, s.end) : undefined;
}
