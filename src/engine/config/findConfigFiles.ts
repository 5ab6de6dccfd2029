import { dirname, join, relative, isAbsolute } from 'node:path';
import { CONFIG_FILE_NAME, type ConfigReader } from './configTypes';

/** True when `dir` is `root` or inside it. */
function isInside(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The `.unscripted.yaml` files from `startDir` upward, innermost first. The search stops after `stopAt`
 * (the workspace folder) when `startDir` is inside it, else at the filesystem root.
 */
export function findConfigFiles(reader: ConfigReader, startDir: string, stopAt?: string): string[] {
  const out: string[] = [];
  const bounded = stopAt !== undefined && isInside(startDir, stopAt);
  for (let dir = startDir; ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE_NAME);
    if (reader.exists(file) && reader.list(file) === undefined) out.push(file);
    if ((bounded && relative(stopAt, dir) === '') || dirname(dir) === dir) return out;
  }
}
