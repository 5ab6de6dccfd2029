import type { Lang } from '../types';
import type { Detector } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
import { hasCue, wordList } from './paramValues';
import { DEFAULT_IGNORE, sentenceSpecifics } from './sentenceSpecifics';

const CUES: Record<Lang, string[]> = {
  en: ['help', 'helps', 'helping', 'platform', 'solution', 'solutions', 'companies like', 'businesses like', 'teams like', 'organizations like',
    'leading', 'leader in', 'we enable', 'empower-', 'streamline-', 'optimi-', 'boost', 'increase your', 'save time', 'grow your'],
  fr: ['aide', 'aidons', 'aider', 'accompagn-', 'solution', 'solutions', 'plateforme', 'entreprises comme', 'sociétés comme', 'structures comme',
    'leader', 'permet-', 'optimis-', 'booster', 'gagner du temps', 'augmenter votre', 'augmenter vos'],
};
const REFERENCES: Record<Lang, string[]> = {
  en: ['post', 'talk', 'article', 'launch', 'launched', 'hire', 'hired', 'hiring', 'podcast', 'interview', 'webinar', 'tweet', 'thread', 'keynote', 'panel', 'newsletter', 'episode', 'job ad', 'opening'],
  fr: ['post', 'publication', 'talk', 'article', 'lancement', 'lancé', 'recrutement', 'recrutez', 'podcast', 'interview', 'entretien', 'webinaire', 'tribune', 'conférence', 'intervention', 'newsletter', 'épisode', 'annonce', 'offre'],
};

/** The swap test: a value-prop sentence that would fit any recipient unchanged. */
export const genericity: Detector = {
  name: 'genericity',
  kind: 'signal',
  defaults: { cues: CUES, references: REFERENCES },
  run(ctx, params) {
    const cues = wordList(params, 'cues', ctx.lang, CUES);
    const refs = wordList(params, 'references', ctx.lang, REFERENCES);
    const ignore = new Set(DEFAULT_IGNORE[ctx.lang]);
    return contentSentences(ctx.view, ctx.segments ?? ['opener', 'body'])
      .filter((s) => {
        const lower = s.text.toLowerCase().replace(/’/g, "'");
        if (!hasCue(lower, cues) || hasCue(lower, refs)) return false;
        const { numbers, properNouns } = sentenceSpecifics(s, ctx.view.senderNames, ignore);
        return numbers.length === 0 && properNouns.length === 0;
      })
      .map((s) => trimmedSpan(s));
  },
};
