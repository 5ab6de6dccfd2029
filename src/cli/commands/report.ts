import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../engine/analyze';
import { CHANNELS, LANGS, type AnalyzeOptions, type Channel, type Lang } from '../../engine/types';
import { renderReport, type ReportSource } from '../../report/renderReport';
import { formatPackErrors } from '../format/packErrors';
import type { CliCommand } from '../io';
import { loadCliRuleSet } from '../loadCliRuleSet';
import { parseCommandArgs, UsageError } from '../parseArgs';
import { readInputs } from '../readInputs';

export const REPORT_USAGE = `usage: unscripted report FILE --html OUT [--compare FILE2] [options]

  --html OUT                 write a self-contained HTML report to OUT ("-" = standard output)
  --compare FILE2            compare FILE (before) with FILE2 (after), side by side, differences explained
  --ui-lang en|fr            language of the report (default: the first draft's)
  --lang en|fr               force the draft language
  --channel email|linkedin-connection|linkedin-message|inmail
  --premium                  LinkedIn Premium limits
  --pack FILE|DIR            extra pack(s), repeatable
  --no-builtin               do not load the built-in packs

The page has inline CSS only: no script, no remote resource (fine to attach to a coaching email).`;

const spec = {
  html: { type: 'string' },
  compare: { type: 'string' },
  'ui-lang': { type: 'string', choices: LANGS },
  lang: { type: 'string', choices: LANGS },
  channel: { type: 'string', choices: CHANNELS },
  premium: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  'no-builtin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `unscripted report FILE --html OUT [--compare FILE2]` — the HTML report of one draft or a comparison. */
export const report: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, spec);
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE (and --compare FILE2 to compare)');
  if (!values.html) throw new UsageError('--html OUT is required');
  const ruleSet = loadCliRuleSet({ packs: values.pack, builtin: !values['no-builtin'], cwd: io.cwd });
  io.stderr(formatPackErrors(ruleSet.errors));

  const files = values.compare ? [positionals[0], values.compare] : [positionals[0]];
  const { documents, failures } = await readInputs(files, io);
  if (failures.length > 0) {
    for (const f of failures) io.stderr(`unscripted report: ${f}\n`);
    return 2;
  }
  const options: AnalyzeOptions = {
    lang: values.lang as Lang | undefined,
    channel: values.channel as Channel | undefined,
    premium: values.premium,
  };
  // Messages in the report's language: --ui-lang, else the first draft's own language.
  const forced = values['ui-lang'] as Lang | undefined;
  const first = analyzeDocument(documents[0].text, ruleSet, { ...options, uiLang: forced });
  const uiLang = forced ?? first.drafts[0]?.draft.lang ?? 'en';
  const analyses = [first, ...documents.slice(1).map((doc) => analyzeDocument(doc.text, ruleSet, { ...options, uiLang }))];
  const sources = documents.map((doc, i) => ({ name: doc.label, analysis: analyses[i] })) as [ReportSource] | [ReportSource, ReportSource];
  const html = renderReport(sources, { uiLang });
  if (values.html === '-') io.stdout(html);
  else {
    writeFileSync(resolve(io.cwd, values.html), html, 'utf8');
    const scores = sources.map((s) => s.analysis.drafts.map((d) => d.score.value).join('/')).join(' \u2192 ');
    io.stdout(`wrote ${values.html} (score ${scores})\n`);
  }
  return 0;
};
