// Loaded by the VS Code extension host as `extensionTestsPath` (harness or @vscode/test-electron).
// VS Code calls run() and waits: resolve -> exit code 0, reject -> 1. Prints the summary line
// "N passed, N failed" that the runners read. UNSCRIPTED_TEST_GREP narrows the run.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Lines starting with this mark are test output; the runners print them and file the rest (workbench noise). */
export const TEST_OUTPUT_MARK = '[test] ';

/** console.log for test output (reporter, summary, benchmark figures). */
export function testLog(...args: unknown[]): void {
  console.log(TEST_OUTPUT_MARK + format(...args));
}

export function run(): Promise<void> {
  const grep = process.env.UNSCRIPTED_TEST_GREP || undefined;
  Mocha.reporters.Base.consoleLog = testLog;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec', ...(grep ? { grep } : {}) });
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(suiteDir, file));
  }
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run((failures) => {
        testLog(`${passed} passed, ${failed} failed`);
        if (failures > 0 || passed === 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => passed++);
      runner.on('fail', () => failed++);
    } catch (err) {
      testLog(err);
      reject(err);
    }
  });
}
