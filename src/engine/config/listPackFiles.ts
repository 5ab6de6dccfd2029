import { join } from 'node:path';
import type { ConfigReader } from './configTypes';

/**
 * Pack files (`*.yaml`, `*.yml`, `*.pack.json`) in a folder and its sub-folders, sorted, as full paths.
 * Hidden entries (`.unscripted.yaml`, `.git`) and `node_modules` are skipped.
 */
export function listPackFiles(reader: ConfigReader, dir: string): string[] {
  const out: string[] = [];
  for (const name of reader.list(dir) ?? []) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    if (reader.list(path) !== undefined) out.push(...listPackFiles(reader, path));
    else if (/\.ya?ml$|\.pack\.json$/i.test(name)) out.push(path);
  }
  return out;
}
