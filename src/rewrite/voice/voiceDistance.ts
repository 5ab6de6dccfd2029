/**
 * How far a text is from a voice: every trait becomes a z-score (how surprising this text's value
 * is for this voice, given how much evidence a message of this length carries and how much the rep
 * varies), squared, capped, weighted and averaged. 0 = the same voice; the scale is fixed, so
 * distances to one profile are comparable across files.
 */
import { RATE_FEATURES, WEIGHTS } from './voiceFeatures';
import { PROFILE_WORDS, VoiceProfile } from './voiceProfile';
import { TextStats, textStats } from './textStats';

const CAP = 16;

function capped(z: number): number {
  return Math.min(CAP, z * z);
}

/** Per-trait squared z-scores (before weighting); exported for explanations and tests. */
export function traitSurprises(profile: VoiceProfile, s: TextStats): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of RATE_FEATURES) {
    const r = profile.rates[f.id]!;
    const n = f.base(s);
    if (n === 0) {
      out[f.id] = 0;
      continue;
    }
    const c = f.count(s);
    if (f.kind === 'binomial') {
      const p = (r.count + 0.5) / (r.base + 1);
      const tau = Math.max(r.sampleSd, 0.05);
      out[f.id] = capped((c / n - p) / Math.sqrt((p * (1 - p)) / n + tau * tau));
    } else {
      const p = (r.count + 0.25) / (r.base + 1);
      const lambda = p * n;
      const tau = Math.max(r.sampleSd, 0.1 * p) * n;
      out[f.id] = capped((c - lambda) / Math.sqrt(lambda + 0.5 + tau * tau));
    }
  }
  const k = s.sentenceLengths.length;
  if (k) {
    const mean = s.sentenceLengths.reduce((a, b) => a + b, 0) / k;
    const { mean: mu, sd } = profile.sentenceLength;
    const sigma = sd || 0.4 * mu;
    out['sentenceLength'] = capped((mean - mu) / Math.sqrt((sigma * sigma) / k + (0.1 * mu) ** 2 + 1));
  } else out['sentenceLength'] = 0;
  if (s.tokens.length) {
    const { mean, sd } = profile.wordLength;
    out['wordLength'] = capped((s.wordLength - mean) / Math.sqrt(6 / s.tokens.length + sd * sd + 0.01));
  } else out['wordLength'] = 0;
  out['greeting'] = categorical(profile.greetings, profile.samples, s.greeting);
  out['signoff'] = categorical(profile.signoffs, profile.samples, s.signoff);
  out['words'] = wordSurprise(profile, s);
  return out;
}

/** 0 when every sample used this form, up to 4 when none did. */
function categorical(forms: Record<string, number>, samples: number, form: string): number {
  const share = (forms[form] ?? 0) / Math.max(1, samples);
  return 4 * (1 - share);
}

/** Function-word and style-marker usage, Poisson z per word, averaged (a Burrows-style delta). */
function wordSurprise(profile: VoiceProfile, s: TextStats): number {
  const n = s.tokens.length;
  if (!n || !profile.totalWords) return 0;
  const counts = new Map<string, number>();
  for (const t of s.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  let sum = 0;
  for (const w of PROFILE_WORDS) {
    const p = ((profile.wordCounts[w] ?? 0) + 0.1) / (profile.totalWords + 1);
    const lambda = p * n;
    const c = counts.get(w) ?? 0;
    sum += Math.min(9, (c - lambda) ** 2 / (lambda + 0.5 + (0.3 * lambda) ** 2));
  }
  return Math.min(CAP, sum / PROFILE_WORDS.length * 4);
}

export function voiceDistanceOfStats(profile: VoiceProfile, s: TextStats): number {
  const z = traitSurprises(profile, s);
  let total = 0;
  let weights = 0;
  for (const f of RATE_FEATURES) {
    total += f.weight * z[f.id]!;
    weights += f.weight;
  }
  for (const [id, w] of Object.entries(WEIGHTS)) {
    total += w * z[id]!;
    weights += w;
  }
  return Math.round(Math.sqrt(total / weights) * 1000) / 1000;
}

/** 0 = same voice as the profile; larger = further. */
export function voiceDistance(profile: VoiceProfile, text: string): number {
  return voiceDistanceOfStats(profile, textStats(text));
}
