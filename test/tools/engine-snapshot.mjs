#!/usr/bin/env node
/**
 * Snapshot of the engine's observable output, to prove an optimisation changes nothing.
 * Runs `node dist/cli.js batch` (build first) on:
 *   - the dev corpus (../shared/corpus/dev/messages.jsonl, read at run time, never copied),
 *   - the held-out corpus (test/corpus/holdout/messages.jsonl),
 *   - every built-in rule's own examples (flagged + clean), as email and as LinkedIn note,
 *   - the bench's 1,000 generated emails (needs `npm run compile-tests`),
 * each corpus message twice: with its metadata, and as bare text (language and channel detected);
 * plus `eval --format json` on both corpora.
 *
 *   node test/tools/engine-snapshot.mjs save DIR     write DIR/<set>.jsonl
 *   node test/tools/engine-snapshot.mjs check DIR    compare with DIR, print the first differences, exit 1 on any
 * Not shipped; a development tool.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const [mode, dir] = process.argv.slice(2);
if (!['save', 'check'].includes(mode) || !dir) {
  console.error('usage: engine-snapshot.mjs save|check DIR');
  process.exit(2);
}

/** The dev corpus: $DEV_CORPUS, else ../shared beside the project root's parent (the team layout). */
const devCorpus = process.env.DEV_CORPUS ?? join(root, '../../shared/corpus/dev/messages.jsonl');
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const corpusInputs = (file) =>
  jsonl(file).flatMap((m) => [
    { id: m.id, text: m.text, subject: m.subject, channel: m.channel, lang: m.lang },
    { id: `${m.id}/bare`, text: m.text },
  ]);

function exampleInputs() {
  const YAML = require('yaml');
  const out = [];
  for (const lang of ['en', 'fr']) {
    const packDir = join(root, 'packs', lang);
    for (const f of readdirSync(packDir).filter((x) => x.endsWith('.yaml')).sort()) {
      const pack = YAML.parse(readFileSync(join(packDir, f), 'utf8'));
      for (const rule of pack.rules ?? []) {
        const ex = rule.examples ?? {};
        for (const [kind, list] of [['flagged', ex.flagged ?? []], ['clean', ex.clean ?? []]]) {
          list.forEach((text, i) => {
            for (const channel of ['email', 'linkedin-note']) out.push({ id: `${rule.id}/${kind}/${i}/${channel}`, text, channel, lang });
          });
        }
      }
    }
  }
  return out;
}

function generatedInputs() {
  const gen = join(root, 'out/test/bench/generateEmails.js');
  if (!existsSync(gen)) throw new Error('run `npm run compile-tests` first (needs out/test/bench/generateEmails.js)');
  return require(gen).generateEmails(1000).map((e, i) => ({ id: `gen-${i}`, text: e.text }));
}

const cli = (args, input = '') => execFileSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { input, maxBuffer: 1 << 28, encoding: 'utf8' });
const batch = (inputs) => cli(['batch'], inputs.map((x) => JSON.stringify(x)).join('\n') + '\n');
const evalOf = (file) => () => ({ output: cli(['eval', '--corpus', file, '--format', 'json']) });


const sets = {
  dev: () => corpusInputs(devCorpus),
  holdout: () => corpusInputs(join(root, 'test/corpus/holdout/messages.jsonl')),
  examples: exampleInputs,
  generated: generatedInputs,
  'eval-dev': evalOf(devCorpus),
  'eval-holdout': evalOf(join(root, 'test/corpus/holdout/messages.jsonl')),
};

let differences = 0;
if (mode === 'save') mkdirSync(dir, { recursive: true });
for (const [name, make] of Object.entries(sets)) {
  const corpusFile = name.endsWith('dev') ? devCorpus : undefined;
  if (corpusFile && !existsSync(corpusFile)) {
    console.log(`${name}: skipped (${corpusFile} not found)`);
    continue;
  }
  const made = make();
  const out = Array.isArray(made) ? batch(made) : made.output;
  const file = join(dir, `${name}.jsonl`);
  if (mode === 'save') {
    writeFileSync(file, out);
    console.log(`${name}: ${out.split('\n').filter(Boolean).length} lines saved to ${file}`);
    continue;
  }
  const before = readFileSync(file, 'utf8').split('\n');
  const after = out.split('\n');
  let diff = 0;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue;
    if (diff++ < 3) console.log(`${name} line ${i + 1}:\n  before ${before[i]?.slice(0, 600)}\n  after  ${after[i]?.slice(0, 600)}`);
  }
  console.log(`${name}: ${diff ? `${diff} line(s) differ` : 'identical'} (${after.filter(Boolean).length} lines)`);
  differences += diff;
}
process.exit(differences ? 1 : 0);
