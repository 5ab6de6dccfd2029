import type { Lang, SegmentKind } from '../types';
import type { Detector, DetectorHit } from './detectorTypes';
import { trimmedSpan } from './bodySentences';
import { matchesCue } from './cueMatcher';
import { draftFeatures } from './draftFeatures';
import { cueList } from './paramValues';
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

const OPENER_BODY: readonly SegmentKind[] = ['opener', 'body'];
const IGNORE: Record<Lang, Set<string>> = { en: new Set(DEFAULT_IGNORE.en), fr: new Set(DEFAULT_IGNORE.fr) };

/** The swap test: a value-prop sentence that would fit any recipient unchanged. */
export const genericity: Detector = {
  name: 'genericity',
  kind: 'signal',
  defaults: { cues: CUES, references: REFERENCES },
  run(ctx, params) {
    const cues = cueList(params, 'cues', ctx.lang, CUES);
    const refs = cueList(params, 'references', ctx.lang, REFERENCES);
    const features = draftFeatures(ctx.view, ctx.lang);
    const hits: DetectorHit[] = [];
    for (const f of features.content(ctx.segments ?? OPENER_BODY)) {
      if (!matchesCue(cues, f) || matchesCue(refs, f)) continue;
      const { numbers, properNouns } = sentenceSpecifics(f, ctx.view.senderNames, IGNORE[ctx.lang]);
      if (numbers.length === 0 && properNouns.length === 0) hits.push(trimmedSpan(f.s));
    }
    return hits;
  },
};
