/**
 * One rewrite, end to end: pick the part to rewrite → pseudonymise → prompt → stream → restore →
 * acceptance check. It returns the proposal; it never writes anything, so a failure leaves the
 * draft untouched. The CLI and the extension both call this.
 */
import type { AnalyzeOptions, DraftAnalysis, Finding, Span } from '../engine/types';
import type { RuleSet } from '../engine/ruleSet';
import { analyzeDocument } from '../engine/analyze';
import { acceptanceCheck, AcceptanceReport } from './acceptanceCheck';
import { buildPrompt, cleanModelOutput, PromptFinding } from './buildPrompt';
import { ChatMessage, EndpointConfig, streamChatCompletion } from './openaiClient';
import { frontMatterNames, PseudonymEntry, Pseudonymizer } from './pseudonymize';
import { RewriteError } from './rewriteError';
import { describeVoice } from './voice/describeVoice';
import { buildVoiceProfile, VoiceProfile } from './voice/voiceProfile';
import { traitsOfText } from './voice/voiceTraits';

export interface RewriteRequest {
  /** The whole document. */
  document: string;
  /** A selection to rewrite; default: the coached part of the draft (greeting … sign-off). */
  range?: Span;
  ruleSet: RuleSet;
  analyzeOptions?: AnalyzeOptions;
  endpoint: EndpointConfig;
  profile?: VoiceProfile;
  /** Default true. */
  pseudonymize?: boolean;
  /** Each piece as it arrives, and the whole answer so far with names restored. */
  onDelta?: (delta: string, soFar: string) => void;
  /** Told which document range will be replaced, before anything is sent. */
  onTarget?: (target: Span) => void;
  signal?: AbortSignal;
}

export interface SentRequest {
  url: string;
  model: string;
  messages: ChatMessage[];
}

export interface RewriteResult {
  /** The document range the rewrite replaces. */
  target: Span;
  original: string;
  rewrite: string;
  /** Exactly what left the machine. */
  sent: SentRequest;
  /** Local only: which placeholder stood for what. */
  pseudonyms: PseudonymEntry[];
  report: AcceptanceReport;
}

const UNREWRITTEN = new Set(['frontmatter', 'subject', 'signature', 'quoted']);

/** The coached part of the draft holding `at`: from the first to the last segment that is not front matter/subject/signature/quoted. */
export function rewriteTarget(analysis: DraftAnalysis): Span {
  const segs = analysis.draft.segments.filter((s) => !UNREWRITTEN.has(s.kind));
  const text = analysis.draft.text;
  let start = segs.length ? segs[0]!.start : analysis.draft.bodyStart;
  let end = segs.length ? segs[segs.length - 1]!.end : analysis.draft.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function analyzedDraftAt(text: string, ruleSet: RuleSet, options: AnalyzeOptions, at: number): DraftAnalysis {
  const drafts = analyzeDocument(text, ruleSet, options).drafts;
  const hit = drafts.find((d) => at >= d.draft.start && at <= d.draft.end) ?? drafts[0];
  if (!hit) throw new RewriteError('empty', 'There is no draft to rewrite here.');
  return hit;
}

function toPromptFinding(f: Finding, text: string, mask: (s: string) => string): PromptFinding {
  return {
    // Structure findings (length, limits) are about the whole draft, whatever span carries them.
    text: f.category === 'structure' ? '' : mask(text.slice(f.start, f.end).trim()),
    category: f.category,
    message: mask(f.message),
    ...(f.why ? { why: f.why } : {}),
    ...(f.instead ? { instead: f.instead } : {}),
  };
}

export async function rewriteDraft(req: RewriteRequest): Promise<RewriteResult> {
  const opts = req.analyzeOptions ?? {};
  const context = analyzedDraftAt(req.document, req.ruleSet, opts, req.range?.start ?? 0);
  const target = req.range ?? rewriteTarget(context);
  const original = req.document.slice(target.start, target.end);
  if (!original.trim()) throw new RewriteError('empty', 'There is nothing to rewrite: the draft (or selection) is empty.');
  req.onTarget?.(target);
  const checkOptions: AnalyzeOptions = { ...opts, lang: context.draft.lang, channel: context.draft.channel };
  const premium = opts.premium ?? context.draft.frontMatter.premium;
  if (premium !== undefined) checkOptions.premium = premium;
  const analyze = (text: string) => analyzeDocument(text, req.ruleSet, checkOptions).drafts[0]!;

  const pseudo = new Pseudonymizer(frontMatterNames(req.document));
  const usePseudo = req.pseudonymize !== false;
  const mask = (s: string) => (usePseudo ? pseudo.mask(s) : s);
  const maskedDraft = mask(original);

  const inTarget = (f: Finding) => f.start >= target.start && f.end <= target.end;
  const findings = context.findings.filter(inTarget);
  const limit = context.metrics.channelLimit;
  const voiceSource = req.profile ?? buildVoiceProfile([original]);
  const messages = buildPrompt({
    draft: maskedDraft,
    lang: context.draft.lang,
    channel: context.draft.channel,
    ...(limit ? { limit: { unit: limit.unit, max: limit.max, ...(limit.min !== undefined ? { min: limit.min } : {}) } } : {}),
    address: traitsOfText(original).address,
    scripted: findings.filter((f) => f.kind === 'scripted').map((f) => toPromptFinding(f, req.document, mask)),
    authentic: findings.filter((f) => f.kind === 'authentic').map((f) => toPromptFinding(f, req.document, mask)),
    voice: mask(describeVoice(voiceSource)),
    excerpts: (req.profile?.excerpts ?? []).map(mask),
    selection: !!req.range,
  }).map((m) => ({ ...m, content: mask(m.content) }));

  let raw = '';
  const result = await streamChatCompletion(req.endpoint, messages, {
    ...(req.signal ? { signal: req.signal } : {}),
    onDelta: (delta) => {
      raw += delta;
      req.onDelta?.(delta, usePseudo ? pseudo.restore(raw).text : raw);
    },
  });
  const restored = usePseudo ? pseudo.restore(cleanModelOutput(result.text)) : { text: cleanModelOutput(result.text), unknown: [] };
  if (!restored.text.trim()) throw new RewriteError('empty', `The model "${req.endpoint.model}" returned no usable text.`);
  const report = acceptanceCheck({
    original, rewrite: restored.text, analyze,
    ...(req.profile ? { profile: req.profile } : {}),
    unknownPlaceholders: restored.unknown,
  });
  return {
    target,
    original,
    rewrite: restored.text,
    sent: { url: `${req.endpoint.baseURL.replace(/\/+$/, '')}/chat/completions`, model: req.endpoint.model, messages },
    pseudonyms: pseudo.entries,
    report,
  };
}
