import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from './nodePackReader';

/** The `version` field of Unscripted's own package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(findPackageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
