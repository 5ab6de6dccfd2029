import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';

/** Unscripted: Check Draft Now — checks the active document at once, whatever `unscripted.run` says. */
export function checkNow(ctx: CommandContext): void {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft first.'));
    return;
  }
  ctx.checker.check(doc, { force: true });
}
