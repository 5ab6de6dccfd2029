import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './parseArgs';

const SAMPLE_FILE = /\.(txt|md|eml|outreach)$/i;

/** The rep's past messages: every .txt/.md/.eml/.outreach file under DIR (recursively), sorted. */
export function readVoiceSamples(dir: string, cwd: string): string[] {
  const root = resolve(cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new UsageError(`voice samples folder "${dir}" does not exist`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (SAMPLE_FILE.test(name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  if (!out.length) throw new UsageError(`no .txt/.md/.eml/.outreach sample in "${dir}"`);
  return out;
}
