/**
 * Team configuration (`.unscripted.yaml`): which packs a folder uses, rule overrides and vocabulary.
 * Pure data and a reader interface — the engine never touches the filesystem itself.
 */
import type { RuleOverride, RuleTweak } from '../ruleSet';
import type { Category, PackError, Severity } from '../types';

export type { RuleOverride, RuleTweak };

/** The file name looked up from a draft's folder upward. */
export const CONFIG_FILE_NAME = '.unscripted.yaml';

/** What config resolution may read. Node and VS Code each provide one. Paths are absolute. */
export interface ConfigReader {
  exists(path: string): boolean;
  read(path: string): string;
  /** Entry names (not paths) in a folder, sorted; `undefined` when `path` is not a folder. */
  list(path: string): string[] | undefined;
}

/** The top-level keys of a config file (the schema test keeps `schemas/config.schema.json` in step). */
export const CONFIG_KEYS = ['$schema', 'root', 'extends', 'packs', 'rules', 'accept', 'reject'] as const;
/** The keys of one rule override (plus `channels` and `langs` maps of {@link RULE_TWEAK_KEYS}). */
export const RULE_OVERRIDE_KEYS = ['enabled', 'severity', 'weight', 'channels', 'langs'] as const;
export const RULE_TWEAK_KEYS = ['enabled', 'severity', 'weight'] as const;
/** The keys of a `reject` entry written as a mapping. */
export const REJECT_KEYS = ['phrase', 'message', 'category', 'severity'] as const;

/** Where something was written, for errors (1-based). */
export interface ConfigPos {
  file: string;
  line: number;
  col: number;
}

/** A phrase the team always wants flagged. */
export interface RejectEntry {
  phrase: string;
  message?: string;
  category?: Category;
  severity?: Severity;
  pos?: ConfigPos;
}

/** A phrase the team never wants flagged. */
export interface AcceptEntry {
  phrase: string;
  pos?: ConfigPos;
}

/** One `packs:` entry, as written. */
export interface PackEntry {
  /** The entry without its pin: `builtin:en`, `./playbook/acme.yaml`, `npm:@acme/unscripted-pack`. */
  ref: string;
  /** `@1.2.0` suffix: the version (or range `^1.2`, `~1.2.0`, `1.x`) the packs must declare. */
  pin?: string;
  pos: ConfigPos;
}

/** One parsed config file. Missing keys inherit from the parent config. */
export interface TeamConfig {
  file: string;
  /** Stop looking for parent configs above this one. */
  root?: boolean;
  extends: PackEntry[];
  packs?: PackEntry[];
  rules: Record<string, RuleOverride & { pos?: ConfigPos }>;
  accept: AcceptEntry[];
  reject: RejectEntry[];
}

/** Overrides from the user's own settings (VS Code `unscripted.rules`, `unscripted.accept`, `unscripted.reject`). */
export interface UserOverrides {
  rules?: Record<string, RuleOverride>;
  accept?: string[];
  reject?: (string | RejectEntry)[];
}

/** A pack file to load, and why. */
export interface ResolvedPack {
  file: string;
  /** Shipped with Unscripted (always trusted, may use regex patterns). */
  builtin: boolean;
  /** Pin from the entry that brought it in. */
  pin?: string;
  /** The config entry that brought it in (for pin warnings). */
  from?: ConfigPos;
}

/** Everything a rule set for one folder needs, merged in order built-in → team → folder → user. */
export interface ResolvedConfig {
  /** Config files applied, outermost (team root) first; `extends` targets come before their extender. */
  configFiles: string[];
  packs: ResolvedPack[];
  overrides: Record<string, RuleOverride>;
  /** Where each override was last written in a config (for "no such rule" warnings). */
  overridePos: Record<string, ConfigPos>;
  accept: AcceptEntry[];
  reject: RejectEntry[];
  /** Config problems: bad YAML, unknown keys, missing packs, pins, cycles. Never fatal. */
  errors: PackError[];
}

export type { Severity };
