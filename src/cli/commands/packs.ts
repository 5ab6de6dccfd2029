import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkExamples } from '../../engine/packs/checkExamples';
import { buildRuleSet } from '../../engine/ruleSet';
import { LANGS, type Lang } from '../../engine/types';
import { formatPackErrors } from '../format/packErrors';
import type { CliCommand, CliIO } from '../io';
import { builtinSources, readPackSources } from '../loadCliRuleSet';
import { packTemplate } from '../packTemplate';
import { parseCommandArgs, UsageError } from '../parseArgs';

export const PACKS_USAGE = `usage: unscripted packs test [FILE|DIR…]
       unscripted packs new NAME [--lang en|fr] [--dir DIR]

  packs test   runs every rule's examples.flagged (must fire) and examples.clean (must not),
               of the built-in packs or of the given pack files/folders; exit 1 on any failure
               or pack error
  packs new    writes NAME.yaml (in DIR, default the current folder) with one commented example
               rule; never overwrites an existing file`;

const help = { help: { type: 'boolean', short: 'h' } } as const;

async function packsTest(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, help);
  if (values.help) return io.stdout(PACKS_USAGE + '\n'), 0;
  const sources = positionals.length ? readPackSources(positionals, io.cwd) : builtinSources();
  const ruleSet = buildRuleSet(sources);
  io.stderr(formatPackErrors(ruleSet.errors));
  const report = checkExamples(sources, ruleSet);
  for (const f of report.failures) {
    io.stdout(`${f.file}:${f.line}  ${f.ruleId}  ${f.expected} example ${JSON.stringify(f.example)}\n  ${f.reason}\n`);
  }
  const errors = ruleSet.errors.filter((e) => e.severity === 'error').length;
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
