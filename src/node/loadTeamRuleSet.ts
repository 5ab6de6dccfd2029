import { join } from 'node:path';
import { buildTeamRuleSet, type TeamRuleSet } from '../engine/config/buildTeamRuleSet';
import type { ConfigReader, UserOverrides } from '../engine/config/configTypes';
import { resolveConfig } from '../engine/config/resolveConfig';
import { findPackageRoot } from '../cli/nodePackReader';
import { nodeConfigReader } from './nodeConfigReader';
import { vmPatternGuard } from './vmPatternGuard';

export interface LoadTeamOptions {
  /** The draft's folder (configs are looked up from here upward). */
  startDir: string;
  /** The workspace folder: do not look above it. */
  stopAt?: string;
  configFile?: string;
  noConfig?: boolean;
  user?: UserOverrides;
  trusted?: boolean;
  checkExamples?: boolean;
  /** Defaults to the filesystem; the extension passes one that sees unsaved editor text. */
  reader?: ConfigReader;
  /** Folder holding the built-in packs (default: the package's `packs/`). */
  builtinRoot?: string;
}

/** Config resolution + rule set on Node (CLI and extension host): built-in packs from the package, vm regex guard. */
export function loadTeamRuleSet(opts: LoadTeamOptions): TeamRuleSet {
  const reader = opts.reader ?? nodeConfigReader;
  const config = resolveConfig({
    reader,
    builtinRoot: opts.builtinRoot ?? join(findPackageRoot(), 'packs'),
    startDir: opts.startDir,
    ...(opts.stopAt ? { stopAt: opts.stopAt } : {}),
    ...(opts.configFile ? { configFile: opts.configFile } : {}),
    ...(opts.noConfig ? { noConfig: true } : {}),
    ...(opts.user ? { user: opts.user } : {}),
  });
  return buildTeamRuleSet(config, {
    reader, patternGuard: vmPatternGuard,
    ...(opts.trusted === false ? { trusted: false } : {}),
    ...(opts.checkExamples ? { checkExamples: true } : {}),
  });
}
