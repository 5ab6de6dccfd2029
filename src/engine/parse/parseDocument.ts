import { detectLanguage, detectLanguageOf, type TextRange } from '../language/detectLanguage';
import {
  UNCOACHED_SEGMENTS, type AnalyzeOptions, type Draft, type Lang, type Segment, type SegmentKind, type Sentence, type Span,
  type Suppression, type ValueSource,
} from '../types';
import { findComments, maskSpans, spansStartingIn, subtractSpans } from './comments';
import { splitLines, trimSpan, type Line } from './lines';
import { segmentDraft } from './segmentDraft';
import { splitSentences } from './sentences';
import { splitDrafts, type DraftRegion } from './splitDrafts';
import { parseSuppressions } from './suppressions';

const UNCOACHED: ReadonlySet<SegmentKind> = new Set(UNCOACHED_SEGMENTS);
/** Language detection reads this much coached text at most. */
const LANG_SAMPLE = 20000;

/**
 * Splits a document into drafts (front-matter blocks and `---` lines separate them) and each draft
 * into segments and sentences, with its language, channel, subject and suppression comments.
 * Never throws: on an internal error the whole text comes back as one plain body draft.
 */
export function parseDocument(text: string, options: AnalyzeOptions = {}): Draft[] {
  try {
    return parseDocumentUnchecked(text, options);
  } catch {
    return [fallbackDraft(String(text ?? ''), options)];
  }
}

/** parseDocument without the safety net (tests call it to see real failures). */
export function parseDocumentUnchecked(text: string, options: AnalyzeOptions = {}): Draft[] {
  const comments = findComments(text);
  const masked = maskSpans(text, comments);
  const lines = splitLines(text);
  const suppressions = parseSuppressions(text, comments, lines);
  let regions = splitDrafts(masked, lines);
  if (regions.length === 0) regions = [{ firstLine: 0, endLine: lines.length, bodyLine: 0 }];
  return regions.map((region, index) => buildDraft(text, masked, lines, region, index, comments, suppressions, options));
}

function buildDraft(
  text: string, masked: string, lines: readonly Line[], region: DraftRegion, index: number,
  comments: readonly Span[], allSuppressions: readonly Suppression[], options: AnalyzeOptions,
): Draft {
  const regionStart = lines[region.firstLine].start;
  const regionEnd = lines[region.endLine - 1].end;
  const bounds = trimSpan(text, regionStart, regionEnd);
  const empty = bounds.end <= bounds.start;
  const start = empty ? regionStart : bounds.start;
  const end = empty ? regionEnd : bounds.end;
  const structure = segmentDraft(masked, lines, region);
  const regionComments = spansStartingIn(comments, regionStart, regionEnd + 1);
  const segments = regionComments.length === 0 ? structure.segments : withoutComments(masked, structure.segments, regionComments);
  const sentences = sentencesOf(masked, segments);
  const fm = region.frontMatter?.frontMatter ?? { extra: {} };
  const bodyStart = region.bodyLine < lines.length && region.frontMatter
    ? Math.min(end, Math.max(start, trimSpan(text, lines[region.bodyLine].start, regionEnd).start))
    : start;
  const subject = options.subject !== undefined ? { text: options.subject }
    : fm.subject !== undefined ? { text: fm.subject }
      : structure.subjectLine;
  const lang = chooseLang(masked, segments, subject?.text, fm.lang, options.lang);
  const channelSource: ValueSource = options.channel ? 'option' : fm.channel ? 'frontmatter' : 'default';
  return {
    index, text, start, end, bodyStart, frontMatter: fm, subject,
    lang: lang.lang, langSource: lang.source, langConfidence: lang.confidence,
    channel: options.channel ?? fm.channel ?? 'email', channelSource,
    segments, sentences,
    suppressions: spansStartingIn(allSuppressions, regionStart, Math.max(regionEnd, regionStart + 1)),
  };
}

/** Segments minus the comment spans (a comment inside a segment splits it), re-trimmed. */
function withoutComments(masked: string, segments: readonly Segment[], comments: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  for (const piece of subtractSpans(segments, comments)) {
    const t = trimSpan(masked, piece.start, piece.end);
    if (t.end > t.start) out.push({ kind: piece.kind, start: t.start, end: t.end });
  }
  return out;
}

function sentencesOf(masked: string, segments: readonly Segment[]): Sentence[] {
  const out: Sentence[] = [];
  segments.forEach((seg, index) => {
    if (UNCOACHED.has(seg.kind)) return;
    for (const s of splitSentences(masked, seg.start, seg.end)) out.push({ start: s.start, end: s.end, segment: index });
  });
  return out;
}

function chooseLang(
  masked: string, segments: readonly Segment[], subject: string | undefined, fmLang: Lang | undefined, optLang: Lang | undefined,
): { lang: Lang; source: ValueSource; confidence: number } {
  if (optLang) return { lang: optLang, source: 'option', confidence: 1 };
  if (fmLang) return { lang: fmLang, source: 'frontmatter', confidence: 1 };
  const parts: TextRange[] = subject ? [{ text: subject, start: 0, end: subject.length }] : [];
  let size = subject ? subject.length : 0;
  for (const seg of segments) {
    if (size >= LANG_SAMPLE) break;
    if (UNCOACHED.has(seg.kind)) continue;
    const end = Math.min(seg.end, seg.start + LANG_SAMPLE - size);
    parts.push({ text: masked, start: seg.start, end });
    size += Math.max(0, end - seg.start);
  }
  const detected = detectLanguageOf(parts);
  return { lang: detected.lang, source: detected.confidence > 0 ? 'detected' : 'default', confidence: detected.confidence };
}

function fallbackDraft(text: string, options: AnalyzeOptions): Draft {
  const span = trimSpan(text, 0, text.length);
  const segments: Segment[] = span.end > span.start ? [{ kind: 'body', ...span }] : [];
  const detected = detectLanguage(text);
  return {
    index: 0, text, start: 0, end: text.length, bodyStart: 0, frontMatter: { extra: {} },
    subject: options.subject !== undefined ? { text: options.subject } : undefined,
    lang: options.lang ?? detected.lang, langSource: options.lang ? 'option' : 'detected',
    langConfidence: options.lang ? 1 : detected.confidence,
    channel: options.channel ?? 'email', channelSource: options.channel ? 'option' : 'default',
    segments, sentences: segments.length ? [{ ...span, segment: 0 }] : [], suppressions: [],
  };
}
