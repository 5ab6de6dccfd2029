import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { builtinPackSources, type PackReader } from '../engine/builtinPacks';
import { buildRuleSet, type PackSource, type RuleSet } from '../engine/ruleSet';
import { vmPatternGuard } from '../node/vmPatternGuard';
import { findPackageRoot, nodePackReader } from './nodePackReader';
import { UsageError } from './parseArgs';

export interface CliRuleSetOptions {
  /** Extra pack files or folders (`--pack`), relative to cwd. */
  packs?: string[];
  /** Load the built-in packs (default true). */
  builtin?: boolean;
  cwd: string;
}

const posix = (p: string) => p.split(sep).join('/');

/** A PackReader over the package root that names files relative to it (`packs/en/openers.yaml`). */
export function packageReader(root: string = findPackageRoot()): PackReader {
  return {
    listYaml: (dir) => nodePackReader.listYaml(join(root, dir)).map((p) => posix(relative(root, p))),
    read: (path) => nodePackReader.read(isAbsolute(path) ? path : join(root, path)),
  };
}

/** Pack files named on the command line: files as given, folders expanded; labels relative to cwd. */
export function readPackSources(paths: string[], cwd: string): PackSource[] {
  const sources: PackSource[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    if (!existsSync(abs)) throw new UsageError(`cannot read pack "${given}": no such file or directory`);
    const files = statSync(abs).isDirectory() ? nodePackReader.listYaml(abs) : [abs];
    if (files.length === 0) throw new UsageError(`no .yaml pack in "${given}"`);
    for (const f of files) {
      const label = posix(relative(cwd, f)) || given;
      try {
        sources.push({ file: label, text: nodePackReader.read(f) });
      } catch (err) {
        throw new UsageError(`cannot read pack "${label}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
  }
  return sources;
}

/** The built-in packs (`packs/en`, `packs/fr`), named relative to the package root. */
export function builtinSources(): PackSource[] {
  return builtinPackSources(packageReader(), 'packs');
}

/** The CLI's rule set: built-in packs (unless disabled) plus `--pack` files/folders. */
export function loadCliRuleSet(options: CliRuleSetOptions): RuleSet {
  const extra = readPackSources(options.packs ?? [], options.cwd);
  // `--pack` regexes are not ours: run them under the guard that can stop a runaway match.
  return buildRuleSet([...(options.builtin ?? true ? builtinSources() : []), ...extra], { patternGuard: vmPatternGuard });
}
