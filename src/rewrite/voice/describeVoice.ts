/** Turns a voice into plain instructions for the model (in English; the model writes in the draft's language). */
import type { VoiceProfile } from './voiceProfile';
import { traitsOf } from './voiceTraits';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** "never" is only claimed from several messages; one short draft is too little evidence. */
function often(rate: number, what: string, samples: number): string | undefined {
  if (rate >= 0.5) return `uses ${what} a lot (${rate.toFixed(1)} per sentence)`;
  if (rate >= 0.15) return `uses ${what} sometimes`;
  if (rate === 0 && samples >= 3) return `never uses ${what}`;
  return undefined;
}

export function describeVoice(profile: VoiceProfile): string {
  const t = traitsOf(profile);
  const lines: string[] = [];
  lines.push(`Formality: ${t.formality < 0.35 ? 'casual' : t.formality > 0.65 ? 'formal' : 'neutral'} (${t.formality} on 0–1).`);
  if (t.address !== 'none') lines.push(`Addresses the reader with "${t.address === 'mixed' ? 'tu or vous' : t.address}".`);
  lines.push(`Sentences: about ${Math.round(t.sentenceLength.mean)} words on average (spread ${Math.round(t.sentenceLength.sd)}).`);
  if (t.contractions !== null) lines.push(`Contractions (don't, I'm): ${pct(t.contractions)} of the time.`);
  if (t.neDropped !== null && t.neDropped > 0.3) lines.push(`Often drops "ne" in negations (c'est pas, j'ai pas).`);
  if (t.neDropped !== null && t.neDropped <= 0.1) lines.push(`Always writes full negations (ne … pas).`);
  const n = profile.samples;
  const habits = [
    often(t.exclamationsPerSentence, 'exclamation marks', n),
    often(t.ellipsesPerSentence, 'ellipses (…)', n),
    often(t.dashesPerSentence, 'dashes (—)', n),
    often(t.semicolonsPerSentence, 'semicolons', n),
    often(t.parenthesesPerSentence, 'parentheses', n),
    often(t.emojiPerSentence, 'emoji', n),
    often(t.questionsPerSentence, 'questions', n),
  ].filter((s): s is string => !!s);
  if (habits.length) lines.push(`Punctuation: ${habits.join('; ')}.`);
  if (t.lowercaseStarts !== null && t.lowercaseStarts >= 0.3) lines.push('Often starts sentences in lower case.');
  if (t.spelling === 'british' || t.spelling === 'us') lines.push(`Spelling: ${t.spelling === 'british' ? 'British (organise, colour)' : 'US (organize, color)'}.`);
  if (t.greeting !== 'none') lines.push(`Usually opens with "${t.greeting}".`);
  else lines.push('Usually opens without a greeting word.');
  if (t.signoff !== 'none') lines.push(`Usually signs off with "${t.signoff === 'dash-name' ? '— and their name' : t.signoff}".`);
  if (t.favouriteWords.length) lines.push(`Words they like: ${t.favouriteWords.slice(0, 6).join(', ')}.`);
  if (t.favouritePhrases.length) lines.push(`Phrases they use: ${t.favouritePhrases.slice(0, 4).map((p) => `"${p}"`).join(', ')}.`);
  return lines.map((l) => `- ${l}`).join('\n');
}
