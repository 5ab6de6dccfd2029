// INTERIM stand-in so the engine runs end to end before branch `parse` lands; `git merge parse`
// replaces this file (take theirs). One draft, greeting / body / sign-off / signature by simple cues.
import type { AnalyzeOptions, Draft, Segment, Sentence } from '../types';

const GREETING = /^(hi|hello|hey|dear|bonjour|salut|hello|madame|monsieur)\b[^\n]{0,60}$/i;
const SIGNOFF = /^(best|cheers|thanks|thank you|kind regards|regards|sincerely|cordialement|bien (cordialement|à vous)|merci|à bientôt|bonne journée)[^\n]{0,30}$/i;
const FR_WORDS = /(?<![\p{L}])(je|vous|nous|est|les|des|une|pour|avec|votre|bonjour|merci|et|à|que|qui|sur|dans|pas)(?![\p{L}])/giu;
const EN_WORDS = /(?<![\p{L}])(i|you|we|is|the|and|for|with|your|hi|thanks|to|of|that|on|in|not|are)(?![\p{L}])/giu;

export function parseDocument(text: string, options: AnalyzeOptions = {}): Draft[] {
  const segments: Segment[] = [];
  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, end: pos + line.length, text: line });
    pos += line.length + 1;
  }
  let signoffAt = -1;
  lines.forEach((l, i) => {
    if (signoffAt < 0 && i > 0 && SIGNOFF.test(l.text.trim())) signoffAt = i;
  });
  lines.forEach((l, i) => {
    const kind = i === 0 && GREETING.test(l.text.trim()) ? 'greeting' : signoffAt >= 0 && i === signoffAt ? 'signoff' : signoffAt >= 0 && i > signoffAt ? 'signature' : 'body';
    const end = i < lines.length - 1 ? l.end + 1 : l.end;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.end = end;
    else segments.push({ kind, start: l.start, end });
  });
  const sentences: Sentence[] = [];
  segments.forEach((seg, si) => {
    const re = /[^.!?\n]+(?:[.!?]+|$)/gmu;
    const slice = text.slice(seg.start, seg.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].trim()) sentences.push({ start: seg.start + m.index, end: seg.start + m.index + m[0].length, segment: si });
      if (m[0].length === 0) re.lastIndex++;
    }
  });
  const fr = (text.match(FR_WORDS) ?? []).length;
  const en = (text.match(EN_WORDS) ?? []).length;
  const lang = options.lang ?? (fr > en ? 'fr' : 'en');
  return [{
    index: 0, text, start: 0, end: text.length, bodyStart: 0, frontMatter: { extra: {} },
    ...(options.subject ? { subject: { text: options.subject } } : {}),
    lang, langSource: options.lang ? 'option' : 'detected', langConfidence: options.lang ? 1 : 0.5,
    channel: options.channel ?? 'email', channelSource: options.channel ? 'option' : 'default',
    segments, sentences, suppressions: [],
  }];
}
