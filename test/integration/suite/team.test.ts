import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { testLog } from '../index';
import { api, closeAll, codeOf, unscriptedDiagnostics, waitForDiagnostics, workspaceFile } from './helpers';

// Each test has its own folder in the workspace (team/<name>/: a root config, the README's `acme` pack, a draft),
// there before VS Code starts so the file watchers see every later write. The harness runs on a copy.
const ACME_RULES = ['no-circle-back', 'no-asap', 'no-forklift'];

/** Resolves when `ok()` holds, checked on every diagnostics change; rejects after `ms` (the requirement, not a sleep). */
function diagnosticsWithin<T>(ms: number, ok: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = (v: T) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`not within ${ms} ms: ${what}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const v = ok();
      if (v !== undefined) done(v);
    });
    const now = ok();
    if (now !== undefined) done(now);
  });
}

function setUp(name: string) {
  const uri = (p: string) => workspaceFile(path.join('team', name, p));
  const t = { draft: uri('draft.txt'), pack: uri('playbook/acme.yaml'), config: uri('.unscripted.yaml') };
  return { ...t, configText: fs.readFileSync(t.config.fsPath, 'utf8'), packText: fs.readFileSync(t.pack.fsPath, 'utf8') };
}

async function openDraft(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'no-circle-back') && ds.some((d) => codeOf(d) === 'no-asap'), 'the team rules');
  return editor;
}

async function quickFix(doc: vscode.TextDocument, rule: string, title: RegExp): Promise<vscode.CodeAction> {
  const d = unscriptedDiagnostics(doc.uri).find((x) => codeOf(x) === rule);
  assert.ok(d, `a ${rule} diagnostic`);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.command, `a quick fix ${title}, got: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

describe('team packs', () => {
  before(api);
  afterEach(closeAll);

  it('editing a team pack re-lints open drafts within a second', async () => {
    const t = setUp('reload');
    const editor = await openDraft(t.draft);
    const pack = await vscode.workspace.openTextDocument(t.pack);
    const edit = new vscode.WorkspaceEdit();
    const rule = '  - id: no-forklift\n    kind: phrase\n    category: jargon-buzzword\n    severity: info\n    phrases: ["forklift numbers"]\n    message: "Say which numbers."\n';
    edit.insert(t.pack, pack.positionAt(pack.getText().length), rule);
    const edited = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit));
    // The open pack is read from the editor: typing a rule (before saving) already re-lints the draft.
    await diagnosticsWithin(1000, () => (unscriptedDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'no-forklift') ? true : undefined), 'the new rule on the open draft');
    testLog(`      re-lint after editing the open pack: ${Date.now() - edited} ms`);
    assert.ok(Date.now() - edited < 1000);
    await pack.save();

    fs.writeFileSync(t.pack.fsPath, t.packText.replace('phrases: ["circle back"]', 'phrases: ["touch base"]'));
    const disk = Date.now();
    await diagnosticsWithin(1000, () => (unscriptedDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'no-circle-back') ? undefined : true), 'the rule changed on disk to stop firing');
    testLog(`      re-lint after the pack changed on disk: ${Date.now() - disk} ms`);
    assert.ok(Date.now() - disk < 1000);
  });

  it('a broken pack shows a diagnostic on its own file while drafts are still checked by the built-ins', async () => {
    const t = setUp('broken');
    const editor = await openDraft(t.draft);
    fs.writeFileSync(t.pack.fsPath, t.packText.replace('    phrases: ["circle back"]', '    phrases: ["circle back"'));
    const [problem] = await waitForDiagnostics(t.pack, (ds) => ds.length > 0, 'a diagnostic on the broken pack');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem.message, /^YAML:/);
    assert.ok(problem.range.start.line >= 7 && problem.range.start.line <= 9, `line ${problem.range.start.line + 1}`);
    const ds = await waitForDiagnostics(editor.document.uri, (x) => !x.some((d) => ACME_RULES.includes(codeOf(d))), 'the team rules to go');
    assert.ok(ds.some((d) => !ACME_RULES.includes(codeOf(d))), `built-in findings remain, got ${ds.map(codeOf).join(', ')}`);

    fs.writeFileSync(t.pack.fsPath, t.packText);
    await waitForDiagnostics(t.pack, (x) => x.length === 0, 'the pack diagnostic to clear');
    await waitForDiagnostics(editor.document.uri, (x) => x.some((d) => codeOf(d) === 'no-circle-back'), 'the team rules to come back');
  });

  it('"accept this phrase for the team" writes accept in the team file and the finding goes', async () => {
    const t = setUp('accept');
    const editor = await openDraft(t.draft);
    const fix = await quickFix(editor.document, 'no-circle-back', /^Accept “circle back” for the team$/);
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    const written = fs.readFileSync(t.config.fsPath, 'utf8');
    assert.equal(written, `${t.configText}accept:\n  - circle back\n`);
    const ds = await waitForDiagnostics(editor.document.uri, (x) => !x.some((d) => codeOf(d) === 'no-circle-back'), 'the accepted phrase to stop being flagged');
    assert.ok(ds.some((d) => codeOf(d) === 'no-asap'), 'other team rules still run');
  });

  it('"disable this rule for the team" writes rules in the team file and the finding goes', async () => {
    const t = setUp('disable');
    const editor = await openDraft(t.draft);
    const fix = await quickFix(editor.document, 'no-asap', /^Disable no-asap for the team$/);
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    assert.equal(fs.readFileSync(t.config.fsPath, 'utf8'), `${t.configText}rules:\n  no-asap: off\n`);
    const ds = await waitForDiagnostics(editor.document.uri, (x) => !x.some((d) => codeOf(d) === 'no-asap'), 'the disabled rule to go');
    assert.ok(ds.some((d) => codeOf(d) === 'no-circle-back'), 'other team rules still run');
  });
});
