// Desktop path: runs the same integration suites with @vscode/test-electron on a machine that
// has (or can download) a desktop VS Code. Not used in CI (these machines cannot download VS Code;
// CI uses test/integration/run.mjs, the code-server harness).
//   npm run compile-tests && node out/test/integration/runTest.js
// Set VSCODE_EXECUTABLE to use an installed VS Code instead of downloading one.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      launchArgs: [path.join(root, 'test', 'integration', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error('integration tests failed:', err);
    process.exit(1);
  }
}

void main();
