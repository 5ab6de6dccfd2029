import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkExamples } from '../../engine/packs/checkExamples';
import { pinErrors, readConfiguredPacks } from '../../engine/config/buildTeamRuleSet';
import { buildRuleSet, type PackSource } from '../../engine/ruleSet';
import { LANGS, type Lang, type PackError } from '../../engine/types';
import { nodeConfigReader } from '../../node/nodeConfigReader';
import { vmPatternGuard } from '../../node/vmPatternGuard';
import { CliRuleSets } from '../cliRuleSets';
import { formatPackErrors } from '../format/packErrors';
import type { CliCommand, CliIO } from '../io';
import { readPackSources } from '../loadCliRuleSet';
import { packTemplate } from '../packTemplate';
import { parseCommandArgs, UsageError } from '../parseArgs';

export const PACKS_USAGE = `usage: unscripted packs test [FILE|DIR…] [--config FILE | --no-config]
       unscripted packs new NAME [--lang en|fr] [--dir DIR]

  packs test   runs every rule's examples.flagged (must fire) and examples.clean (must not),
               of the given pack files/folders, else of the packs the team config lists
               (.unscripted.yaml from the current folder upward, or --config FILE), else of the
               built-in packs; exit 1 on any failure or pack error
  packs new    writes NAME.yaml (in DIR, default the current folder) with one commented example
               rule; never overwrites an existing file`;

const help = { help: { type: 'boolean', short: 'h' } } as const;

/** The packs a team config lists (or the built-ins), labelled for output, with config and pin problems. */
function configuredSources(io: CliIO, configFile: string | undefined, noConfig: boolean | undefined): { sources: PackSource[]; errors: PackError[] } {
  const sets = new CliRuleSets({ cwd: io.cwd, configFile, noConfig });
  const config = sets.resolve(io.cwd);
  const { sources, errors } = readConfiguredPacks(config, nodeConfigReader);
  return {
    sources: sources.map((s) => ({ ...s, file: sets.label(s.file) })),
    errors: [...config.errors, ...errors, ...pinErrors(config, sources)].map((e) => ({ ...e, file: sets.label(e.file) })),
  };
}

async function packsTest(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...help, config: { type: 'string' }, 'no-config': { type: 'boolean' } });
  if (values.help) return io.stdout(PACKS_USAGE + '\n'), 0;
  const configured = positionals.length ? undefined : configuredSources(io, values.config, values['no-config']);
  const sources = configured?.sources ?? readPackSources(positionals, io.cwd);
  const ruleSet = buildRuleSet(sources, { patternGuard: vmPatternGuard });
  const problems = [...(configured?.errors ?? []), ...ruleSet.errors];
  io.stderr(formatPackErrors(problems));
  const report = checkExamples(sources, ruleSet);
  for (const f of report.failures) {
    io.stdout(`${f.file}:${f.line}  ${f.ruleId}  ${f.expected} example ${JSON.stringify(f.example)}\n  ${f.reason}\n`);
  }
  const errors = problems.filter((e) => e.severity === 'error').length;
  io.stdout(
    `${report.rules} rules, ${report.examples} examples, ${report.failures.length} failed` +
      (errors ? `, ${errors} pack error${errors === 1 ? '' : 's'}` : '') + '\n',
  );
  return report.failures.length > 0 || errors > 0 ? 1 : 0;
}

async function packsNew(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...help,
    lang: { type: 'string', choices: LANGS },
    dir: { type: 'string' },
  });
  if (values.help) return io.stdout(PACKS_USAGE + '\n'), 0;
  const [name, ...extra] = positionals;
  if (!name || extra.length) throw new UsageError('packs new takes one NAME');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new UsageError(`pack name "${name}" must be kebab-case (lowercase letters, digits, dashes)`);
  }
  const dir = values.dir ?? '.';
  const shown = join(dir, `${name}.yaml`);
  const target = resolve(io.cwd, shown);
  if (existsSync(target)) {
    io.stderr(`unscripted packs new: ${shown} already exists; not overwriting it\n`);
    return 1;
  }
  mkdirSync(resolve(io.cwd, dir), { recursive: true });
  writeFileSync(target, packTemplate(name, (values.lang as Lang | undefined) ?? 'en'), { flag: 'wx' });
  io.stdout(`wrote ${shown}\nnext: unscripted packs test ${shown}\n`);
  return 0;
}

/** `unscripted packs test|new`. */
export const packs: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === 'test') return packsTest(rest, io);
  if (sub === 'new') return packsNew(rest, io);
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    io.stdout(PACKS_USAGE + '\n');
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown packs subcommand "${sub}" (test, new)`);
};
