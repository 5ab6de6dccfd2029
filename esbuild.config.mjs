// Bundles the extension and the CLI. `node esbuild.config.mjs [--dev] [--watch]`.
// Package builds are minified, without sourcemaps; `vscode` stays external.
// The build fails on a root import of `natural` (see ARCHITECTURE.md: ~640 ms, 9.7 MB, runs dotenv).
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, statSync } from 'node:fs';

const dev = process.argv.includes('--dev');
const watch = process.argv.includes('--watch');

/** Refuses `natural` (or `natural/lib/natural`, its index) as an import: import single files by path. */
const forbidNaturalRoot = {
  name: 'forbid-natural-root',
  setup(build) {
    build.onResolve({ filter: /^natural(\/lib\/natural)?(\/index(\.js)?)?\/?$/ }, (args) => ({
      errors: [{
        text: `root import of "natural" in ${args.importer}: import one file by path, e.g. "natural/lib/natural/stemmers/porter_stemmer_fr"`,
      }],
    }));
  },
};

/**
 * The openai SDK (~385 KB) lives in its own file, dist/openai.js, required only on the first rewrite:
 * activation and `unscripted check` never load or parse it.
 */
const openaiAsSeparateFile = {
  name: 'openai-as-separate-file',
  setup(build) {
    build.onResolve({ filter: /^openai$/ }, () => ({ path: './openai.js', external: true }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !dev,
  sourcemap: dev,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [forbidNaturalRoot],
  // import() of an external file becomes require(): the SDK file is CommonJS and its named exports must survive.
  supported: { 'dynamic-import': false },
};

const builds = [
  { ...common, plugins: [forbidNaturalRoot, openaiAsSeparateFile], entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, plugins: [forbidNaturalRoot, openaiAsSeparateFile], entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, stdin: { contents: "module.exports = require('openai');", resolveDir: '.', loader: 'js' }, outfile: 'dist/openai.js' },
];

/** Codicons for the webviews, served from media/ (webviews may load nothing else). */
function copyCodicons() {
  mkdirSync('media/codicons', { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `media/codicons/${f}`);
}
copyCodicons();

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('[esbuild] watching…');
} else {
  const started = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  const kb = (f) => (statSync(f).size / 1024).toFixed(1);
  console.log(`[esbuild] dist/extension.js ${kb('dist/extension.js')} KB, dist/cli.js ${kb('dist/cli.js')} KB, dist/openai.js ${kb('dist/openai.js')} KB (loaded on first rewrite) in ${Date.now() - started} ms`);
}
