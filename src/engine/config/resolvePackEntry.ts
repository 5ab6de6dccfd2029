import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ConfigReader, PackEntry, ResolvedPack } from './configTypes';
import { listPackFiles } from './listPackFiles';

export const BUILTIN_PREFIX = 'builtin:';
export const NPM_PREFIX = 'npm:';

/** Where to find things while resolving one entry. */
export interface EntryContext {
  reader: ConfigReader;
  /** Folder holding the built-in packs (`<package>/packs`, with `en/` and `fr/`). */
  builtinRoot: string;
  /** Folder of the config that holds the entry (relative paths start here). */
  configDir: string;
}

/** `node_modules/<name>` from `from` upward (Node's lookup), or undefined. */
export function findNodeModule(reader: ConfigReader, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (reader.exists(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function builtinFiles(ctx: EntryContext, id: string): string[] | string {
  if (id === 'all') return ['en', 'fr', 'any'].flatMap((sub) => listPackFiles(ctx.reader, join(ctx.builtinRoot, sub)));
  if (id === 'en' || id === 'fr') return listPackFiles(ctx.reader, join(ctx.builtinRoot, id));
  const m = /^(en|fr)\/([\w-]+)$/.exec(id);
  if (m) {
    const file = [join(ctx.builtinRoot, m[1], `${m[2]}.yaml`), join(ctx.builtinRoot, m[1], `${m[2]}.yml`)].find((f) => ctx.reader.exists(f));
    if (file) return [file];
  }
  return `unknown built-in pack "${BUILTIN_PREFIX}${id}" (use builtin:en, builtin:fr, builtin:all or builtin:en/<file>)`;
}

/** An npm package's packs: its package.json `unscripted.packs` (path or list of paths), else its `packs/` folder. */
function npmFiles(ctx: EntryContext, name: string): string[] | string {
  const dir = findNodeModule(ctx.reader, ctx.configDir, name);
  if (!dir) return `npm package "${name}" not found in node_modules above ${ctx.configDir} (run npm install)`;
  let manifest: { unscripted?: { packs?: unknown } };
  try {
    manifest = JSON.parse(ctx.reader.read(join(dir, 'package.json'))) as typeof manifest;
  } catch (err) {
    return `cannot read ${join(dir, 'package.json')}: ${(err as Error).message}`;
  }
  const declared = manifest.unscripted?.packs;
  const paths = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared.filter((p): p is string => typeof p === 'string') : undefined;
  if (!paths) {
    const files = listPackFiles(ctx.reader, join(dir, 'packs'));
    return files.length ? files : `npm package "${name}" has no "unscripted.packs" field in package.json and no packs/ folder`;
  }
  const out: string[] = [];
  for (const p of paths) {
    const files = pathFiles(ctx.reader, resolve(dir, p));
    if (typeof files === 'string') return `npm package "${name}": ${files}`;
    out.push(...files);
  }
  return out;
}

function pathFiles(reader: ConfigReader, path: string): string[] | string {
  if (reader.list(path) !== undefined) {
    const files = listPackFiles(reader, path);
    return files.length ? files : `no pack files (*.yaml) in folder ${path}`;
  }
  if (reader.exists(path)) return [path];
  return `pack not found: ${path}`;
}

/** The pack files one `packs:` entry stands for, or an error message. */
export function resolvePackEntry(entry: PackEntry, ctx: EntryContext): { packs: ResolvedPack[]; error?: string } {
  const { ref } = entry;
  const builtin = ref.startsWith(BUILTIN_PREFIX);
  const files = builtin
    ? builtinFiles(ctx, ref.slice(BUILTIN_PREFIX.length))
    : ref.startsWith(NPM_PREFIX)
      ? npmFiles(ctx, ref.slice(NPM_PREFIX.length))
      : pathFiles(ctx.reader, isAbsolute(ref) ? ref : resolve(ctx.configDir, ref));
  if (typeof files === 'string') return { packs: [], error: files };
  return {
    packs: files.map((file) => ({ file, builtin, from: entry.pos, ...(entry.pin ? { pin: entry.pin } : {}) })),
  };
}
