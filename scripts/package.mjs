#!/usr/bin/env node
// `npm run package`: packs `unscripted-<version>.vsix` at the
// project root from the bundle only (vsce --no-dependencies + the allow-list in .vscodeignore),
// then prints its size and what is inside.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${name}-${version}.vsix`);
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');

// vsce runs `vscode:prepublish` (the minified build) first.
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root }).toString().trim().split('\n');
if (listing.some((f) => f.startsWith('node_modules/') || f.startsWith('src/'))) {
  console.error(`the package holds sources or node_modules:\n${listing.join('\n')}`);
  process.exit(1);
}
console.log(`${listing.length} files: ${listing.join(', ')}`);
console.log(`${out.slice(root.length + 1)}: ${(statSync(out).size / 1024).toFixed(1)} KB`);
