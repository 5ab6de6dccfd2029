import type { Category } from '../types';

/**
 * Every tunable number of the score, in one place (pack authors tune these against the corpus).
 * Score = base − scripted penalties + authentic bonuses + adjustments, clamped to 0..100.
 */
export const scoreConfig = {
  /** Where a draft with no findings at all starts. */
  base: 50,
  /** Default rule weight (points at stake) per category when a rule sets none. */
  defaultWeight: {
    'cliche-opener': 8, 'fake-personalization': 10, 'gatekeeper-script': 8, filler: 4, 'jargon-buzzword': 6, hype: 6,
    'pushy-cta': 8, 'false-urgency': 8, 'self-centered': 6, 'generic-value-prop': 8, 'merge-tag': 15, 'mass-blast': 10,
    'guilt-follow-up': 10, structure: 3,
    'specific-reference': 14, 'concrete-detail': 6, 'honest-reason': 8, 'genuine-question': 8, 'low-pressure-ask': 6, 'own-voice': 5,
  } as Record<Category, number>,
  /** The n-th finding of one category (0-based, heaviest first) counts weight × diminishing^n. */
  diminishing: { scripted: 0.5, authentic: 0.5 },
  /** Cap of the points one category can move, in either direction. */
  categoryCap: { scripted: 25, authentic: 25 },
  /** Severity multipliers (an `info` finding moves less than an `error`). */
  severityFactor: { error: 1.25, warning: 1, info: 0.6, hint: 1 } as Record<string, number>,
  /**
   * Position awareness: when the draft holds strong signals (sum of authentic points from these
   * categories ≥ strongSignalPoints), scripted penalties are scaled by `scriptedScaleWithSignals`;
   * without them, scripted findings in the greeting/opener weigh `openerFactor` more.
   */
  strongSignalCategories: ['specific-reference', 'concrete-detail'] as Category[],
  strongSignalPoints: 10,
  scriptedScaleWithSignals: 0.6,
  openerFactor: 1.25,
  openerSegments: ['greeting', 'opener'],
  /** Without any specific-reference/concrete-detail finding the score cannot exceed this. */
  noRecipientCap: 40,
  /** The categories that count as "something about the recipient". */
  recipientCategories: ['specific-reference', 'concrete-detail'] as Category[],
};

export type ScoreConfig = typeof scoreConfig;
