#!/usr/bin/env node
// `npm run bench` (after the engine bench): the extension in the real VS Code (harness).
// Prints the median/p95 time from an edit to updated diagnostics with the default debounce
// (target < 300 ms), activation time, and the size of dist/extension.js (and of the .vsix if built).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../integration/harness/ensureHarness.mjs';
import { runExtensionTests } from '../integration/harness/runExtensionTests.mjs';

const kb = (f) => `${(statSync(f).size / 1024).toFixed(1)} KB`;
const testsPath = join(projectRoot, 'out', 'test', 'bench', 'extension', 'benchIndex.js');
if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: run "npm run compile-tests"`);
const workspace = mkdtempSync(join(tmpdir(), 'unscripted-bench-'));
let bench;
const result = await runExtensionTests({
  extensionPath: projectRoot,
  testsPath,
  workspace,
  logDir: join(projectRoot, '.vscode-test', 'logs', 'bench'),
  timeoutSec: 240,
  onLog: (line) => {
    const m = line.match(/^BENCH (\{.*\})$/);
    if (m) bench = JSON.parse(m[1]);
  },
});
rmSync(workspace, { recursive: true, force: true });
if (result.code !== 0 || !bench) {
  console.error(`extension bench failed: ${result.reason}`);
  process.exit(1);
}
const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const vsix = join(projectRoot, `${name}-${version}.vsix`);
const ms = (v) => `${v.toFixed(1)} ms`;
console.log('\nExtension in VS Code 1.139 (code-server harness, headless Chromium)');
console.log(`  edit → updated diagnostics, ${bench.words}-word draft, debounce ${bench.debounceMs} ms, ${bench.edits} edits:`);
console.log(`    median ${ms(bench.editToDiagnosticsMedianMs)}  p95 ${ms(bench.editToDiagnosticsP95Ms)}  (target < 300 ms; engine median ${ms(bench.engineMedianMs)})`);
console.log(`  activation: ${bench.activateCallMs === null ? 'n/a' : ms(bench.activateCallMs)} for ext.activate() (extension host + bundle load + activate()); bundle load ${ms(bench.bundleLoadMs)}; activate() ${ms(bench.activateFunctionMs)}`);
console.log(`  first check of a draft (rule set build + warm-up + analysis): ${ms(bench.firstCheckMs)}`);
console.log(`  dist/extension.js: ${kb(join(projectRoot, 'dist', 'extension.js'))}${existsSync(vsix) ? `, ${vsix.slice(projectRoot.length + 1)}: ${kb(vsix)}` : ''}`);
process.exit(bench.editToDiagnosticsMedianMs < 300 ? 0 : 1);
