import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../engine/analyze';
import { loadBuiltinRuleSet } from '../../engine/builtinPacks';
import { CHANNELS, type Channel } from '../../engine/types';
import { evaluate, selectIds, type CorpusRecord } from '../eval/evaluate';
import { formatReport } from '../eval/formatReport';
import { predictionFromAnalysis } from '../eval/predict';
import type { CliCommand } from '../io';
import { findPackageRoot, nodePackReader } from '../nodePackReader';

const USAGE = `usage: unscripted eval --corpus FILE.jsonl [--ids all|odd|even] [--details] [--format text|json]

Runs the engine (built-in packs; language detected, channel and subject from each record) on an
annotated corpus and prints span precision/recall per language, language accuracy, warnings per
authentic message, AUC (authentic vs scripted) and the Spearman correlation with the human score.
`;

interface EvalArgs {
  corpus?: string;
  ids: 'all' | 'odd' | 'even';
  details: boolean;
  format: 'text' | 'json';
}

function parseArgs(argv: string[]): EvalArgs | string {
  const args: EvalArgs = { ids: 'all', details: false, format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const name = a.split('=')[0];
    if (name === '--corpus') args.corpus = value();
    else if (name === '--ids') {
      const v = value();
      if (v !== 'all' && v !== 'odd' && v !== 'even') return `--ids must be all, odd or even (got ${v})`;
      args.ids = v;
    } else if (name === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') return `--format must be text or json (got ${v})`;
      args.format = v;
    } else if (name === '--details') args.details = true;
    else return `unknown option ${a}`;
  }
  return args.corpus ? args : 'missing --corpus FILE.jsonl';
}

function readCorpus(path: string): CorpusRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      try {
        const rec = JSON.parse(line) as CorpusRecord;
        if (typeof rec.id !== 'string' || typeof rec.text !== 'string') throw new Error('needs "id" and "text"');
        return { ...rec, spans: Array.isArray(rec.spans) ? rec.spans : [] };
      } catch (err) {
        throw new Error(`${path}:${n}: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
}

export const evalCommand: CliCommand = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`unscripted eval: ${args}\n${USAGE}`);
    return 2;
  }
  const records = selectIds(readCorpus(resolve(io.cwd, args.corpus!)), args.ids);
  const ruleSet = loadBuiltinRuleSet(nodePackReader, join(findPackageRoot(), 'packs'));
  for (const e of ruleSet.errors) io.stderr(`${e.file}:${e.line}:${e.col}: ${e.severity}: ${e.message}${e.ruleId ? ` (${e.ruleId})` : ''}\n`);
  const preds = records.map((rec) => {
    const channel = (CHANNELS as readonly string[]).includes(rec.channel ?? '') ? (rec.channel as Channel) : undefined;
    return predictionFromAnalysis(analyzeDocument(rec.text, ruleSet, { channel, subject: rec.subject }));
  });
  const report = evaluate(records, preds);
  if (args.format === 'json') {
    const { details, ...numbers } = report;
    io.stdout(JSON.stringify(args.details ? report : numbers, null, 2) + '\n');
  } else {
    io.stdout(formatReport(report, args.details));
  }
  return 0;
};
