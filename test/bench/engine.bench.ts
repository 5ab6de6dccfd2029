/**
 * `npm run bench`: the engine's speed on one deterministic set of 1,000 generated emails, next to
 * write-good (English only — it has no French) and a single precompiled RegExp alternation of the
 * same phrases (a lower bound: a scan with no parsing, segments, metrics or score). Prints numbers;
 * asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../src/engine/analyze';
import { buildRuleSet, type RuleSet } from '../../src/engine/ruleSet';
import { parsePack } from '../../src/engine/packs/parsePack';
import { builtinSources } from '../../src/cli/loadCliRuleSet';
import { generateEmail, generateEmails, seededRandom, type BenchEmail } from './generateEmails';
import { phraseAlternation } from './phraseRegex';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const writeGood = require('write-good') as (text: string) => unknown[];

const COUNT = 1000;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Per-message times in ms, sorted; one warm-up pass first. */
function timeEach(emails: BenchEmail[], fn: (text: string) => unknown): number[] {
  for (const e of emails) fn(e.text);
  const times = emails.map((e) => {
    const t0 = performance.now();
    fn(e.text);
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b);
}

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(3)} ms`);
const row = (name: string, t: number[]) =>
  `  ${name.padEnd(34)} median ${ms(quantile(t, 0.5)).padStart(10)}   p95 ${ms(quantile(t, 0.95)).padStart(10)}   (${t.length} messages)`;

function main(): void {
  const started = performance.now();
  const sources = builtinSources();

  const buildTimes: number[] = [];
  let ruleSet: RuleSet = buildRuleSet(sources);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    ruleSet = buildRuleSet(sources);
    buildTimes.push(performance.now() - t0);
  }
  buildTimes.sort((a, b) => a - b);

  const packs = sources.map((s) => parsePack(s.text, s.file).pack).filter((p) => p !== undefined);
  const rules = packs.flatMap((p) => p.rules.filter((r) => r.enabled !== false));
  const phrases = rules.flatMap((r) => (r.kind === 'phrase' ? r.phrases ?? [] : []));
  const alternation = phraseAlternation(phrases);

  const emails = generateEmails(COUNT);
  const en = emails.filter((e) => e.lang === 'en');
  const words = emails.map((e) => e.words).sort((a, b) => a - b);

  const engineAll = timeEach(emails, (t) => analyzeDocument(t, ruleSet));
  const engineEn = timeEach(en, (t) => analyzeDocument(t, ruleSet));
  const engineFr = timeEach(emails.filter((e) => e.lang === 'fr'), (t) => analyzeDocument(t, ruleSet));
  const wg = timeEach(en, (t) => writeGood(t));
  const rx = timeEach(emails, (t) => {
    let n = 0;
    for (const _ of t.matchAll(alternation.regex)) n++;
    return n;
  });

  const rand = seededRandom(150);
  const draft150 = [generateEmail(rand, 'en', 150, 0.3), generateEmail(rand, 'fr', 150, 0.3)];
  const t150 = timeEach(Array.from({ length: 250 }, () => draft150).flat(), (t) => analyzeDocument(t, ruleSet));

  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += emails[i % emails.length].text + '\n';
  analyzeDocument(big.slice(0, 20_000), ruleSet);
  const t0 = performance.now();
  const bigResult = analyzeDocument(big, ruleSet);
  const bigMs = performance.now() - t0;
  const bigFindings = bigResult.drafts.reduce((n, d) => n + d.findings.length, 0);

  const findings = emails.reduce((n, e) => n + analyzeDocument(e.text, ruleSet).drafts.reduce((m, d) => m + d.findings.length, 0), 0);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

  const med = (t: number[]) => quantile(t, 0.5);
  const out = [
    `Unscripted engine benchmark — ${COUNT} generated emails (seeded): ${en.length} EN, ${COUNT - en.length} FR, ` +
      `${words[0]}–${words[words.length - 1]} words (median ${quantile(words, 0.5)})`,
    `rules loaded: ${rules.length} from ${packs.length} packs (${phrases.length} phrases; regex baseline uses ${alternation.used}` +
      (alternation.skipped ? `, ${alternation.skipped} not convertible` : '') + `); pack errors: ${ruleSet.errors.length}`,
    `RuleSet build: median ${ms(med(buildTimes))} (5 runs)`,
    `findings on the set: ${findings}`,
    '',
    'per-message time (full analyzeDocument for the engine):',
    row('engine, all', engineAll),
    row('engine, EN', engineEn),
    row('engine, FR', engineFr),
    row('write-good (EN only)', wg),
    row('one RegExp alternation, all', rx),
    '',
    `ratios (median): write-good / engine (EN) = ${(med(wg) / med(engineEn)).toFixed(1)}× faster` +
      ` (p95 ${(quantile(wg, 0.95) / quantile(engineEn, 0.95)).toFixed(1)}×)`,
    `                 engine / raw regex (all)  = ${(med(engineAll) / med(rx)).toFixed(1)}× slower than the lower bound`,
    `150-word draft (EN + FR, 500 runs): median ${ms(med(t150))}, p95 ${ms(quantile(t150, 0.95))}`,
    `1 MB document (${(big.length / 1e6).toFixed(2)} M UTF-16 units, ${bigResult.drafts.length} draft(s), ${bigFindings} findings): ${ms(bigMs)}`,
    `heap used: ${heapMb.toFixed(1)} MB`,
    `bench wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (rules.length === 0) out.push('WARNING: no built-in rules were loaded (packs/en, packs/fr are empty): numbers are meaningless');
  console.log(out.join('\n'));
}

main();
