import { buildRuleSet, type PackSource, type RuleSet, type RuleSetOptions } from './ruleSet';

/** How the engine reads pack files without touching the filesystem itself (Node readers live in src/cli, src/extension). */
export interface PackReader {
  /** Paths of the `.yaml`/`.yml` files directly in `dir` (sorted). */
  listYaml(dir: string): string[];
  read(path: string): string;
}

/** The built-in pack sources: `packsRoot/en/*.yaml`, `packsRoot/fr/*.yaml` (and `packsRoot/any/` when present). */
export function builtinPackSources(reader: PackReader, packsRoot: string): PackSource[] {
  const root = packsRoot.replace(/[\\/]+$/, '');
  const sources: PackSource[] = [];
  for (const sub of ['en', 'fr', 'any']) {
    let files: string[] = [];
    try {
      files = reader.listYaml(`${root}/${sub}`);
    } catch {
      continue; // folder absent
    }
    for (const file of files) sources.push({ file, text: reader.read(file), builtin: true });
  }
  return sources;
}

export function loadBuiltinRuleSet(reader: PackReader, packsRoot: string, options: RuleSetOptions = {}): RuleSet {
  return buildRuleSet(builtinPackSources(reader, packsRoot), options);
}
