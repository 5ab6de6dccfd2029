import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openFile, openUntitled, waitForAnalysis } from './helpers';

describe('commands', () => {
  before(api);
  afterEach(closeAll);

  it('set draft language: a per-document override when there is no front matter', async () => {
    const editor = await openUntitled('Hello Marc,\n\nThanks for the tour of the Nantes plant on Tuesday.\n\nKim\n');
    assert.equal((await waitForAnalysis(editor.document)).analysis!.drafts[0].draft.lang, 'en');
    const { store } = await api();
    const changed = new Promise<void>((resolve) => {
      const sub = store.onDidChange(({ entry }) => {
        if (entry?.analysis?.drafts[0].draft.lang === 'fr') { sub.dispose(); resolve(); }
      });
    });
    await vscode.commands.executeCommand('unscripted.setLanguage', 'fr');
    await changed;
    assert.equal(store.get(editor.document.uri)!.analysis!.drafts[0].draft.langSource, 'option');
    assert.ok(!editor.document.getText().includes('lang:'), 'the draft text is untouched');
    await vscode.commands.executeCommand('unscripted.setLanguage', 'auto');
  });

  it('set channel: writes the front matter when the draft has one', async () => {
    const editor = await openFile('front-matter.email.md');
    await waitForAnalysis(editor.document);
    await vscode.commands.executeCommand('unscripted.setChannel', 'inmail');
    assert.match(editor.document.getText(), /^channel: inmail$/m);
    const entry = await waitForAnalysis(editor.document);
    assert.equal(entry.analysis!.drafts[0].draft.channel, 'inmail');
    await vscode.commands.executeCommand('undo');
  });

  it('check now analyses a document outside the checked languages', async () => {
    const editor = await openUntitled('I hope this email finds you well.', 'json');
    const { store } = await api();
    assert.equal(store.get(editor.document.uri), undefined, 'json is not checked by default');
    await vscode.commands.executeCommand('unscripted.checkNow');
    assert.ok(store.get(editor.document.uri)?.analysis, 'checked on demand');
  });
});
