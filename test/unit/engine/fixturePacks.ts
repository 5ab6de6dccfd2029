import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackSource } from '../../../src/engine/ruleSet';

/** The project root (tests run from out/test/unit/engine). */
export const ROOT = join(__dirname, '..', '..', '..', '..');

/** YAML pack sources in a folder under the project root (recursively). */
export function packSources(dir: string, builtin = false): PackSource[] {
  const abs = join(ROOT, dir);
  const out: PackSource[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(abs, { withFileTypes: true }).map((d) => (d.isDirectory() ? d.name + '/' : d.name));
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (name.endsWith('/')) out.push(...packSources(join(dir, name), builtin));
    else if (/\.ya?ml$/.test(name)) out.push({ file: join(dir, name), text: readFileSync(join(abs, name), 'utf8'), builtin });
  }
  return out;
}

export const starterSources = (): PackSource[] => packSources('test/fixtures/packs', true);
