import { analyzeDocument } from '../../engine/analyze';
import { CHANNELS, LANGS, type AnalyzeOptions, type Channel, type Lang } from '../../engine/types';
import { hasErrorFinding, type CheckedFile } from '../format/checkedFile';
import { formatJson } from '../format/json';
import { formatPackErrors } from '../format/packErrors';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import type { CliCommand } from '../io';
import { CliRuleSets } from '../cliRuleSets';
import { packageVersion } from '../packageVersion';
import { parseCommandArgs, UsageError } from '../parseArgs';
import { readInputs, STDIN_LABEL } from '../readInputs';

export const CHECK_USAGE = `usage: unscripted check [options] FILE…   (FILE "-" reads standard input)

  --format text|json|sarif   output format (default text)
  --lang en|fr               force the draft language (default: detected per draft)
  --channel email|linkedin-connection|linkedin-message|inmail
                             force the channel (default: front matter, else email)
  --ui-lang en|fr            language of the messages (default: the draft's)
  --premium                  LinkedIn Premium limits (300-character connection notes)
  --signals                  also list authentic signals (text and sarif; json always has them)
  --config FILE              use this team config (default: .unscripted.yaml from each draft's folder upward)
  --no-config                ignore team configs
  --pack FILE|DIR            extra pack(s), repeatable
  --no-builtin               do not load the built-in packs

exit code: 1 when a finding has severity error, 0 otherwise, 2 on usage errors or unreadable files`;

const spec = {
  format: { type: 'string', choices: ['text', 'json', 'sarif'] },
  lang: { type: 'string', choices: LANGS },
  channel: { type: 'string', choices: CHANNELS },
  'ui-lang': { type: 'string', choices: LANGS },
  premium: { type: 'boolean' },
  signals: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  'no-builtin': { type: 'boolean' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `unscripted check FILE…` — diagnostics per draft, in text, JSON or SARIF. */
export const check: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, spec);
  if (values.help) {
    io.stdout(CHECK_USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no FILE given (use "-" for standard input)');
  const ruleSets = new CliRuleSets({
    cwd: io.cwd, packs: values.pack, builtin: !values['no-builtin'], configFile: values.config, noConfig: values['no-config'],
  });

  const { documents, failures } = await readInputs(positionals, io);
  for (const f of failures) io.stderr(`unscripted check: ${f}\n`);
  const options: AnalyzeOptions = {
    lang: values.lang as Lang | undefined,
    channel: values.channel as Channel | undefined,
    uiLang: values['ui-lang'] as Lang | undefined,
    premium: values.premium,
  };
  const files: CheckedFile[] = documents.map((doc) => ({ ...doc, analysis: analyzeDocument(doc.text, ruleSets.forDocument(doc.label).ruleSet, options) }));
  if (documents.length === 0) ruleSets.forDocument(STDIN_LABEL); // still report config and pack problems
  const packErrors = ruleSets.errors();
  io.stderr(formatPackErrors(packErrors));

  const signals = values.signals ?? false;
  const format = values.format ?? 'text';
  if (format === 'json') io.stdout(formatJson(files, packErrors));
  else if (format === 'sarif') io.stdout(formatSarif(files, { signals, version: packageVersion() }));
  else io.stdout(formatText(files, { signals }));

  if (failures.length > 0) return 2;
  return hasErrorFinding(files) ? 1 : 0;
};
