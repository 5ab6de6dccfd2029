import { UNCOACHED_SEGMENTS } from '../engine/types';
import type { DraftAnalysis } from '../engine/types';

export interface MobilePreview {
  /** Subject line (email, InMail); undefined when the channel has none or it is missing. */
  subject?: string;
  /** What an inbox row or a phone notification shows of the message: its start, whitespace folded. */
  firstLine: string;
  /** True when `firstLine` was cut. */
  truncated: boolean;
}

/** About what a phone's inbox row or notification shows of a message body. */
export const PREVIEW_CHARS = 90;

/** Subject + the start of the message, as the recipient first sees it on a phone. */
export function mobilePreview(analysis: DraftAnalysis, max = PREVIEW_CHARS): MobilePreview {
  const { draft } = analysis;
  const coached = draft.segments.filter((s) => !UNCOACHED_SEGMENTS.includes(s.kind));
  const start = coached.length > 0 ? coached[0].start : draft.bodyStart;
  const end = coached.length > 0 ? coached[coached.length - 1].end : draft.end;
  const folded = draft.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const truncated = folded.length > max;
  const firstLine = truncated ? folded.slice(0, max - 1).replace(/\s+\S*$/, '') + '\u2026' : folded;
  const hasSubject = draft.channel === 'email' || draft.channel === 'inmail';
  return { subject: hasSubject ? draft.subject?.text?.trim() || undefined : undefined, firstLine, truncated };
}
