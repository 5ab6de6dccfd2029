import type { Lang, ScoreItem } from '../engine/types';
import { categoryLabel } from './categoryLabels';

const STARTING_SCORE: Record<Lang, string> = { en: 'starting score', fr: 'score de départ' };

/** The engine's adjustment lines (English, as `ScoreItem.label`) in each UI language; an unknown one is shown as is. */
const ADJUSTMENTS: Record<string, Record<Lang, string>> = {
  'nothing specific about the recipient': { en: 'nothing specific about the recipient', fr: 'rien de précis sur le destinataire' },
};

/** A line of the score breakdown in the UI language: "2 scripted openers", "1 specific reference", "starting score". */
export function scoreItemLabel(item: ScoreItem, lang: Lang): string {
  if (item.kind === 'base') return STARTING_SCORE[lang];
  if (item.category) return `${item.findings.length} ${categoryLabel(item.category, lang, item.findings.length)}`;
  return Object.prototype.hasOwnProperty.call(ADJUSTMENTS, item.label) ? ADJUSTMENTS[item.label][lang] : item.label;
}
