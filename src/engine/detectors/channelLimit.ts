import type { Detector, DetectorHit } from './detectorTypes';
import type { DraftView } from '../draftView';
import { num } from './paramValues';
import { tokenize } from '../draftView';

/** Coached range of the message as the recipient counts it: first to last coached character, trimmed. */
function messageRange(view: DraftView): { start: number; end: number } | undefined {
  if (view.coached.length === 0) return undefined;
  const text = view.draft.text;
  let start = view.coached[0].start;
  let end = view.coached[view.coached.length - 1].end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** Characters as LinkedIn counts them (code points, not UTF-16 units); returns the offset after `max` of them. */
function overflow(text: string, start: number, end: number, max: number): { count: number; cut?: number } {
  let count = 0;
  let cut: number | undefined;
  for (let i = start; i < end; ) {
    if (count === max) cut = i;
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    count++;
  }
  return { count, cut };
}

function checksOf(params: Record<string, unknown>): string[] {
  const all = ['connection', 'inmailSubject', 'inmailBody', 'emailSubject'];
  return Array.isArray(params.checks) ? params.checks.filter((c): c is string => typeof c === 'string') : all;
}

/** Channel limits: LinkedIn connection note, InMail subject/body, email subject words. */
export const channelLimit: Detector = {
  name: 'channel-limit',
  kind: 'channel',
  defaults: { connection: 200, connectionPremium: 300, inmailSubject: 200, inmailBody: 2000, emailSubjectMin: 3, emailSubjectMax: 4, checks: ['connection', 'inmailSubject', 'inmailBody', 'emailSubject'] },
  run(ctx, params) {
    const { view, channel } = ctx;
    const checks = checksOf(params);
    const hits: DetectorHit[] = [];
    const draft = view.draft;
    const subject = draft.subject;
    const subjectSpan = (): { start: number; end: number } | undefined => {
      if (subject?.start !== undefined && subject.end !== undefined) return { start: subject.start, end: subject.end };
      const r = messageRange(view);
      return r && { start: r.start, end: Math.min(r.end, r.start + 1) };
    };
    const body = messageRange(view);
    const bodyLimit = (max: number): void => {
      if (!body) return;
      const o = overflow(draft.text, body.start, body.end, max);
      if (o.cut !== undefined) hits.push({ start: o.cut, end: body.end, values: { count: o.count, max, unit: 'characters' } });
    };
    if (channel === 'linkedin-connection' && checks.includes('connection')) {
      bodyLimit(ctx.premium ? num(params, 'connectionPremium', 300) : num(params, 'connection', 200));
    }
    if (channel === 'inmail') {
      if (checks.includes('inmailBody')) bodyLimit(num(params, 'inmailBody', 2000));
      const max = num(params, 'inmailSubject', 200);
      const span = subjectSpan();
      if (checks.includes('inmailSubject') && subject && span && [...subject.text].length > max) {
        hits.push({ ...span, values: { count: [...subject.text].length, max, unit: 'characters' } });
      }
    }
    if (channel === 'email' && checks.includes('emailSubject') && subject && subject.text.trim()) {
      const min = num(params, 'emailSubjectMin', 3);
      const max = num(params, 'emailSubjectMax', 4);
      const words = tokenize(subject.text.replace(/^\s*(re|fwd?|tr)\s*:\s*/i, '')).length;
      const span = subjectSpan();
      if (span && (words < min || words > max)) hits.push({ ...span, values: { count: words, min, max, unit: 'words' } });
    }
    return hits;
  },
};
