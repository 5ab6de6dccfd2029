import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildTeamRuleSet, type TeamRuleSet } from '../../engine/config/buildTeamRuleSet';
import { CONFIG_FILE_NAME, type ConfigReader, type ResolvedConfig } from '../../engine/config/configTypes';
import { resolveConfig } from '../../engine/config/resolveConfig';
import type { RuleSet } from '../../engine/ruleSet';
import type { PackError } from '../../engine/types';
import { vmPatternGuard } from '../../node/vmPatternGuard';
import { RuleCatalog } from '../ruleCatalog';
import type { RuleSetProvider } from '../ruleSetProvider';
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
  /** Built rule sets by key (resolved config + versions of its files), with a document that uses each. */
  private readonly sets = new Map<string, { team: TeamRuleSet; uri: vscode.Uri }>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  /** Bumped when a config or pack file changes, so only the rule sets that read it are rebuilt. */
  private readonly versions = new Map<string, number>();
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
    const files = [...config.configFiles, ...config.packs.filter((p) => !p.builtin).map((p) => p.file)];
    const key = JSON.stringify([trusted, config, files.map((f) => this.versions.get(f) ?? 0)]);
    let team = this.sets.get(key)?.team;
    if (!team) {
      const started = performance.now();
      team = buildTeamRuleSet(config, { reader: this.reader, trusted, patternGuard: vmPatternGuard, checkExamples: true });
      this.sets.set(key, { team, uri });
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

  /** A debug-level line in the Unscripted output channel. */
  trace(message: string): void {
    this.log.debug(message);
  }

  /**
   * A config or pack changed (`files`), or the settings or the trust did (no files): rebuild the rule sets that
   * read them — at once, so their files' diagnostics stay current — and re-check open drafts.
   */
  invalidate(reason: string, files?: readonly string[]): void {
    this.log.info(`team rules reloaded: ${reason}`);
    for (const f of files ?? []) this.versions.set(f, (this.versions.get(f) ?? 0) + 1);
    const stale = [...this.sets].filter(([, s]) => !files || files.some((f) => this.reads(s.team, f) || this.couldRead(s.uri, f)));
    for (const [key] of stale) this.sets.delete(key);
    this.resolved.clear();
    this.rules = undefined;
    for (const [, s] of stale) this.teamFor(s.uri);
    this.publish();
    this.changed.fire();
  }

  /** A config in the document's folder or above it may join its chain. */
  private couldRead(uri: vscode.Uri, file: string): boolean {
    if (path.basename(file) !== CONFIG_FILE_NAME) return false;
    if (uri.scheme !== 'file') return true;
    const rel = path.relative(path.dirname(file), uri.fsPath);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  private reads(team: TeamRuleSet, file: string): boolean {
    return team.config.configFiles.includes(file) || team.config.packs.some((p) => p.file === file || file.startsWith(path.dirname(p.file) + path.sep));
  }

  /** Config and pack files the current rule sets read (the watchers reload on any of them). */
  watchedFiles(): Set<string> {
    const files = new Set<string>();
    for (const { team } of this.sets.values()) {
      for (const f of team.config.configFiles) files.add(f);
      for (const p of team.config.packs) if (!p.builtin) files.add(p.file);
    }
    return files;
  }

  catalog(): RuleCatalog {
    if (!this.rules) {
      this.rules = new RuleCatalog();
      const sets = this.sets.size ? [...this.sets.values()].map((s) => s.team) : [this.teamFor(vscode.Uri.from({ scheme: 'untitled', path: 'catalog' }))];
      for (const t of sets) for (const entry of RuleCatalog.fromRuleSet(t.ruleSet).all()) this.rules.add(entry);
    }
    return this.rules;
  }

  packFileUri(file: string): vscode.Uri {
    return vscode.Uri.file(path.isAbsolute(file) ? file : path.join(this.extensionPath, file));
  }

  private publish(): void {
    const errors: PackError[] = [...this.sets.values()].flatMap((s) => s.team.errors);
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
