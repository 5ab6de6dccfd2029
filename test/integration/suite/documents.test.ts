import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openFile, openUntitled, unscriptedDiagnostics, waitForAnalysis, waitForDiagnostics } from './helpers';

describe('documents', () => {
  before(api);
  afterEach(closeAll);

  it('a multi-draft file is analysed draft by draft, each with its language and a CodeLens', async () => {
    const editor = await openFile('sequence.outreach');
    assert.equal(editor.document.languageId, 'outreach');
    const entry = await waitForAnalysis(editor.document);
    const drafts = entry.analysis!.drafts;
    assert.deepEqual(drafts.map((d) => d.draft.lang), ['en', 'en', 'fr']);
    assert.equal(drafts[2].draft.channel, 'linkedin-message');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.equal(lenses.filter((l) => l.command?.command === 'unscripted.showDetails').length, 3);
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const frStart = editor.document.positionAt(drafts[2].draft.start);
    assert.ok(diags.some((d) => d.range.start.isAfterOrEqual(frStart)), 'the French draft has its own findings');
  });

  it('a document over the size limit is skipped, and the host stays responsive', async () => {
    const { store } = await api();
    const big = 'We are a leading provider of innovative solutions. '.repeat(4000); // ~200,000 characters
    const large = await openUntitled(big);
    const skipped = await waitForAnalysis(large.document);
    assert.equal(skipped.skipped, 'too-large');
    assert.equal(skipped.analysis, undefined);
    assert.equal(unscriptedDiagnostics(large.document.uri).length, 0);
    const small = await openUntitled('Hello,\n\nI hope this email finds you well.\n\nKim\n');
    await waitForDiagnostics(small.document.uri, (d) => d.length > 0, 'a small draft to be checked after the large one');
    assert.ok(store.get(small.document.uri)?.analysis);
  });

  it('an .eml file is checked below its headers only', async () => {
    const editor = await openFile('reply.eml');
    assert.equal(editor.document.languageId, 'eml');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const bodyStart = editor.document.getText().indexOf('Hi Ana');
    assert.ok(diags.some((d) => /finds you well/.test(editor.document.getText(d.range))), 'the body is coached');
    for (const d of diags) assert.ok(editor.document.offsetAt(d.range.start) >= bodyStart, `no finding in the headers: ${editor.document.getText(d.range)}`);
  });

  it('does not check languages outside unscripted.languages', async () => {
    const editor = await openUntitled('I hope this email finds you well.', 'javascript');
    const probe = await openUntitled('Hello,\n\nI hope this email finds you well.\n\nKim\n');
    await waitForDiagnostics(probe.document.uri, (d) => d.length > 0);
    assert.equal((await api()).store.get(editor.document.uri), undefined);
  });
});
