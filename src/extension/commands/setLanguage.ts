import * as vscode from 'vscode';
import type { Lang } from '../../engine/types';
import { langLabel } from '../labels';
import type { CommandContext } from './commandContext';
import { chooseDraftValue } from './draftValue';

/** Unscripted: Set Draft Language… — English, French, or detect automatically. Argument: 'en' | 'fr' | 'auto'. */
export function setLanguage(ctx: CommandContext, arg?: Lang | 'auto'): Promise<void> {
  return chooseDraftValue<Lang>(ctx, 'lang', arg, [
    { label: vscode.l10n.t('Detect automatically'), value: 'auto' },
    { label: langLabel('en'), description: 'en', value: 'en' },
    { label: langLabel('fr'), description: 'fr', value: 'fr' },
  ], vscode.l10n.t('Language of this draft'));
}
