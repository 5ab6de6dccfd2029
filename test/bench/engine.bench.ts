/**
 * `npm run bench`: the engine's speed on one deterministic set of 1,000 generated emails, next to
 * write-good (English only — it has no French) and a single precompiled RegExp alternation of the
 * same phrases (a lower bound: a scan with no parsing, segments, metrics or score), built two ways:
 * plain (`gi`, ASCII `\b`) and Unicode-aware (`giu`, `\p{L}` lookarounds). Prints numbers;
 * asserts nothing.
 */
import { cpus, loadavg } from 'node:os';
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

interface Timing {
  /** Wall-clock ms per message, sorted. */
  times: number[];
  /** Mean CPU ms per message (user + system): robust when the machine is busy. */
  cpuMean: number;
}

/** Per-message times; one warm-up pass first. */
function timeEach(emails: BenchEmail[], fn: (text: string) => unknown): Timing {
  for (const e of emails) fn(e.text);
  const cpu0 = process.cpuUsage();
  const times = emails.map((e) => {
    const t0 = performance.now();
    fn(e.text);
    return performance.now() - t0;
  });
  const cpu = process.cpuUsage(cpu0);
  return { times: times.sort((a, b) => a - b), cpuMean: (cpu.user + cpu.system) / 1000 / emails.length };
}

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(3)} ms`);
const row = (name: string, t: Timing) =>
  `  ${name.padEnd(30)} median ${ms(quantile(t.times, 0.5)).padStart(10)}   p95 ${ms(quantile(t.times, 0.95)).padStart(10)}` +
  `   mean CPU ${ms(t.cpuMean).padStart(10)}   (${t.times.length} messages)`;

function main(): void {
  const started = performance.now();
  const sources = builtinSources();

  const buildTimes: number[] = [];
  const cold0 = performance.now();
  let ruleSet: RuleSet = buildRuleSet(sources);
  const coldBuild = performance.now() - cold0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    ruleSet = buildRuleSet(sources);
    buildTimes.push(performance.now() - t0);
  }
  buildTimes.sort((a, b) => a - b);

  const packs = sources.map((s) => parsePack(s.text, s.file).pack).filter((p) => p !== undefined);
  const rules = packs.flatMap((p) => p.rules.filter((r) => r.enabled !== false));
  const phrases = rules.flatMap((r) => (r.kind === 'phrase' ? r.phrases ?? [] : []));
  const alternation = phraseAlternation(phrases, 'unicode');
  const plainAlternation = phraseAlternation(phrases, 'plain');

  const emails = generateEmails(COUNT);
  const en = emails.filter((e) => e.lang === 'en');
  const words = emails.map((e) => e.words).sort((a, b) => a - b);

  const engineAll = timeEach(emails, (t) => analyzeDocument(t, ruleSet));
  const engineEn = timeEach(en, (t) => analyzeDocument(t, ruleSet));
  const engineFr = timeEach(emails.filter((e) => e.lang === 'fr'), (t) => analyzeDocument(t, ruleSet));
  const wg = timeEach(en, (t) => writeGood(t));
  const scanAll = (re: RegExp) => (t: string) => {
    let n = 0;
    for (const _ of t.matchAll(re)) n++;
    return n;
  };
  const rx = timeEach(emails, scanAll(alternation.regex));
  const rxPlain = timeEach(emails, scanAll(plainAlternation.regex));

  const rand = seededRandom(150);
  const draft150 = [generateEmail(rand, 'en', 150, 0.3), generateEmail(rand, 'fr', 150, 0.3)];
  const t150 = timeEach(Array.from({ length: 250 }, () => draft150).flat(), (t) => analyzeDocument(t, ruleSet));

  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += emails[i % emails.length].text + '\n';
  analyzeDocument(big.slice(0, 20_000), ruleSet);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const bigResult = analyzeDocument(big, ruleSet);
  const bigMs = performance.now() - t0;
  const bigCpu = process.cpuUsage(c0);
  const bigFindings = bigResult.drafts.reduce((n, d) => n + d.findings.length, 0);

  const findings = emails.reduce((n, e) => n + analyzeDocument(e.text, ruleSet).drafts.reduce((m, d) => m + d.findings.length, 0), 0);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

  const med = (t: Timing) => quantile(t.times, 0.5);
  const p95 = (t: Timing) => quantile(t.times, 0.95);
  const out = [
    `machine: ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (wall-clock times inflate when the load exceeds the CPUs; the CPU column does not)`,
    `Unscripted engine benchmark — ${COUNT} generated emails (seeded): ${en.length} EN, ${COUNT - en.length} FR, ` +
      `${words[0]}–${words[words.length - 1]} words (median ${quantile(words, 0.5)})`,
    `rules loaded: ${rules.length} from ${packs.length} packs (${phrases.length} phrases; regex baselines use ${plainAlternation.used} plain / ${alternation.used} Unicode` +
      (alternation.skipped + plainAlternation.skipped ? `, ${plainAlternation.skipped} / ${alternation.skipped} not convertible` : '') + `); pack errors: ${ruleSet.errors.length}`,
    `RuleSet build: cold ${ms(coldBuild)}, then median ${ms(quantile(buildTimes, 0.5))} (5 runs)`,
    `findings on the set: ${findings}`,
    '',
    'per-message time (full analyzeDocument for the engine):',
    row('engine, all', engineAll),
    row('engine, EN', engineEn),
    row('engine, FR', engineFr),
    row('write-good (EN only)', wg),
    row('one RegExp alternation, plain', rxPlain),
    row('one RegExp alternation, Unicode', rx),
    '',
    `ratios (median): write-good / engine (EN) = ${(med(wg) / med(engineEn)).toFixed(1)}× faster` +
      ` (p95 ${(p95(wg) / p95(engineEn)).toFixed(1)}×, mean CPU ${(wg.cpuMean / engineEn.cpuMean).toFixed(1)}×)`,
    `                 engine time / plain regex time (all)   = ${(med(engineAll) / med(rxPlain)).toFixed(2)} (mean CPU ${(engineAll.cpuMean / rxPlain.cpuMean).toFixed(2)}; < 1: the full engine beats the bare scan)`,
    `                 engine time / Unicode regex time (all) = ${(med(engineAll) / med(rx)).toFixed(2)} (mean CPU ${(engineAll.cpuMean / rx.cpuMean).toFixed(2)})`,
    `150-word draft (EN + FR, 500 runs): median ${ms(med(t150))}, p95 ${ms(p95(t150))}, mean CPU ${ms(t150.cpuMean)}`,
    `1 MB document (${(big.length / 1e6).toFixed(2)} M UTF-16 units, ${bigResult.drafts.length} draft(s), ${bigFindings} findings): ${ms(bigMs)} wall, ${ms((bigCpu.user + bigCpu.system) / 1000)} CPU`,
    `heap used: ${heapMb.toFixed(1)} MB`,
    `bench wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (rules.length === 0) out.push('WARNING: no built-in rules were loaded (packs/en, packs/fr are empty): numbers are meaningless');
  console.log(out.join('\n'));
}

main();
