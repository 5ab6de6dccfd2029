import { dirname, join, resolve } from 'node:path';
import type { ConfigReader } from '../../../src/engine/config/configTypes';

/** An in-memory filesystem for config tests: `{ '/ws/.unscripted.yaml': '…' }` (absolute paths). */
export function memoryReader(files: Record<string, string>): ConfigReader & { files: Record<string, string> } {
  const norm = (p: string) => resolve(p);
  const all = new Map(Object.entries(files).map(([p, t]) => [norm(p), t]));
  const dirs = new Set<string>();
  for (const p of all.keys()) for (let d = dirname(p); ; d = dirname(d)) {
    dirs.add(d);
    if (dirname(d) === d) break;
  }
  return {
    files,
    exists: (p) => all.has(norm(p)) || dirs.has(norm(p)),
    read(p) {
      const t = all.get(norm(p));
      if (t === undefined) throw new Error(`ENOENT: ${p}`);
      return t;
    },
    list(p) {
      const d = norm(p);
      if (!dirs.has(d)) return undefined;
      const names = new Set<string>();
      for (const f of [...all.keys(), ...dirs]) if (dirname(f) === d && f !== d) names.add(f.slice(join(d, '/').length));
      return [...names].sort();
    },
  };
}
