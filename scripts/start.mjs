#!/usr/bin/env node
// `npm start`: a real VS Code (code-server's VS Code 1.139.1, the test harness one) on 127.0.0.1,
// with Unscripted loaded from this folder (as a development extension) on the sample drafts in
// samples/. Prints the address to open in a browser; runs until Ctrl+C.
// usage: node scripts/start.mjs [--port N] [--folder DIR]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { remoteUri, startCodeServer, workbenchUrl } from '../test/integration/harness/codeServer.mjs';
import { ensureHarness, projectRoot } from '../test/integration/harness/ensureHarness.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg('port') ?? process.env.PORT ?? 0);
const folder = resolve(arg('folder') ?? join(projectRoot, 'samples'));
if (!existsSync(join(projectRoot, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: run "npm run build" (npm start does it for you)');
  process.exit(1);
}

const harness = ensureHarness();
const server = await startCodeServer({
  harness,
  workspace: folder,
  port,
  logFile: join(projectRoot, '.vscode-test', 'start.log'),
  settings: { 'workbench.startupEditor': 'none', 'files.autoSave': 'off' },
  onExit: (code, signal) => {
    console.error(`VS Code stopped (code ${code}, signal ${signal}); log: .vscode-test/start.log`);
    process.exit(1);
  },
});
const url = workbenchUrl(server.authority, folder, [['extensionDevelopmentPath', remoteUri(server.authority, projectRoot)]]);
console.log(`\nUnscripted is running in VS Code 1.139.1 on ${folder}\n`);
console.log(`  Open: ${url}\n`);
console.log(`  (short address http://${server.authority}/ opens the same folder without the development extension)`);
console.log('  Edit the extension? Run "npm run build" and reload the window (Ctrl+R). Ctrl+C stops.\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping VS Code…');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
