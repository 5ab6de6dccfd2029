import { compilePhraseGroup } from '../match/compilePhrases';
import { checkExamples } from '../packs/checkExamples';
import { parsePack } from '../packs/parsePack';
import { buildRuleSet, type PackSource, type RuleSet } from '../ruleSet';
import type { PatternGuard } from '../runners/patternGuard';
import { LANGS, type PackError } from '../types';
import { checkPins } from './checkPins';
import type { ConfigReader, ResolvedConfig } from './configTypes';
import { VOCABULARY_FILE, vocabularyPack } from './vocabularyPack';

export interface TeamRuleSetOptions {
  reader: ConfigReader;
  /** Trusted workspace (default true). Untrusted: packs that are not built-in contribute no regex (phrase lists only). */
  trusted?: boolean;
  /** Interrupts catastrophic regexes from team packs (Node: vmPatternGuard). */
  patternGuard?: PatternGuard;
  /** Also run every team rule's examples and report those that misbehave (the editor does; `check` does not). */
  checkExamples?: boolean;
}

/** A folder's rule set and every problem found on the way, each with file, line and column. */
export interface TeamRuleSet {
  ruleSet: RuleSet;
  config: ResolvedConfig;
  /** Config errors, pack errors, pin warnings, misbehaving examples, untrusted-mode notes. */
  errors: PackError[];
  /** Team packs whose regex rules were skipped because the workspace is untrusted. */
  restricted: boolean;
}

/** Runs the team packs' own examples; failures become warnings on the rule's line. */
function exampleErrors(team: PackSource[], opts: TeamRuleSetOptions): PackError[] {
  if (team.length === 0) return [];
  const own = buildRuleSet(team, { allowPatterns: opts.trusted !== false, ...(opts.patternGuard ? { patternGuard: opts.patternGuard } : {}) });
  const loaded = new Set(own.rules.map((r) => r.def.id));
  return checkExamples(team, own).failures
    .filter((f) => loaded.has(f.ruleId))
    .map((f) => ({
      file: f.file, line: f.line, col: 1, ruleId: f.ruleId, severity: 'warning' as const,
      message: `example does not behave: ${f.expected} example ${JSON.stringify(f.example)}: ${f.reason}`,
    }));
}

/** The text of every resolved pack; an unreadable one is an error at the entry that named it. */
export function readConfiguredPacks(config: ResolvedConfig, reader: ConfigReader): { sources: PackSource[]; errors: PackError[] } {
  const sources: PackSource[] = [];
  const errors: PackError[] = [];
  for (const pack of config.packs) {
    try {
      sources.push({ file: pack.file, text: reader.read(pack.file), builtin: pack.builtin });
    } catch (err) {
      const at = pack.from ?? { file: pack.file, line: 1, col: 1 };
      errors.push({ ...at, message: `cannot read pack ${pack.file}: ${(err as Error).message}`, severity: 'error' });
    }
  }
  return { sources, errors };
}

/** Pin warnings for the pinned packs among `sources` (their declared versions read with parsePack). */
export function pinErrors(config: ResolvedConfig, sources: readonly PackSource[]): PackError[] {
  const pinned = sources.filter((s) => config.packs.some((p) => p.file === s.file && p.pin));
  return checkPins(config.packs, pinned.flatMap((s) => {
    const pack = parsePack(s.text, s.file).pack;
    return pack ? [{ file: s.file, id: pack.id, ...(pack.version !== undefined ? { version: pack.version } : {}) }] : [];
  }));
}

/** Overrides naming a rule no loaded pack defines (a typo, or a pack that is not listed): a warning at the override. */
function unknownOverrides(config: ResolvedConfig, sources: readonly PackSource[]): PackError[] {
  const known = new Set(sources.flatMap((s) => parsePack(s.text, s.file).pack?.rules.map((r) => r.id) ?? []));
  return Object.entries(config.overridePos)
    .filter(([id]) => !known.has(id) && !id.startsWith('reject-'))
    .map(([id, pos]) => ({ ...pos, ruleId: id, severity: 'warning' as const, message: `rules.${id}: no loaded pack has a rule with this id` }));
}

/** Reads the resolved packs and builds the folder's rule set (built-in + team packs, overrides, vocabulary). */
export function buildTeamRuleSet(config: ResolvedConfig, opts: TeamRuleSetOptions): TeamRuleSet {
  const { sources, errors: readErrors } = readConfiguredPacks(config, opts.reader);
  const errors: PackError[] = [...config.errors, ...readErrors];
  const accept: string[] = [];
  for (const entry of config.accept) {
    try {
      compilePhraseGroup([{ phrases: [entry.phrase] }], [...LANGS]);
      accept.push(entry.phrase);
    } catch (err) {
      const at = entry.pos ?? { file: '<settings>', line: 1, col: 1 };
      errors.push({ ...at, message: `invalid accepted phrase "${entry.phrase}": ${(err as Error).message}`, severity: 'error' });
    }
  }
  const vocab = vocabularyPack(config.reject);
  const ruleSet = buildRuleSet(vocab.source ? [...sources, vocab.source] : sources, {
    allowPatterns: opts.trusted !== false,
    accept,
    overrides: config.overrides,
    ...(opts.patternGuard ? { patternGuard: opts.patternGuard } : {}),
  });
  for (const rule of ruleSet.rules) {
    const pos = rule.file === VOCABULARY_FILE ? vocab.positions.get(rule.def.id) : undefined;
    if (pos) Object.assign(rule, { file: pos.file, line: pos.line });
  }
  for (const e of ruleSet.errors) {
    const pos = e.file === VOCABULARY_FILE && e.ruleId ? vocab.positions.get(e.ruleId) : undefined;
    errors.push(pos ? { ...e, file: pos.file, line: pos.line, col: pos.col } : e);
  }
  errors.push(...pinErrors(config, sources), ...unknownOverrides(config, sources));
  if (opts.checkExamples) errors.push(...exampleErrors(sources.filter((s) => !s.builtin), opts));
  // buildRuleSet reports each regex it skipped for want of trust ("… disabled in this (untrusted) workspace").
  const restricted = opts.trusted === false && ruleSet.errors.some((e) => /regex patterns are disabled/.test(e.message));
  return { ruleSet, config, errors, restricted };
}
