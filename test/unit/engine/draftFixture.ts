import type { Channel, Draft, Lang, Segment, SegmentKind, Sentence } from '../../../src/engine/types';

/**
 * Builds a Draft by hand (independent of the parser): `parts` are [segment kind, text] in order,
 * joined by blank lines; sentences split on . ! ? and line breaks.
 */
export function makeDraft(parts: [SegmentKind, string][], opts: { lang?: Lang; channel?: Channel; subject?: string } = {}): Draft {
  let text = '';
  const segments: Segment[] = [];
  parts.forEach(([kind, body], i) => {
    const sep = i < parts.length - 1 ? '\n\n' : '';
    segments.push({ kind, start: text.length, end: text.length + body.length + sep.length });
    text += body + sep;
  });
  const sentences: Sentence[] = [];
  segments.forEach((seg, si) => {
    const slice = text.slice(seg.start, seg.end);
    const re = /[^.!?\n]+[.!?]*/g;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].trim()) sentences.push({ start: seg.start + m.index, end: seg.start + m.index + m[0].length, segment: si });
    }
  });
  return {
    index: 0, text, start: 0, end: text.length, bodyStart: 0, frontMatter: { extra: {} },
    ...(opts.subject ? { subject: { text: opts.subject } } : {}),
    lang: opts.lang ?? 'en', langSource: 'option', langConfidence: 1,
    channel: opts.channel ?? 'email', channelSource: 'option', segments, sentences, suppressions: [],
  };
}
