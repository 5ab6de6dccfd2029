import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');
const manifest = JSON.parse(read('package.json'));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [read(join(dir, e.name))] : [],
  );
}

describe('extension manifest', () => {
  it('activates on onLanguage events only (nothing at startup)', () => {
    assert.ok(manifest.activationEvents.length > 0);
    for (const e of manifest.activationEvents) assert.match(e, /^onLanguage:/);
  });

  it('every %key% in package.json exists in package.nls.json and package.nls.fr.json', () => {
    const en = JSON.parse(read('package.nls.json'));
    const fr = JSON.parse(read('package.nls.fr.json'));
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(k in en, `package.nls.json lacks ${k}`);
      assert.ok(k in fr, `package.nls.fr.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  });

  it('every runtime string (vscode.l10n.t) has a French translation, and the bundle holds no unused one', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.fr.json'));
    const strings = sources('src/extension').flatMap((s) => [...s.matchAll(/(?:l10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    assert.ok(strings.length > 20);
    for (const s of strings) assert.ok(s in bundle, `l10n/bundle.l10n.fr.json lacks "${s}"`);
    const used = new Set(strings.map((s) => s.replace(/\\'/g, "'")));
    for (const key of Object.keys(bundle)) assert.ok(used.has(key), `l10n/bundle.l10n.fr.json translates "${key}", which no vscode.l10n.t call uses`);
  });

  it('every declared command is registered, in category Unscripted, and vice versa', () => {
    // Commands are registered either in a map (`'unscripted.x': handler`) or by `registerCommand('unscripted.x', …)`.
    const registered = [
      ...new Set(
        sources('src/extension').flatMap((s) =>
          [...s.matchAll(/(?:'(unscripted\.[\w.]+)':|registerCommand\(\s*'(unscripted\.[\w.]+)')/g)].map((m) => m[1] ?? m[2]),
        ),
      ),
    ].sort();
    const declared = manifest.contributes.commands.map((c: { command: string; category: string }) => {
      assert.equal(c.category, 'Unscripted');
      return c.command;
    });
    assert.deepEqual(declared.sort(), registered);
  });

  it('every unscripted.* setting has a description and the settings the code reads are declared', () => {
    const props = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));
    for (const [k, v] of Object.entries<{ markdownDescription?: string; description?: string }>(props)) {
      assert.ok(v.markdownDescription || v.description, `${k} has a description`);
    }
    const read_ = [...read('src/extension/settings.ts').matchAll(/c\.get<[^>]+>\('(\w+)'/g)].map((m) => `unscripted.${m[1]}`);
    for (const k of read_) assert.ok(k in props, `${k} is declared in package.json`);
  });

  it('every file package.json points at ships in the .vsix (.vscodeignore allow-list)', () => {
    const allowed = read('.vscodeignore')
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1).trim());
    const ships = (path: string): boolean =>
      allowed.some((a) => (a.endsWith('/**') ? path.startsWith(a.slice(0, -2)) : a === path));
    const referenced = [...read('package.json').matchAll(/"\.\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(referenced.length > 3);
    for (const path of referenced) assert.ok(ships(path) || ships(`${path}/x`), `${path} is left out of the .vsix`);
  });
});

