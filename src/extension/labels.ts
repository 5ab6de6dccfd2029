import * as vscode from 'vscode';
import type { Channel, Lang, LocalizedText } from '../engine/types';
import { uiStrings } from '../report/uiStrings';
import { displayLang } from './settings';

/**
 * Display names of the extension's own UI, translated through the l10n bundle (VS Code's display
 * language). Category names are coaching content: they come from `report/categoryLabels`, the one
 * EN/FR table the views, the report and the CLI share.
 */
export function langLabel(lang: Lang): string {
  return lang === 'fr' ? vscode.l10n.t('French') : vscode.l10n.t('English');
}

/** A channel's name in VS Code's display language, from the table the report and views use. */
export function channelLabel(channel: Channel): string {
  return uiStrings(displayLang()).channels[channel];
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
