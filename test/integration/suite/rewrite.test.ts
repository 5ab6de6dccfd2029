import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { keyFingerprint } from '../../../src/extension/rewrite/apiKeyStore';
import { FakeOpenAIServer } from '../../support/fakeOpenAIServer';
import { api, closeAll, openFile, openUntitled, workspaceFile } from './helpers';

const KEY = 'sk-integration-7c1d9e2f4a';
const DRAFT = `Hi Ana,

I hope this email finds you well. Your Leeds depot moved to 2 shifts in March; we cut overtime by 18% at Northwind.

Would a 15-minute call on Thursday work?

Best,
Lee Park
`;

function draftIn(body: any): string {
  return /-----\n([\s\S]*?)\n-----/.exec(body.messages[1].content)![1]!;
}

function rewriteTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => {
    const i = t.input;
    return (i instanceof vscode.TabInputTextDiff && i.modified.scheme === 'unscripted-rewrite') || (i instanceof vscode.TabInputText && i.uri.scheme === 'unscripted-rewrite');
  });
}

describe('rewrite (real VS Code, fake OpenAI server)', () => {
  let server: FakeOpenAIServer;
  const config = () => vscode.workspace.getConfiguration('unscripted.rewrite');

  before(async () => {
    await api();
    server = await new FakeOpenAIServer().start();
    server.fallback = (body) => ({ kind: 'stream', pieces: draftIn(body).replace('I hope this email finds you well. ', '').match(/[\s\S]{1,10}/g) ?? [], delayMs: 2 });
    await config().update('baseURL', server.baseURL, vscode.ConfigurationTarget.Global);
    await config().update('model', 'fake-model', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await config().update('baseURL', undefined, vscode.ConfigurationTarget.Global);
    await config().update('model', undefined, vscode.ConfigurationTarget.Global);
    await server.close();
  });
  afterEach(async () => {
    server.reset();
    await vscode.commands.executeCommand('unscripted.rewrite.reject');
    await closeAll();
  });

  it('stores the API key in SecretStorage and reads it back (never in settings)', async () => {
    const { rewrite } = await api();
    assert.ok(rewrite, 'the rewrite API is exposed');
    assert.equal(await vscode.commands.executeCommand('unscripted.rewrite.setApiKey', KEY), true);
    assert.equal(await rewrite.apiKeyFingerprint(), keyFingerprint(KEY));
    assert.ok(!JSON.stringify(vscode.workspace.getConfiguration('unscripted')).includes(KEY), 'the key is not in settings');
    await vscode.commands.executeCommand('unscripted.rewrite.clearApiKey');
    assert.equal(await rewrite.apiKeyFingerprint(), undefined);
    await vscode.commands.executeCommand('unscripted.rewrite.setApiKey', KEY);
    assert.equal(await rewrite.apiKeyFingerprint(), keyFingerprint(KEY));
  });

  it('shows the rewrite in a diff; Accept applies one edit that a single undo reverts', async () => {
    await vscode.commands.executeCommand('unscripted.rewrite.setApiKey', KEY);
    const editor = await openUntitled(DRAFT);
    const doc = editor.document;
    const outcome = await vscode.commands.executeCommand<{ verdict: string; proposalUri: string; rewrite: string }>('unscripted.rewrite.rewriteDraft');
    assert.ok(outcome, 'the rewrite command returns its outcome');
    const diff = rewriteTabs().map((t) => t.input).find((i): i is vscode.TabInputTextDiff => i instanceof vscode.TabInputTextDiff);
    assert.ok(diff, 'a diff editor shows the proposal');
    assert.equal(diff.original.toString(), doc.uri.toString(), 'against the original draft');
    const proposal = await vscode.workspace.openTextDocument(diff.modified);
    assert.doesNotMatch(proposal.getText(), /finds you well/);
    assert.ok(rewriteTabs().some((t) => t.input instanceof vscode.TabInputText && /rewrite report/.test(t.input.uri.path)), 'the report is shown beside');
    const wire = JSON.stringify(server.requests[0]!.body);
    assert.ok(!wire.includes('Ana') && !wire.includes('Lee Park'), 'names are pseudonymised on the wire');
    assert.equal(doc.getText(), DRAFT, 'nothing applied before Accept');

    assert.equal(await vscode.commands.executeCommand('unscripted.rewrite.accept'), true);
    assert.equal(doc.getText(), proposal.getText(), 'the draft now reads as the proposal');
    assert.doesNotMatch(doc.getText(), /finds you well/);
    assert.equal(rewriteTabs().length, 0, 'diff and report are closed');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), DRAFT, 'one undo restores the draft exactly');
  });

  it('Reject leaves the draft byte-identical', async () => {
    await vscode.commands.executeCommand('unscripted.rewrite.setApiKey', KEY);
    const file = workspaceFile('en-cold.txt');
    const bytes = readFileSync(file.fsPath);
    const editor = await openFile('en-cold.txt');
    const version = editor.document.version;
    const outcome = await vscode.commands.executeCommand('unscripted.rewrite.rewriteDraft');
    assert.ok(outcome);
    assert.ok(rewriteTabs().length > 0);
    assert.equal(await vscode.commands.executeCommand('unscripted.rewrite.reject'), true);
    assert.equal(rewriteTabs().length, 0);
    assert.equal(editor.document.version, version, 'no edit was made');
    assert.equal(editor.document.isDirty, false);
    assert.ok(Buffer.from(editor.document.getText(), 'utf8').equals(bytes), 'the text is byte-identical to the file');
    assert.ok(readFileSync(file.fsPath).equals(bytes), 'the file on disk is unchanged');
  });

  it('a rejected key leaves the draft untouched and no diff open', async () => {
    await vscode.commands.executeCommand('unscripted.rewrite.setApiKey', KEY);
    server.next({ kind: 'status', status: 401, message: `bad key ${KEY}` });
    const editor = await openUntitled(DRAFT);
    const outcome = await vscode.commands.executeCommand('unscripted.rewrite.rewriteDraft');
    assert.equal(outcome, undefined);
    assert.equal(editor.document.getText(), DRAFT);
    assert.equal(rewriteTabs().length, 0);
  });
});
