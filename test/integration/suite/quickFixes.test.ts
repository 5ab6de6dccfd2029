import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, openUntitled, waitForDiagnostics } from './helpers';

const DRAFT = 'Hi Ana,\n\nI hope this email finds you well. Your post on night-shift rotas was sharp.\n\nLee\n';

/** Quick fixes offered at a diagnostic (the command does not return their diagnostics: callers pick by title/arguments). */
async function fixesFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

async function openerDiagnostic(editor: vscode.TextEditor): Promise<vscode.Diagnostic> {
  const diags = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => /finds you well/.test(editor.document.getText(d.range))));
  return diags.find((d) => /finds you well/.test(editor.document.getText(d.range)))!;
}

describe('quick fixes', () => {
  before(api);
  afterEach(closeAll);

  it('applies a suggestion as one edit that undo restores', async () => {
    const editor = await openUntitled(DRAFT);
    const d = await openerDiagnostic(editor);
    const actions = await fixesFor(editor.document, d);
    const fix = actions.find((a) => a.edit && a.isPreferred);
    assert.ok(fix?.edit, `a quick fix that edits the draft, got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.doesNotMatch(editor.document.getText(), /finds you well/);
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((x) => codeOf(x) === codeOf(d)), 'the fixed finding to go');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), DRAFT, 'undo restores the draft');
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((x) => codeOf(x) === codeOf(d)), 'the finding to come back after undo');
  });

  it('"ignore here" inserts a suppression comment the engine honours', async () => {
    const editor = await openUntitled(DRAFT);
    const d = await openerDiagnostic(editor);
    const rule = codeOf(d);
    const ignore = (await fixesFor(editor.document, d)).find((a) => a.title === `Ignore ${rule} here`);
    assert.ok(ignore?.edit, 'an "ignore here" action');
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.ok(editor.document.getText().includes(`<!-- unscripted-disable-next-line ${rule} -->\nI hope this email`), editor.document.getText());
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((x) => codeOf(x) === rule), `${rule} to be silenced`);
  });

  it('honours the French spelling of the suppression comment', async () => {
    const editor = await openUntitled(DRAFT);
    const rule = codeOf(await openerDiagnostic(editor));
    const line = editor.document.lineAt(2);
    assert.ok(await editor.edit((b) => b.insert(line.range.start, `<!-- unscripted-desactiver-ligne-suivante ${rule} -->\n`)));
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((x) => codeOf(x) === rule), `${rule} to be silenced`);
  });

  it('"disable for this workspace" writes unscripted.disabledRules and the finding goes', async () => {
    const editor = await openUntitled(DRAFT);
    const d = await openerDiagnostic(editor);
    const rule = codeOf(d);
    const disable = (await fixesFor(editor.document, d)).find((a) => a.command?.command === 'unscripted.disableRuleForWorkspace' && a.command.arguments?.[0] === rule);
    assert.ok(disable?.command, 'a "disable for this workspace" action');
    try {
      await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
      const config = vscode.workspace.getConfiguration('unscripted');
      assert.deepEqual(config.inspect<string[]>('disabledRules')?.workspaceValue, [rule]);
      await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((x) => codeOf(x) === rule), `${rule} to be disabled`);
    } finally {
      await vscode.workspace.getConfiguration('unscripted').update('disabledRules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
