// Runs inside the real VS Code extension host (loaded as extensionTestsPath by
// test/bench/extension.bench.mjs): activation time, then the time from an edit to updated
// diagnostics with the default debounce. Prints one line "BENCH {json}".
import * as vscode from 'vscode';
import type { UnscriptedApi } from '../../../src/extension/api';
import { testLog } from '../../integration/index';

const EDITS = Number(process.env.UNSCRIPTED_BENCH_EDITS || 40);
const WARMUP = 5;
const FILLER = 'I just wanted to reach out because ';
const DRAFT = `Hi Morgan,

Your post on Tuesday about moving the Rotterdam returns desk to two shifts stuck with me,
especially the part about weekend backlogs doubling after the holiday peak.

We work with three mid-sized 3PLs in Belgium on exactly that: routing returns by SKU value so
the expensive items get checked first. At one of them, weekend backlog fell from four days to one
within a quarter, without adding staff.

How are you deciding which returns get handled first today? If a short write-up of what the
Antwerp team changed would help, I can send it over. No need to reply otherwise.

Best,
Kim
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One edit, timed until the next diagnostics change on the document. */
async function timedEdit(editor: vscode.TextEditor, apply: (b: vscode.TextEditorEdit) => void): Promise<number> {
  const uri = editor.document.uri.toString();
  const changed = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics change within 10 s of an edit')), 10000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(performance.now());
      }
    });
  });
  const started = performance.now();
  await editor.edit(apply);
  return (await changed) - started;
}

export async function run(): Promise<void> {
  try {
    await bench();
  } catch (err) {
    testLog(`bench error: ${err instanceof Error ? err.stack : String(err)}`);
    testLog('0 passed, 1 failed');
    throw err;
  }
}

async function bench(): Promise<void> {
  const ext = vscode.extensions.getExtension<UnscriptedApi>('unscripted.unscripted')!;
  const wasActive = ext.isActive;
  const t0 = performance.now();
  const api = await ext.activate();
  const activateCallMs = performance.now() - t0;
  // Loading the bundle alone: a fresh copy, outside the extension host's activation machinery.
  const bundle = require.resolve(`${ext.extensionPath}/dist/extension.js`);
  delete require.cache[bundle];
  const t1 = performance.now();
  require(bundle);
  const bundleLoadMs = performance.now() - t1;

  // Subscribe before opening: the first check may land before showTextDocument resolves.
  const firstCheck = performance.now();
  const checked = new Promise<void>((resolve) => {
    const sub = api.store.onDidChange(({ entry }) => {
      if (entry?.analysis) { sub.dispose(); resolve(); }
    });
  });
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: DRAFT });
  const editor = await vscode.window.showTextDocument(doc);
  await checked;
  const firstCheckMs = performance.now() - firstCheck;
  const at = doc.positionAt(DRAFT.indexOf('We work with'));

  const times: number[] = [];
  const engineMs: number[] = [];
  for (let i = 0; i < EDITS + WARMUP; i++) {
    const insert = i % 2 === 0;
    const ms = await timedEdit(editor, (b) =>
      insert ? b.insert(at, FILLER) : b.delete(new vscode.Range(at, at.translate(0, FILLER.length))),
    );
    if (i >= WARMUP) {
      times.push(ms);
      engineMs.push(api.store.get(doc.uri)?.durationMs ?? NaN);
    }
  }
  times.sort((a, b) => a - b);
  engineMs.sort((a, b) => a - b);
  testLog(`BENCH ${JSON.stringify({
    edits: times.length,
    debounceMs: vscode.workspace.getConfiguration('unscripted').get('debounceMs'),
    editToDiagnosticsMedianMs: percentile(times, 50),
    editToDiagnosticsP95Ms: percentile(times, 95),
    engineMedianMs: percentile(engineMs, 50),
    activateCallMs: wasActive ? null : activateCallMs,
    activateFunctionMs: api.activationMs,
    bundleLoadMs,
    firstCheckMs,
    words: DRAFT.split(/\s+/).filter(Boolean).length,
  })}`);
  testLog('1 passed, 0 failed');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
