import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ConfigReader } from '../engine/config/configTypes';

/** The filesystem behind the engine's ConfigReader, shared by the CLI and the extension. */
export const nodeConfigReader: ConfigReader = {
  exists: (path) => existsSync(path),
  read: (path) => readFileSync(path, 'utf8'),
  list(path) {
    try {
      return statSync(path).isDirectory() ? readdirSync(path).sort() : undefined;
    } catch {
      return undefined;
    }
  },
};
