import * as vscode from 'vscode';
import type { Category, Channel, Lang, LocalizedText } from '../engine/types';

/** Display names, translated through the l10n bundle. */
export function langLabel(lang: Lang): string {
  return lang === 'fr' ? vscode.l10n.t('French') : vscode.l10n.t('English');
}

export function channelLabel(channel: Channel): string {
  switch (channel) {
    case 'email': return vscode.l10n.t('Email');
    case 'linkedin-connection': return vscode.l10n.t('LinkedIn connection note');
    case 'linkedin-message': return vscode.l10n.t('LinkedIn message');
    case 'inmail': return vscode.l10n.t('InMail');
  }
}

const CATEGORY_LABELS: Record<Category, () => string> = {
  'cliche-opener': () => vscode.l10n.t('cliché opener'),
  'fake-personalization': () => vscode.l10n.t('fake personalisation'),
  'gatekeeper-script': () => vscode.l10n.t('gatekeeper script'),
  filler: () => vscode.l10n.t('filler'),
  'jargon-buzzword': () => vscode.l10n.t('jargon'),
  hype: () => vscode.l10n.t('hype'),
  'pushy-cta': () => vscode.l10n.t('pushy ask'),
  'false-urgency': () => vscode.l10n.t('false urgency'),
  'self-centered': () => vscode.l10n.t('about you, not them'),
  'generic-value-prop': () => vscode.l10n.t('generic value proposition'),
  'merge-tag': () => vscode.l10n.t('leftover merge tag'),
  'mass-blast': () => vscode.l10n.t('mass-mailing tell'),
  'guilt-follow-up': () => vscode.l10n.t('guilt-trip follow-up'),
  structure: () => vscode.l10n.t('length and structure'),
  'specific-reference': () => vscode.l10n.t('specific reference'),
  'concrete-detail': () => vscode.l10n.t('concrete detail'),
  'honest-reason': () => vscode.l10n.t('honest reason for writing'),
  'genuine-question': () => vscode.l10n.t('genuine question'),
  'low-pressure-ask': () => vscode.l10n.t('low-pressure ask'),
  'own-voice': () => vscode.l10n.t('own voice'),
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category]?.() ?? category;
}

/** A pack text in the UI language, else the pack's language, else any. */
export function localized(text: LocalizedText | undefined, lang: Lang, fallback?: Lang | 'any'): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? (fallback && fallback !== 'any' ? text[fallback] : undefined) ?? text.en ?? text.fr;
}

/** "3 personal signals" / "1 personal signal", and the same for scripted phrases. */
export function personalSignalsLabel(n: number): string {
  return n === 1 ? vscode.l10n.t('1 personal signal') : vscode.l10n.t('{0} personal signals', n);
}

export function scriptedPhrasesLabel(n: number): string {
  return n === 1 ? vscode.l10n.t('1 scripted phrase') : vscode.l10n.t('{0} scripted phrases', n);
}
