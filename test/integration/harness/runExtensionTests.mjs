// Runs an extension test module (a mocha index exporting run()) inside the real VS Code
// extension host of code-server, the way @vscode/test-electron's runTests does on a desktop.
//
// The workbench is opened in headless chromium with a `payload` holding
// extensionDevelopmentPath + extensionTestsPath (vscode-remote URIs). When run() settles the
// workbench calls window.codeAutomationExit(code); the extension host's console (mocha's report)
// arrives through window.codeAutomationLog(level, args). Same contract as @vscode/test-web.
//
// The exit code alone is not trusted: a crashed or killed remote extension host still reports 0.
// Pass = reported 0 AND no abnormal "Extension Host Process exited" in the server log AND a
// summary with >= 1 passed and 0 failed (unless requireSummary is false).
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { abnormalExits, launchChromium, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureHarness } from './ensureHarness.mjs';

/** Picks "N passed, N failed" (our index) or mocha's "N passing" / "N failing" out of log text. */
export function scanCounts(text, counts) {
  for (const line of text.split('\n')) {
    let m = line.match(/(\d+) passed, (\d+) failed/);
    if (m) { counts.passed = Number(m[1]); counts.failed = Number(m[2]); continue; }
    m = line.match(/^\s*(\d+) passing \(/);
    if (m) { counts.passed = Number(m[1]); counts.failed ??= 0; continue; }
    m = line.match(/^\s*(\d+) failing\s*$/);
    if (m) counts.failed = Number(m[1]);
  }
}

/** Test output from the extension host starts with this mark (see test/integration/index.ts). */
export const TEST_OUTPUT_MARK = '[test] ';

/**
 * options: { extensionPath, testsPath, workspace, logDir, timeoutSec = 300, env?, verbose?, keep?,
 *            requireSummary = true, onLog?(text), signal?: AbortSignal (abort = interrupted, torn down) }
 * Marked test output goes to onLog (default: stdout); everything else the workbench logs goes to
 * logDir/workbench-console.log (and to stdout too with verbose).
 * Resolves to { code: 0 pass | 1 fail | 2 harness error, reason, counts: { passed, failed }, seconds }.
 */
export async function runExtensionTests(options) {
  const started = Date.now();
  const { extensionPath, testsPath, workspace, logDir, timeoutSec = 300, requireSummary = true } = options;
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const harness = ensureHarness();
  const counts = { passed: undefined, failed: undefined };
  let server;
  let context;
  let settle;
  const done = new Promise((r) => { settle = r; });
  let finished = false;

  const verdict = (reported) => {
    if (reported !== 0) return [1, `the test module reported exit code ${reported}`];
    const abnormal = abnormalExits(server);
    if (abnormal.length) return [1, `the extension host exited abnormally: ${abnormal.map((e) => e.line).join('; ')}`];
    if (requireSummary) {
      if (counts.passed === undefined) return [1, 'no test summary was seen'];
      if (counts.failed > 0) return [1, `${counts.failed} test(s) failed`];
      if (counts.passed === 0) return [1, 'no test ran (0 passed)'];
    }
    return [0, 'all tests passed'];
  };
  const finish = async (code, reason) => {
    if (finished) return;
    finished = true;
    await context?.close().catch(() => {});
    await server?.stop({ keep: options.keep }).catch((e) => console.error(e));
    settle({ code, reason, counts, seconds: (Date.now() - started) / 1000, runDir: server?.runDir });
  };

  const timer = setTimeout(async () => {
    const page = context?.pages()[0];
    const shot = join(logDir, 'timeout.png');
    if (page) await page.screenshot({ path: shot }).catch(() => {});
    finish(2, `TIMEOUT: no result after ${timeoutSec} s (screenshot: ${shot})`);
  }, timeoutSec * 1000);
  options.signal?.addEventListener('abort', () => finish(130, 'interrupted'));

  try {
    server = await startCodeServer({
      harness,
      workspace,
      logFile: join(logDir, 'code-server.log'),
      verbose: options.verbose,
      env: options.env,
      onExit: (code, signal) => finish(2, `code-server exited unexpectedly (code ${code}, signal ${signal})`),
    });
    context = await launchChromium(harness, server.runDir);
    context.on('close', () => finish(2, 'the browser closed unexpectedly'));
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('crash', () => finish(2, 'the browser page crashed'));
    if (options.verbose) page.on('console', (m) => console.log(`[browser ${m.type()}]`, m.text()));

    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (text.startsWith(TEST_OUTPUT_MARK)) {
        const out = text.slice(TEST_OUTPUT_MARK.length);
        (options.onLog ?? console.log)(out);
        scanCounts(out, counts);
      } else {
        appendFileSync(join(logDir, 'workbench-console.log'), `[${level}] ${text}\n`);
        if (options.verbose) console.log(`[workbench ${level}] ${text}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', async (code, logs) => {
      for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
        const target = join(logDir, 'workbench-logs', relativePath);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, contents);
      }
      await new Promise((r) => setTimeout(r, 300)); // the server logs the host's exit just before
      await finish(...verdict(code));
    });

    await page.goto(workbenchUrl(server.authority, workspace, [
      ['extensionDevelopmentPath', remoteUri(server.authority, extensionPath)],
      ['extensionTestsPath', remoteUri(server.authority, testsPath)],
    ]));
  } catch (err) {
    finish(2, `harness error: ${err?.stack ?? err}`);
  }
  const result = await done;
  clearTimeout(timer);
  return result;
}
