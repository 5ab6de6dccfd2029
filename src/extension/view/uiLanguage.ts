import * as vscode from 'vscode';
import type { Lang } from '../../engine/types';

/** The webviews' language: the `unscripted.uiLanguage` setting when it names one, else VS Code's display language. */
export function uiLanguage(): Lang {
  const setting = vscode.workspace.getConfiguration('unscripted').get<string>('uiLanguage');
  if (setting === 'en' || setting === 'fr') return setting;
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
