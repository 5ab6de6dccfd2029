// Starts code-server's real VS Code (1.139.1 server + web workbench) on 127.0.0.1 with
// throw-away state, opens its workbench in headless Debian chromium through playwright-core,
// and tears the whole process tree down again. Used by the integration runner (run.mjs),
// `npm start` (scripts/start.mjs), the e2e check and the extension benchmark.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Workbench user settings: quiet, offline, no telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A file path as the vscode-remote URI the workbench understands. */
export function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** Workbench URL opening `folder`; `payload` pairs become the `payload` query parameter. */
export function workbenchUrl(authority, folder, payload) {
  let url = `http://${authority}/?folder=${encodeURIComponent(folder)}`;
  if (payload && payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/**
 * Starts code-server in its own process group. Resolves to
 * { authority, port, runDir, extensionsDir, extHostExits, stop({keep}) }.
 * options: { harness, workspace, port = 0 (free), logFile?, verbose?, env?, settings?, smokeTestDriver = true, onExit?,
 *            prepare?({ runDir, extensionsDir }) (awaited before the server starts, e.g. to install a .vsix) }
 */
export async function startCodeServer(options) {
  const { harness } = options;
  // All state in one run folder (short path: VS Code puts unix sockets in TMPDIR).
  const runDir = mkdtempSync(join(tmpdir(), 'unscripted-vscode-'));
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  const configFile = join(runDir, 'code-server.yaml');
  for (const d of [join(userDataDir, 'User'), extensionsDir, join(runDir, 't')]) mkdirSync(d, { recursive: true });
  const bindAddr = `127.0.0.1:${options.port ?? 0}`; // loopback only
  writeFileSync(configFile, `bind-addr: ${bindAddr}\nauth: none\ncert: false\n`);
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));

  await options.prepare?.({ runDir, extensionsDir });
  const entry = join(harness.dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const args = [
    entry, '--config', configFile, '--bind-addr', bindAddr, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    // A built VS Code honours extensionDevelopmentPath/extensionTestsPath from the URL
    // payload only with the smoke-test driver enabled; without it nothing runs.
    ...(options.smokeTestDriver === false ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
    options.workspace,
  ];
  const logStream = options.logFile ? createWriteStream(options.logFile) : null;
  const child = spawn(harness.node24, args, {
    cwd: runDir,
    detached: true, // own process group: stop() signals code-server and everything it spawned
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      EXTENSIONS_GALLERY: '{}', // no gallery (offline): disabled instead of failing on DNS
      ...process.env,
      ...options.env,
      XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
      XDG_DATA_HOME: join(runDir, 'xdg-data'),
      TMPDIR: join(runDir, 't'), // ipc/git sockets stay in the run folder
    },
  });

  let stopped = false;
  const stop = async ({ keep = false } = {}) => {
    if (!stopped) {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
        await exited;
        clearTimeout(t);
      }
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* no stragglers left */ }
    }
    logStream?.end();
    if (!keep) rmSync(runDir, { recursive: true, force: true });
  };

  // The remote extension host's real exit status is only visible in the server log.
  const extHostExits = [];
  const port = await new Promise((resolvePort, reject) => {
    let pending = '';
    const onData = (chunk) => {
      logStream?.write(chunk);
      if (options.verbose) process.stdout.write(`[code-server] ${chunk}`);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const m = line.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
        if (m) resolvePort(Number(m[1]));
        const e = line.match(/Extension Host Process exited with code: (\S+), signal: (\S+?)\.?$/);
        if (e) extHostExits.push({ code: e[1], signal: e[2], line: line.trim() });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`code-server exited early (code ${code}, signal ${signal})`)));
    setTimeout(() => reject(new Error('code-server did not report its port within 60 s')), 60000).unref();
  }).catch(async (err) => { await stop({ keep: true }); throw new Error(`${err.message} (state kept in ${runDir})`); });

  child.once('exit', (code, signal) => { if (!stopped) options.onExit?.(code, signal); });
  return { authority: `127.0.0.1:${port}`, port, runDir, extensionsDir, extHostExits, stop };
}

/** Extension host exits that are not a clean `code 0, signal null`. */
export function abnormalExits(server) {
  return server.extHostExits.filter((e) => e.code !== '0' || e.signal !== 'null');
}

/** Headless chromium (Debian's) through playwright-core, with a fresh profile inside the run folder. */
export async function launchChromium(harness, runDir, { viewport = { width: 1280, height: 800 } } = {}) {
  const { chromium } = harness.require('playwright-core');
  const profileDir = join(runDir, 'chromium-profile');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: harness.chromium,
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(profileDir, 'xdg-config'),
      XDG_CACHE_HOME: join(profileDir, 'xdg-cache'),
      TMPDIR: profileDir,
    },
  });
}

/** Runs code-server's CLI (e.g. --install-extension) against a server's extensions folder. */
export function codeServerCli(harness, extensionsDir, cliArgs) {
  const entry = join(harness.dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return new Promise((resolveRun, reject) => {
    const child = spawn(harness.node24, [entry, '--extensions-dir', extensionsDir, ...cliArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
    });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { out += c; });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`code-server ${cliArgs.join(' ')} failed (${code}):\n${out}`))));
  });
}
