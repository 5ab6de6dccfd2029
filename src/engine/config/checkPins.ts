import type { PackError } from '../types';
import type { ResolvedPack } from './configTypes';
import { versionMatches } from './versionMatches';

/** What a loaded pack declares (from parsePack). */
export interface LoadedPackInfo {
  file: string;
  id: string;
  version?: string;
}

/**
 * Pinned entries (`./playbook/acme.yaml@1.2.0`) against the versions the packs declare. A mismatch or a missing
 * `version` is a warning at the config entry that pins it, naming the pack file: the pack still loads.
 */
export function checkPins(packs: readonly ResolvedPack[], loaded: readonly LoadedPackInfo[]): PackError[] {
  const out: PackError[] = [];
  for (const pack of packs) {
    if (!pack.pin || !pack.from) continue;
    const info = loaded.find((l) => l.file === pack.file);
    if (!info) continue;
    const where = { file: pack.from.file, line: pack.from.line, col: pack.from.col, severity: 'warning' as const };
    if (info.version === undefined) {
      out.push({ ...where, message: `pack "${info.id}" is pinned to ${pack.pin} but declares no version (${pack.file})` });
    } else if (!versionMatches(info.version, pack.pin)) {
      out.push({ ...where, message: `pack "${info.id}" is version ${info.version}, but the config pins ${pack.pin} (${pack.file}); update the pack or the pin` });
    }
  }
  return out;
}
