import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Node implementation of the engine's PackReader (structural: listYaml + read). */
export const nodePackReader = {
  /** YAML files directly or recursively under `dir`, sorted, as full paths. */
  listYaml(dir: string): string[] {
    if (!existsSync(dir)) return [];
    const out: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) out.push(...nodePackReader.listYaml(p));
      else if (/\.ya?ml$/i.test(name)) out.push(p);
    }
    return out;
  },
  read(path: string): string {
    return readFileSync(path, 'utf8');
  },
};

/** The folder holding the built-in `packs/` (the package root), from dist/, out/src/… or src/…. */
export function findPackageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'packs'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the Unscripted package root (with packs/) above ${from}`);
    dir = parent;
  }
}
