import type { Lang } from '../types';
import type { Detector, DetectorHit } from './detectorTypes';
import { trimmedSpan } from './bodySentences';
import { matchesCue } from './cueMatcher';
import { draftFeatures } from './draftFeatures';
import { cueList } from './paramValues';
import { isQuestion } from './questionCount';
import { hasSecondPerson } from './sentenceFocus';

const OPEN: Record<Lang, string[]> = {
  en: ['how', 'what', 'which', 'why', 'when', 'where', 'who', 'whether', 'or'],
  fr: ['comment', 'quel', 'quelle', 'quels', 'quelles', 'pourquoi', "est-ce qu-", "qu'est-ce", 'combien', 'où', 'lequel', 'laquelle', 'quand', 'ou'],
};
const TIME: Record<Lang, string[]> = {
  en: ['minutes', 'minute', 'mins', 'min', 'call', 'chat', 'meeting', 'demo', 'available', 'availability', 'calendar', 'slot', 'time to',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'next week', 'this week', 'connect', 'hop on', 'jump on', 'open to'],
  fr: ['minutes', 'minute', 'min', 'appel', 'échange', 'échanger', 'rendez-vous', 'rdv', 'disponible', 'disponibles', 'disponibilité', 'disponibilités',
    'créneau', 'créneaux', 'visio', 'démo', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'semaine prochaine', 'cette semaine', 'ouvert à', 'ouverte à'],
};

/** An open question about the recipient's situation (not a closed request for their time). */
export const genuineQuestion: Detector = {
  name: 'genuine-question',
  kind: 'signal',
  defaults: { open: OPEN, time: TIME },
  run(ctx, params) {
    const open = cueList(params, 'open', ctx.lang, OPEN);
    const time = cueList(params, 'time', ctx.lang, TIME);
    const hits: DetectorHit[] = [];
    for (const f of draftFeatures(ctx.view, ctx.lang).content(ctx.segments)) {
      if (!isQuestion(f)) continue;
      if (!matchesCue(open, f) || matchesCue(time, f)) continue;
      if (hasSecondPerson(f.s.tokens, ctx.lang) || /-(vous|tu)\b/.test(f.lower)) hits.push(trimmedSpan(f.s));
    }
    return hits;
  },
};
