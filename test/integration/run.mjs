#!/usr/bin/env node
// Runs the integration suites (out/test/integration/index.js, compiled from
// test/integration/**/*.ts) inside a real VS Code: code-server's VS Code 1.139.1 extension
// host, driven by headless chromium. Installs the harness on first use (.vscode-test/harness/).
// On a machine with a desktop VS Code, test/integration/runTest.ts (@vscode/test-electron) runs
// the same suites.
//
// usage: node test/integration/run.mjs [--grep TEXT] [--workspace DIR] [--tests FILE]
//                                      [--timeout SECONDS] [--verbose] [--keep]
// Exit: 0 passed, 1 failed, 2 harness error. The last line is always "N passed, N failed".
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHarness, projectRoot } from './harness/ensureHarness.mjs';
import { runExtensionTests } from './harness/runExtensionTests.mjs';

function parseArgs(argv) {
  const opts = {
    tests: join(projectRoot, 'out', 'test', 'integration', 'index.js'),
    workspace: join(projectRoot, 'test', 'integration', 'workspace'),
    timeout: 300,
    verbose: false,
    keep: false,
    grep: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].replace(/^--/, '').split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (key) {
      case 'grep': opts.grep = value(); break;
      case 'workspace': opts.workspace = resolve(value()); break;
      case 'tests': opts.tests = resolve(value()); break;
      case 'timeout': opts.timeout = Number(value()); break;
      case 'verbose': opts.verbose = true; break;
      case 'keep': opts.keep = true; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  for (const p of [opts.tests, opts.workspace, join(projectRoot, 'dist', 'extension.js')]) {
    if (!existsSync(p)) throw new Error(`not found: ${p} (run "npm run build && npm run compile-tests" first)`);
  }
  const logDir = join(projectRoot, '.vscode-test', 'logs', 'integration');
  // The suites edit files and workspace settings: they get a fresh copy of the workspace.
  const workspace = join(mkdtempSync(join(tmpdir(), 'unscripted-ws-')), 'workspace');
  cpSync(opts.workspace, workspace, { recursive: true });
  ensureHarness(); // first run: installs it (and says so) before anything starts
  console.log('[integration] starting VS Code 1.139.1 (code-server) on 127.0.0.1 with the extension under test');
  const result = await runExtensionTests({
    extensionPath: projectRoot,
    testsPath: opts.tests,
    workspace,
    logDir,
    timeoutSec: opts.timeout,
    verbose: opts.verbose,
    keep: opts.keep,
    env: { UNSCRIPTED_TEST_GREP: opts.grep ?? '' },
    signal: interrupted.signal,
  });
  console.log(`[integration] ${result.reason} -> exit ${result.code} in ${result.seconds.toFixed(1)} s (logs: ${logDir})`);
  if (opts.keep && result.runDir) console.log(`[integration] kept run folder ${result.runDir} and workspace ${workspace}`);
  else rmSync(join(workspace, '..'), { recursive: true, force: true });
  const { passed = 0 } = result.counts;
  // A run that failed without a failing test (host crash, timeout, no summary) counts as one failure.
  const failed = result.counts.failed || (result.code !== 0 ? 1 : 0);
  console.log(`${passed} passed, ${failed} failed`);
  return result.code;
}

// Ctrl+C / SIGTERM: tear the VS Code process group down before exiting.
const interrupted = new AbortController();
process.on('SIGINT', () => interrupted.abort());
process.on('SIGTERM', () => interrupted.abort());
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[integration] error: ${err?.stack ?? err}`);
    console.log('0 passed, 0 failed');
    process.exit(2);
  },
);
