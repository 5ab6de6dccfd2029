import * as vscode from 'vscode';
import type { Lang } from '../engine/types';

export type RunMode = 'onType' | 'onSave' | 'manual';
export type UiLanguageSetting = 'auto' | 'en' | 'fr' | 'draft';

/** The `unscripted.*` settings, read for one document (resource scope: folder settings apply). */
export interface UnscriptedSettings {
  languages: string[];
  include: string[];
  exclude: string[];
  maxDocumentSize: number;
  run: RunMode;
  debounceMs: number;
  uiLanguage: UiLanguageSetting;
  premium: boolean;
  showSignals: boolean;
  disabledRules: string[];
}

export const SECTION = 'unscripted';

export function readSettings(scope?: vscode.ConfigurationScope): UnscriptedSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'outreach', 'eml']),
    include: c.get<string[]>('include', []),
    exclude: c.get<string[]>('exclude', []),
    maxDocumentSize: Math.max(1000, c.get<number>('maxDocumentSize', 100000)),
    run: c.get<RunMode>('run', 'onType'),
    debounceMs: Math.min(5000, Math.max(0, c.get<number>('debounceMs', 150))),
    uiLanguage: c.get<UiLanguageSetting>('uiLanguage', 'auto'),
    premium: c.get<boolean>('premium', false),
    showSignals: c.get<boolean>('showSignals', true),
    disabledRules: c.get<string[]>('disabledRules', []),
  };
}

/** The language coaching messages are written in; undefined = each draft's own language. */
export function uiLangFor(setting: UiLanguageSetting): Lang | undefined {
  if (setting === 'en' || setting === 'fr') return setting;
  if (setting === 'draft') return undefined;
  return displayLang();
}

/** VS Code's display language, as one Unscripted coaches in (French, else English). */
export function displayLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
