import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openFile, openUntitled, waitForAnalysis } from './helpers';

describe('status, CodeLens and hovers', () => {
  before(api);
  afterEach(closeAll);

  it('the language status item shows the draft score, language and channel', async () => {
    const editor = await openFile('en-cold.txt');
    const entry = await waitForAnalysis(editor.document);
    const score = entry.analysis!.drafts[0].score.value;
    const status = (await api()).status();
    assert.ok(status, 'a status snapshot');
    assert.match(status.text, new RegExp(`\\b${score}\\b`));
    assert.match(status.detail, /English/);
    assert.match(status.detail, /Email/);
  });

  it('a CodeLens above the draft sums it up and opens the details', async () => {
    const editor = await openFile('en-cold.txt');
    const entry = await waitForAnalysis(editor.document);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const ours = lenses.filter((l) => l.command?.command === 'unscripted.showDetails');
    assert.equal(ours.length, 1);
    assert.match(ours[0].command!.title, new RegExp(`Score ${entry.analysis!.drafts[0].score.value} · .*personal signal.* · .*scripted phrase`));
  });

  it('hovering a scripted phrase gives the coaching and the rule source', async () => {
    const editor = await openUntitled('Hello,\n\nI hope this email finds you well.\n\nKim\n');
    const entry = await waitForAnalysis(editor.document, (e) => !!e.analysis?.drafts[0].findings.some((f) => f.kind === 'scripted'));
    const finding = entry.analysis!.drafts[0].findings.find((f) => f.kind === 'scripted')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(finding.start + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes(finding.ruleId), 'names the rule');
    assert.match(text, /\.yaml:\d+\]\(file:/, 'links the pack file and line');
    assert.ok(text.includes('command:unscripted.showRuleDocumentation'), 'links the rule documentation');
  });

  it('shows rule documentation from the pack', async () => {
    const editor = await openUntitled('Hello,\n\nI hope this email finds you well.\n\nKim\n');
    const entry = await waitForAnalysis(editor.document, (e) => !!e.analysis?.drafts[0].findings.length);
    const ruleId = entry.analysis!.drafts[0].findings[0].ruleId;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('unscripted.showRuleDocumentation', ruleId);
    const page = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.ok(page.includes(`\`${ruleId}\``), page);
    assert.match(page, /packs\/(en|fr)\/[\w-]+\.yaml:\d+/);
  });
});
