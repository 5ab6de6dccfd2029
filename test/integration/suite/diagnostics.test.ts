import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, openFile, openUntitled, unscriptedDiagnostics, waitForAnalysis, waitForDiagnostics } from './helpers';

/** Replaces a range and waits until the rule's diagnostic at that place is gone. */
async function fixAndWait(editor: vscode.TextEditor, target: vscode.Diagnostic, replacement: string): Promise<void> {
  const rule = codeOf(target);
  const before = unscriptedDiagnostics(editor.document.uri).filter((d) => codeOf(d) === rule).length;
  assert.ok(await editor.edit((b) => b.replace(target.range, replacement)));
  await waitForDiagnostics(editor.document.uri, (ds) => ds.filter((d) => codeOf(d) === rule).length < before, `${rule} to disappear`);
}

describe('diagnostics', () => {
  before(api);
  afterEach(closeAll);

  it('flags a scripted English opener and clears it when the phrase is fixed', async () => {
    const editor = await openFile('en-cold.txt');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const opener = diags.find((d) => /finds you well/i.test(editor.document.getText(d.range)));
    assert.ok(opener, `a diagnostic on the stock opener, got ${diags.map(codeOf).join(', ')}`);
    assert.equal(opener.source, 'Unscripted');
    assert.ok(typeof opener.code === 'object' && opener.code.target instanceof vscode.Uri, 'code links to the rule documentation');
    assert.equal((await waitForAnalysis(editor.document)).analysis?.drafts[0].draft.lang, 'en');
    await fixAndWait(editor, opener, 'Congrats on the Lyon depot opening last week');
    await vscode.commands.executeCommand('undo'); // leave the file as it was on disk
  });

  it('flags a scripted French draft and clears it when the phrase is fixed', async () => {
    const editor = await openFile('fr-relance.txt');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    assert.equal((await waitForAnalysis(editor.document)).analysis?.drafts[0].draft.lang, 'fr');
    const buzz = diags.find((d) => /innovante|clé en main|booster/i.test(editor.document.getText(d.range)));
    assert.ok(buzz, `a diagnostic on the buzzwords, got ${diags.map((d) => editor.document.getText(d.range)).join(' | ')}`);
    await fixAndWait(editor, buzz, 'Notre outil de planification');
    await vscode.commands.executeCommand('undo');
  });

  it('reports a leftover merge tag as an error', async () => {
    const editor = await openFile('merge-tag.email.md');
    assert.equal(editor.document.languageId, 'outreach', '*.email.md opens as an outreach draft');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => editor.document.getText(x.range).includes('{{first_name}}')));
    const tag = diags.find((x) => editor.document.getText(x.range).includes('{{first_name}}'))!;
    assert.equal(tag.severity, vscode.DiagnosticSeverity.Error);
  });

  it('checks untitled documents and clears their diagnostics when they close', async () => {
    const editor = await openUntitled('Hello,\n\nI hope this email finds you well. I just wanted to reach out.\n\nBest,\nKim\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics cleared on close');
    assert.equal((await api()).store.get(uri), undefined, 'the store forgets a closed document');
  });
});
