import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { buildTeamRuleSet, type TeamRuleSet } from '../engine/config/buildTeamRuleSet';
import type { ResolvedConfig, ResolvedPack } from '../engine/config/configTypes';
import { listPackFiles } from '../engine/config/listPackFiles';
import { resolveConfig } from '../engine/config/resolveConfig';
import type { PackError } from '../engine/types';
import { nodeConfigReader } from '../node/nodeConfigReader';
import { vmPatternGuard } from '../node/vmPatternGuard';
import { findPackageRoot } from './nodePackReader';
import { UsageError } from './parseArgs';
import { STDIN_LABEL } from './readInputs';

/** How the CLI picks packs: the config found from each draft's folder upward, or forced, plus `--pack`. */
export interface CliConfigOptions {
  cwd: string;
  /** `--config FILE`: use this config for every draft. */
  configFile?: string;
  /** `--no-config`: ignore config files. */
  noConfig?: boolean;
  /** `--pack FILE|DIR`: extra packs on top of the config's. */
  packs?: string[];
  /** `--no-builtin`: drop the built-in packs (default: keep them). */
  builtin?: boolean;
}

/** Packs named on the command line, as resolved packs (a missing one is a usage error). */
function extraPacks(paths: readonly string[], cwd: string): ResolvedPack[] {
  return paths.flatMap((given) => {
    const abs = resolve(cwd, given);
    const inFolder = nodeConfigReader.list(abs) !== undefined ? listPackFiles(nodeConfigReader, abs) : undefined;
    if (!inFolder && !nodeConfigReader.exists(abs)) throw new UsageError(`cannot read pack "${given}": no such file or directory`);
    if (inFolder?.length === 0) throw new UsageError(`no .yaml pack in "${given}"`);
    return (inFolder ?? [abs]).map((file) => ({ file, builtin: false }));
  });
}

/**
 * The CLI's rule sets: one per distinct configuration among the drafts checked (usually one), each built once.
 * File names in rules and errors are made portable: built-ins relative to the package, the rest to the cwd.
 */
export class CliRuleSets {
  private readonly built = new Map<string, TeamRuleSet>();
  private readonly packageRoot = findPackageRoot();
  private readonly configFile?: string;
  private readonly extra: ResolvedPack[];

  constructor(private readonly opts: CliConfigOptions) {
    if (opts.configFile) {
      this.configFile = resolve(opts.cwd, opts.configFile);
      if (!nodeConfigReader.exists(this.configFile)) throw new UsageError(`config "${opts.configFile}" not found`);
    }
    this.extra = extraPacks(opts.packs ?? [], opts.cwd);
  }

  /** The resolved configuration for a folder, with `--no-builtin` and `--pack` applied. */
  resolve(startDir: string): ResolvedConfig {
    const config = resolveConfig({
      reader: nodeConfigReader,
      builtinRoot: join(this.packageRoot, 'packs'),
      startDir,
      ...(this.configFile ? { configFile: this.configFile } : {}),
      ...(this.opts.noConfig ? { noConfig: true } : {}),
    });
    const packs = config.packs.filter((p) => this.opts.builtin !== false || !p.builtin);
    return { ...config, packs: [...packs, ...this.extra.filter((e) => !packs.some((p) => p.file === e.file))] };
  }

  /** The rule set for a document given on the command line (`<stdin>`: the current folder). */
  forDocument(label: string): TeamRuleSet {
    const startDir = label === STDIN_LABEL ? this.opts.cwd : dirname(resolve(this.opts.cwd, label));
    const config = this.resolve(startDir);
    const key = JSON.stringify([config.configFiles, config.packs, config.overrides, config.accept, config.reject]);
    let team = this.built.get(key);
    if (!team) {
      team = buildTeamRuleSet(config, { reader: nodeConfigReader, patternGuard: vmPatternGuard });
      for (const rule of team.ruleSet.rules) rule.file = this.label(rule.file);
      team.errors = team.errors.map((e) => ({ ...e, file: this.label(e.file) }));
      this.built.set(key, team);
    }
    return team;
  }

  /** Every problem of the rule sets used so far, once each. */
  errors(): PackError[] {
    const seen = new Set<string>();
    return [...this.built.values()].flatMap((t) => t.errors).filter((e) => {
      const key = `${e.file}:${e.line}:${e.col}:${e.message}`;
      return !seen.has(key) && seen.add(key);
    });
  }

  /** `packs/en/openers.yaml` for built-ins, `playbook/acme.yaml` under the cwd, else the absolute path. */
  label(file: string): string {
    if (!isAbsolute(file)) return file;
    const posix = (p: string) => p.split(sep).join('/');
    const fromPackage = relative(this.packageRoot, file);
    if (fromPackage.startsWith(`packs${sep}`)) return posix(fromPackage);
    const fromCwd = relative(this.opts.cwd, file);
    return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? file : posix(fromCwd);
  }
}
