import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { PackError } from '../types';
import { CONFIG_FILE_NAME, type ConfigReader, type PackEntry, type ResolvedConfig, type ResolvedPack, type TeamConfig, type UserOverrides } from './configTypes';
import { findConfigFiles } from './findConfigFiles';
import { applyLayer, emptySettings } from './mergeConfigs';
import { parseConfig } from './parseConfig';
import { findNodeModule, NPM_PREFIX, resolvePackEntry } from './resolvePackEntry';

export interface ResolveOptions {
  reader: ConfigReader;
  /** Folder holding the built-in packs (with `en/` and `fr/`). */
  builtinRoot: string;
  /** The draft's folder: configs are looked up from here upward. */
  startDir: string;
  /** Do not look above this folder (the workspace folder); default: up to the filesystem root. */
  stopAt?: string;
  /** Use exactly this config file (CLI `--config`), with its `extends` but without parent folders. */
  configFile?: string;
  /** Ignore every config file (CLI `--no-config`): built-in packs and user overrides only. */
  noConfig?: boolean;
  /** The user's own settings, applied last. */
  user?: UserOverrides;
}

/** Used when no config in the chain lists `packs`. */
export const DEFAULT_PACKS: readonly string[] = ['builtin:all'];

const errorAt = (pos: { file: string; line: number; col: number }, message: string, severity: 'error' | 'warning' = 'error'): PackError =>
  ({ ...pos, message, severity });

/** Where an `extends` entry points: a config file, a folder holding one, or an npm package. */
function extendsTarget(reader: ConfigReader, entry: PackEntry, configDir: string): string | { error: string } {
  if (entry.ref.startsWith(NPM_PREFIX)) {
    const name = entry.ref.slice(NPM_PREFIX.length);
    const dir = findNodeModule(reader, configDir, name);
    if (!dir) return { error: `npm package "${name}" not found in node_modules above ${configDir} (run npm install)` };
    let field: unknown;
    try {
      field = (JSON.parse(reader.read(join(dir, 'package.json'))) as { unscripted?: { config?: unknown } }).unscripted?.config;
    } catch { /* reported below as "no config" */ }
    const file = typeof field === 'string' ? resolve(dir, field) : join(dir, CONFIG_FILE_NAME);
    return reader.exists(file) ? file : { error: `npm package "${name}" has no "unscripted.config" field and no ${CONFIG_FILE_NAME}` };
  }
  const path = isAbsolute(entry.ref) ? entry.ref : resolve(configDir, entry.ref);
  const file = reader.list(path) !== undefined ? join(path, CONFIG_FILE_NAME) : path;
  return reader.exists(file) ? file : { error: `config to extend not found: ${file}` };
}

/**
 * Resolves the configuration for a draft's folder: the pack files to load and the merged overrides and
 * vocabulary, applied in order built-in → team (root config, after what it extends) → folder (nested configs,
 * outer to inner) → user overrides. Every problem is reported as a PackError; resolution always returns.
 */
export function resolveConfig(opts: ResolveOptions): ResolvedConfig {
  const { reader } = opts;
  const errors: PackError[] = [];
  const configs: TeamConfig[] = [];
  const parsed = new Map<string, TeamConfig | undefined>();

  const load = (file: string): TeamConfig | undefined => {
    if (!parsed.has(file)) {
      let text: string | undefined;
      try {
        text = reader.read(file);
      } catch (err) {
        errors.push({ file, line: 1, col: 1, message: `cannot read config: ${(err as Error).message}`, severity: 'error' });
      }
      const result = text === undefined ? undefined : parseConfig(text, file);
      if (result) errors.push(...result.errors);
      parsed.set(file, result?.config);
    }
    return parsed.get(file);
  };

  /** Adds `config` after everything it extends (depth first); `stack` catches cycles. */
  const addWithExtends = (config: TeamConfig, stack: string[]): void => {
    for (const entry of config.extends) {
      const target = extendsTarget(reader, entry, dirname(config.file));
      if (typeof target !== 'string') errors.push(errorAt(entry.pos, target.error));
      else if (stack.includes(target)) errors.push(errorAt(entry.pos, `extends cycle: ${[...stack, target].join(' → ')}`));
      else {
        const base = load(target);
        if (base && !configs.includes(base)) addWithExtends(base, [...stack, target]);
      }
    }
    configs.push(config);
  };

  if (!opts.noConfig) {
    let chain: string[];
    if (opts.configFile) chain = [opts.configFile];
    else {
      chain = [];
      for (const file of findConfigFiles(reader, opts.startDir, opts.stopAt)) {
        chain.unshift(file);
        if (load(file)?.root) break;
      }
    }
    for (const file of chain) {
      const config = load(file);
      if (config) addWithExtends(config, [file]);
    }
  }

  const settings = emptySettings();
  const packs: ResolvedPack[] = [];
  const addPacks = (entries: readonly PackEntry[], configDir: string): void => {
    for (const entry of entries) {
      const { packs: found, error } = resolvePackEntry(entry, { reader, builtinRoot: opts.builtinRoot, configDir });
      if (error) errors.push(errorAt(entry.pos, error));
      for (const pack of found) {
        const seen = packs.findIndex((p) => p.file === pack.file);
        if (seen >= 0) packs.splice(seen, 1);
        packs.push(pack);
      }
    }
  };
  if (!configs.some((c) => c.packs)) {
    addPacks(DEFAULT_PACKS.map((ref) => ({ ref, pos: { file: '(default)', line: 1, col: 1 } })), opts.builtinRoot);
  }
  for (const config of configs) {
    if (config.packs) addPacks(config.packs, dirname(config.file));
    applyLayer(settings, config);
  }
  if (opts.user) applyLayer(settings, opts.user);
  return { configFiles: configs.map((c) => c.file), packs, ...settings, errors };
}
