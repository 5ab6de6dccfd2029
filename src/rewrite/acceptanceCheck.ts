/**
 * Checks a rewrite before it is offered: re-analysed by the engine (score, scripted findings left),
 * voice distance before → after, facts kept / possibly invented, no merge tags introduced, channel
 * limit, tu/vous kept. Every failed check becomes a warning; nothing passes silently.
 */
import type { DraftAnalysis } from '../engine/types';
import { findPlaceholders } from '../engine/match/findPlaceholders';
import { compareFacts } from './facts';
import { buildVoiceProfile, VoiceProfile } from './voice/voiceProfile';
import { voiceDistance } from './voice/voiceDistance';
import { Address, traitsOfText } from './voice/voiceTraits';

export type Verdict = 'pass' | 'warn' | 'fail';

export interface AcceptanceReport {
  verdict: Verdict;
  scoreBefore: number;
  scoreAfter: number;
  scriptedBefore: number;
  /** Scripted findings still in the rewrite. */
  scriptedRemaining: Array<{ ruleId: string; text: string; message: string }>;
  voiceDistanceBefore: number;
  voiceDistanceAfter: number;
  /** What the voice distance is measured against. */
  voiceReference: 'profile' | 'draft';
  missingFacts: string[];
  newFacts: string[];
  mergeTagsIntroduced: string[];
  /** Placeholders the model made up (⟦PERSON_9⟧) and that could not be restored. */
  unknownPlaceholders: string[];
  channelLimit?: { unit: 'characters' | 'words'; max: number; min?: number; before: number; after: number; ok: boolean };
  addressBefore: Address;
  addressAfter: Address;
  warnings: string[];
}

export interface AcceptanceInput {
  original: string;
  rewrite: string;
  /** Analyses a stand-alone message with the draft's language and channel. */
  analyze: (text: string) => DraftAnalysis;
  profile?: VoiceProfile;
  unknownPlaceholders?: string[];
}

/** Voice distance after − before above this reads as a different voice. */
const VOICE_DRIFT = 0.75;

export function acceptanceCheck(input: AcceptanceInput): AcceptanceReport {
  const { original, rewrite } = input;
  const before = input.analyze(original);
  const after = input.analyze(rewrite);
  // Phrase-level scripted findings; structure (length, limits, tu/vous mix) has its own checks below.
  const scripted = (a: DraftAnalysis) => a.findings.filter((f) => f.kind === 'scripted' && f.category !== 'structure');
  const reference = input.profile ?? buildVoiceProfile([original]);
  const facts = compareFacts(original, rewrite);
  const tagsBefore = new Set(findPlaceholders(original, 0).map((s) => original.slice(s.start, s.end)));
  const mergeTags = findPlaceholders(rewrite, 0).map((s) => rewrite.slice(s.start, s.end)).filter((t) => !tagsBefore.has(t));
  const addressBefore = traitsOfText(original).address;
  const addressAfter = traitsOfText(rewrite).address;
  const report: AcceptanceReport = {
    verdict: 'pass',
    scoreBefore: before.score.value,
    scoreAfter: after.score.value,
    scriptedBefore: scripted(before).length,
    scriptedRemaining: scripted(after).map((f) => ({ ruleId: f.ruleId, text: after.draft.text.slice(f.start, f.end), message: f.message })),
    voiceDistanceBefore: voiceDistance(reference, original),
    voiceDistanceAfter: voiceDistance(reference, rewrite),
    voiceReference: input.profile ? 'profile' : 'draft',
    missingFacts: facts.missing.map((f) => f.text),
    newFacts: facts.added.map((f) => f.text),
    mergeTagsIntroduced: mergeTags,
    unknownPlaceholders: input.unknownPlaceholders ?? [],
    addressBefore,
    addressAfter,
    warnings: [],
  };
  const limit = after.metrics.channelLimit;
  if (limit) {
    const ok = limit.value <= limit.max && (limit.min === undefined || limit.value >= limit.min);
    report.channelLimit = {
      unit: limit.unit, max: limit.max, before: before.metrics.channelLimit?.value ?? 0, after: limit.value, ok,
      ...(limit.min !== undefined ? { min: limit.min } : {}),
    };
  }
  return judge(report);
}

function judge(r: AcceptanceReport): AcceptanceReport {
  const fail: string[] = [];
  const warn: string[] = [];
  if (r.missingFacts.length) fail.push(`Facts from the draft are missing: ${r.missingFacts.join(', ')}.`);
  if (r.newFacts.length) warn.push(`New details not in the draft (possibly invented — check them): ${r.newFacts.join(', ')}.`);
  if (r.mergeTagsIntroduced.length) fail.push(`The rewrite adds merge tags: ${r.mergeTagsIntroduced.join(', ')}.`);
  if (r.unknownPlaceholders.length) fail.push(`The model left placeholders that match nothing in the draft: ${r.unknownPlaceholders.join(', ')}.`);
  const switched = (r.addressBefore === 'tu' || r.addressBefore === 'vous') && r.addressAfter !== r.addressBefore && r.addressAfter !== 'none';
  if (switched) fail.push(`The rewrite switches from "${r.addressBefore}" to "${r.addressAfter}".`);
  if (r.scoreAfter < r.scoreBefore) fail.push(`The score went down: ${r.scoreBefore} → ${r.scoreAfter}.`);
  if (r.scriptedRemaining.length) {
    warn.push(`${r.scriptedRemaining.length} scripted phrase${r.scriptedRemaining.length > 1 ? 's' : ''} remain: ${r.scriptedRemaining.map((f) => `"${f.text}"`).join(', ')}.`);
  }
  if (r.voiceDistanceAfter - r.voiceDistanceBefore > VOICE_DRIFT) {
    warn.push(`It sounds less like ${r.voiceReference === 'profile' ? 'your voice samples' : 'your draft'}: voice distance ${r.voiceDistanceBefore} → ${r.voiceDistanceAfter}.`);
  }
  const c = r.channelLimit;
  if (c && c.after > c.max) fail.push(`Over the channel limit: ${c.after} of ${c.max} ${c.unit}.`);
  else if (c && c.min !== undefined && c.after < c.min) warn.push(`Under the usual length: ${c.after} ${c.unit} (at least ${c.min}).`);
  r.warnings = [...fail, ...warn];
  r.verdict = fail.length ? 'fail' : warn.length ? 'warn' : 'pass';
  return r;
}
