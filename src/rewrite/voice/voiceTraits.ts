/** Readable traits of a voice (a profile, or one text): what the CLI prints and the prompt describes. */
import { buildVoiceProfile, VoiceProfile } from './voiceProfile';

export type Address = 'tu' | 'vous' | 'mixed' | 'none';

export interface VoiceTraits {
  lang: 'en' | 'fr';
  /** FR: how the rep addresses the reader. */
  address: Address;
  /** 0 = very casual … 1 = very formal. */
  formality: number;
  sentenceLength: { mean: number; sd: number };
  wordLength: number;
  /** Share of contractable EN forms written contracted (null: no evidence). */
  contractions: number | null;
  /** Share of FR negations written without "ne" (null: no evidence). */
  neDropped: number | null;
  exclamationsPerSentence: number;
  questionsPerSentence: number;
  ellipsesPerSentence: number;
  dashesPerSentence: number;
  semicolonsPerSentence: number;
  parenthesesPerSentence: number;
  emojiPerSentence: number;
  lowercaseStarts: number | null;
  spelling: 'british' | 'us' | 'mixed' | 'none';
  greeting: string;
  signoff: string;
  favouriteWords: string[];
  favouritePhrases: string[];
}

const round = (x: number) => Math.round(x * 100) / 100;

function share(profile: VoiceProfile, id: string): number | null {
  const r = profile.rates[id]!;
  return r.base > 0 ? round(r.count / r.base) : null;
}

function mode(forms: Record<string, number>): string {
  return Object.entries(forms).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'none';
}

export function addressOf(profile: VoiceProfile): Address {
  const r = profile.rates['tu']!;
  if (r.base === 0 || profile.lang !== 'fr') return 'none';
  const tu = r.count / r.base;
  return tu >= 0.8 ? 'tu' : tu <= 0.2 ? 'vous' : 'mixed';
}

const FORMAL_GREETINGS = /^(dear|madame|monsieur|cher|chère|chers|good (morning|afternoon|evening))$/;
const CASUAL_GREETINGS = /^(hey|heya|hiya|yo|salut|coucou|hello)$/;

function formality(profile: VoiceProfile, t: Omit<VoiceTraits, 'formality'>): number {
  const signals: number[] = [];
  if (t.contractions !== null) signals.push(1 - t.contractions);
  if (t.neDropped !== null) signals.push(1 - t.neDropped);
  if (t.address === 'tu') signals.push(0);
  if (t.address === 'vous') signals.push(1);
  signals.push(1 - Math.min(1, t.exclamationsPerSentence / 0.4));
  signals.push(1 - Math.min(1, t.emojiPerSentence / 0.2));
  if (t.lowercaseStarts !== null) signals.push(1 - Math.min(1, t.lowercaseStarts * 2));
  signals.push(Math.min(1, t.sentenceLength.mean / 25));
  const g = mode(profile.greetings);
  if (FORMAL_GREETINGS.test(g)) signals.push(1);
  else if (CASUAL_GREETINGS.test(g)) signals.push(0);
  return round(signals.reduce((a, b) => a + b, 0) / signals.length);
}

export function traitsOf(profile: VoiceProfile): VoiceTraits {
  const perSentence = (id: string) => share(profile, id) ?? 0;
  const british = profile.rates['british']!;
  const spelling = british.base === 0 ? 'none' : british.count / british.base >= 0.75 ? 'british' : british.count / british.base <= 0.25 ? 'us' : 'mixed';
  const partial = {
    lang: profile.lang,
    address: addressOf(profile),
    sentenceLength: { mean: round(profile.sentenceLength.mean), sd: round(profile.sentenceLength.sd) },
    wordLength: round(profile.wordLength.mean),
    contractions: share(profile, 'contractions'),
    neDropped: share(profile, 'neDropped'),
    exclamationsPerSentence: perSentence('exclamations'),
    questionsPerSentence: perSentence('questions'),
    ellipsesPerSentence: perSentence('ellipses'),
    dashesPerSentence: perSentence('dashes'),
    semicolonsPerSentence: perSentence('semicolons'),
    parenthesesPerSentence: perSentence('parentheses'),
    emojiPerSentence: perSentence('emoji'),
    lowercaseStarts: share(profile, 'lowerStarts'),
    spelling: spelling as VoiceTraits['spelling'],
    greeting: mode(profile.greetings),
    signoff: mode(profile.signoffs),
    favouriteWords: profile.favouriteWords,
    favouritePhrases: profile.favouritePhrases,
  };
  return { ...partial, formality: formality(profile, partial) };
}

/** Traits of one text on its own. */
export function traitsOfText(text: string): VoiceTraits {
  return traitsOf(buildVoiceProfile([text]));
}
