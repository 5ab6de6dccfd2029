import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildTeamRuleSet, type TeamRuleSet } from '../../engine/config/buildTeamRuleSet';
import type { ConfigReader, ResolvedConfig } from '../../engine/config/configTypes';
import { resolveConfig } from '../../engine/config/resolveConfig';
import type { RuleSet } from '../../engine/ruleSet';
import type { PackError } from '../../engine/types';
import { vmPatternGuard } from '../../node/vmPatternGuard';
import { RuleCatalog } from '../ruleCatalog';
import { warmUp, type RuleSetProvider } from '../ruleSetProvider';
import { PackDiagnostics } from './packDiagnostics';
import { readUserOverrides } from './teamSettings';

/** Where config lookup starts and stops for a document: its folder, bounded by its workspace folder. */
function lookupFor(uri: vscode.Uri): { startDir: string; stopAt?: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  const root = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
  if (uri.scheme === 'file') return { startDir: path.dirname(uri.fsPath), ...(root ? { stopAt: root } : {}) };
  return root ? { startDir: root, stopAt: root } : undefined;
}

/**
 * One rule set per distinct configuration (`.unscripted.yaml` chain + user settings), so each workspace folder
 * of a multi-root workspace — and each sub-folder with its own config — gets its own. Problems in configs and
 * packs become diagnostics on those files; `invalidate()` (file watchers, edits, trust, settings) rebuilds.
 */
export class TeamRuleSetProvider implements RuleSetProvider {
  private readonly sets = new Map<string, TeamRuleSet>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private rules?: RuleCatalog;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics: PackDiagnostics;
  private readonly builtinRoot: string;
  private warnedUntrusted = false;

  constructor(
    private readonly extensionPath: string,
    private readonly reader: ConfigReader,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.builtinRoot = path.join(extensionPath, 'packs');
    this.diagnostics = new PackDiagnostics(reader);
  }

  ruleSetFor(uri: vscode.Uri): RuleSet {
    return this.teamFor(uri).ruleSet;
  }

  /** The rule set and its problems for a document (or for a config/pack folder: pass any file URI in it). */
  teamFor(uri: vscode.Uri): TeamRuleSet {
    const lookup = lookupFor(uri);
    const { user, problems } = readUserOverrides(uri);
    const resolveKey = JSON.stringify([lookup, user]);
    let config = this.resolved.get(resolveKey);
    if (!config) {
      config = resolveConfig({ reader: this.reader, builtinRoot: this.builtinRoot, user, ...(lookup ?? { startDir: this.builtinRoot, noConfig: true }) });
      this.resolved.set(resolveKey, config);
      for (const p of problems) this.log.warn(`settings: ${p}`);
    }
    const trusted = vscode.workspace.isTrusted;
    const key = JSON.stringify([trusted, config.configFiles, config.packs, config.overrides, config.accept, config.reject]);
    let team = this.sets.get(key);
    if (!team) {
      const started = performance.now();
      team = buildTeamRuleSet(config, { reader: this.reader, trusted, patternGuard: vmPatternGuard, checkExamples: true });
      warmUp(team.ruleSet);
      this.sets.set(key, team);
      this.rules = undefined;
      this.log.info(`rule set for ${lookup?.startDir ?? 'untitled'}: ${team.ruleSet.rules.length} rules from ${config.packs.length} packs, ` +
        `configs [${config.configFiles.join(', ')}], ${team.errors.length} problems, ${(performance.now() - started).toFixed(0)} ms`);
      this.publish();
      if (team.restricted) this.tellUntrusted();
    }
    return team;
  }

  /** Shown in hovers when team regex rules are off because the workspace is not trusted. */
  notice(uri: vscode.Uri): string | undefined {
    return this.teamFor(uri).restricted
      ? vscode.l10n.t('This workspace is not trusted: team packs contribute phrase lists only; their regex rules are off.')
      : undefined;
  }

  /** Forget every rule set (a config, a pack, the settings or the trust changed) and re-check open drafts. */
  invalidate(reason: string): void {
    this.log.info(`team rules reloaded: ${reason}`);
    this.sets.clear();
    this.resolved.clear();
    this.rules = undefined;
    this.publish();
    this.changed.fire();
  }

  /** Config and pack files the current rule sets read (the watchers reload on any of them). */
  watchedFiles(): Set<string> {
    const files = new Set<string>();
    for (const t of this.sets.values()) {
      for (const f of t.config.configFiles) files.add(f);
      for (const p of t.config.packs) if (!p.builtin) files.add(p.file);
    }
    return files;
  }

  catalog(): RuleCatalog {
    if (!this.rules) {
      this.rules = new RuleCatalog();
      const sets = this.sets.size ? [...this.sets.values()] : [this.teamFor(vscode.Uri.from({ scheme: 'untitled', path: 'catalog' }))];
      for (const t of sets) for (const entry of RuleCatalog.fromRuleSet(t.ruleSet).all()) this.rules.add(entry);
    }
    return this.rules;
  }

  packFileUri(file: string): vscode.Uri {
    return vscode.Uri.file(path.isAbsolute(file) ? file : path.join(this.extensionPath, file));
  }

  private publish(): void {
    const errors: PackError[] = [...this.sets.values()].flatMap((t) => t.errors);
    this.diagnostics.publish(errors);
  }

  private tellUntrusted(): void {
    if (this.warnedUntrusted) return;
    this.warnedUntrusted = true;
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Unscripted: this workspace is not trusted, so its team packs contribute phrase lists only (their regex rules are off).'), manage)
      .then((choice) => {
        if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
      });
  }

  dispose(): void {
    this.changed.dispose();
    this.diagnostics.dispose();
  }
}
