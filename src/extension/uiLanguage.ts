import type * as vscode from 'vscode';
import type { Lang } from '../engine/types';
import { displayLang, readSettings, uiLangFor } from './settings';

/**
 * The language Unscripted coaches in for a draft written in `draftLang`: the `unscripted.uiLanguage`
 * setting when it names one, the draft's language when it says `draft`, else VS Code's display
 * language. Hovers, the score view, the compare panel and the exported report all ask here, so a
 * category reads the same everywhere.
 */
export function uiLanguage(draftLang?: Lang, scope?: vscode.ConfigurationScope): Lang {
  return uiLangFor(readSettings(scope).uiLanguage) ?? draftLang ?? displayLang();
}
