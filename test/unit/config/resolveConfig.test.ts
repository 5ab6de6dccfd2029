import * as assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { resolveConfig, type ResolveOptions } from '../../../src/engine/config/resolveConfig';
import { effectiveTweak } from '../../../src/engine/findings/applyScopedOverrides';
import { nodeConfigReader } from '../../../src/node/nodeConfigReader';
import { memoryReader } from './memoryReader';

const PACK = (id: string) => `id: ${id}\nlang: en\nrules: []\n`;
const BUILTINS = {
  '/app/packs/en/openers.yaml': PACK('en-openers'),
  '/app/packs/en/cta.yaml': PACK('en-cta'),
  '/app/packs/fr/ouvertures.yaml': PACK('fr-ouvertures'),
};

function run(files: Record<string, string>, startDir: string, extra: Partial<ResolveOptions> = {}) {
  return resolveConfig({ reader: memoryReader({ ...BUILTINS, ...files }), builtinRoot: '/app/packs', startDir, ...extra });
}
const names = (r: ReturnType<typeof run>) => r.packs.map((p) => p.file);

describe('config: resolveConfig', () => {
  it('uses every built-in pack when there is no config', () => {
    const r = run({}, '/ws/drafts');
    assert.deepEqual(r.configFiles, []);
    assert.deepEqual(names(r), ['/app/packs/en/cta.yaml', '/app/packs/en/openers.yaml', '/app/packs/fr/ouvertures.yaml']);
    assert.ok(r.packs.every((p) => p.builtin));
    assert.deepEqual(r.errors, []);
  });

  it('resolves the documented minimum from a draft folder below the config (real files)', () => {
    const dir = resolve(__dirname, '../../../../test/fixtures/team/minimum');
    const r = resolveConfig({ reader: nodeConfigReader, builtinRoot: '/nonexistent/packs', startDir: join(dir, 'drafts'), stopAt: dir });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.configFiles, [join(dir, '.unscripted.yaml')]);
    assert.deepEqual(names(r), [join(dir, 'playbook/acme.yaml')]);
    assert.equal(r.packs[0].builtin, false);
  });

  it('takes packs from files, folders and built-in ids, relative to the config', () => {
    const r = run({
      '/ws/.unscripted.yaml': 'packs: [builtin:fr, builtin:en/openers, ./playbook, ../shared/extra.yml]\n',
      '/ws/playbook/b.yaml': PACK('b'),
      '/ws/playbook/nested/a.yaml': PACK('a'),
      '/ws/playbook/notes.txt': 'not a pack',
      '/ws/playbook/c.pack.json': '{"id":"c","lang":"fr","rules":[]}',
      '/ws/playbook/settings.json': '{}',
      '/shared/extra.yml': PACK('extra'),
    }, '/ws/drafts/q3');
    assert.deepEqual(r.errors, []);
    assert.deepEqual(names(r), [
      '/app/packs/fr/ouvertures.yaml', '/app/packs/en/openers.yaml', '/ws/playbook/b.yaml', '/ws/playbook/c.pack.json', '/ws/playbook/nested/a.yaml', '/shared/extra.yml',
    ]);
  });

  it('reports a missing pack and an unknown built-in at the entry line, and loads the rest', () => {
    const r = run({ '/ws/.unscripted.yaml': 'packs:\n  - builtin:en\n  - builtin:de\n  - ./missing.yaml\n' }, '/ws');
    assert.deepEqual(r.errors.map((e) => [e.file, e.line, e.col]), [['/ws/.unscripted.yaml', 3, 5], ['/ws/.unscripted.yaml', 4, 5]]);
    assert.match(r.errors[0].message, /unknown built-in pack "builtin:de"/);
    assert.match(r.errors[1].message, /pack not found: \/ws\/missing.yaml/);
    assert.equal(r.packs.length, 2);
  });

  it('applies layers in order built-in → team → folder → user', () => {
    const r = run({
      '/ws/.unscripted.yaml': [
        'packs: [builtin:en, ./team.yaml]',
        'rules:',
        '  no-asap: { severity: error, weight: 12, channels: { email: off } }',
        '  no-circle-back: off',
        'accept: ["Acme Cloud"]',
        'reject: ["low-hanging fruit", "touch base"]',
      ].join('\n'),
      '/ws/team.yaml': PACK('team'),
      '/ws/emea/.unscripted.yaml': [
        'packs: [builtin:fr, ./emea.yaml]',
        'rules:',
        '  no-asap: { weight: 4, channels: { inmail: warning } }',
        'accept: ["touch base"]',
      ].join('\n'),
      '/ws/emea/emea.yaml': PACK('emea'),
    }, '/ws/emea/drafts', { user: { rules: { 'no-circle-back': { enabled: true }, 'no-asap': { severity: 'hint' } }, reject: ['Acme Cloud'] } });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.configFiles, ['/ws/.unscripted.yaml', '/ws/emea/.unscripted.yaml']);
    assert.deepEqual(names(r), [
      '/app/packs/en/cta.yaml', '/app/packs/en/openers.yaml', '/ws/team.yaml', '/app/packs/fr/ouvertures.yaml', '/ws/emea/emea.yaml',
    ]);
    assert.deepEqual(r.overrides['no-asap'], { severity: 'hint', weight: 4, channels: { email: { enabled: false }, inmail: { severity: 'warning' } } });
    assert.deepEqual(r.accept.map((a) => a.phrase), ['touch base']);
    assert.deepEqual(r.reject.map((x) => x.phrase), ['low-hanging fruit', 'Acme Cloud']);
  });

  it('stops at a config marked root: true and at the workspace folder', () => {
    const files = {
      '/ws/.unscripted.yaml': 'packs: [builtin:en]\naccept: [outer]\n',
      '/ws/a/.unscripted.yaml': 'root: true\naccept: [middle]\n',
      '/ws/a/b/.unscripted.yaml': 'accept: [inner]\n',
    };
    assert.deepEqual(run(files, '/ws/a/b').accept.map((a) => a.phrase), ['middle', 'inner']);
    assert.deepEqual(run(files, '/ws/a/b', { stopAt: '/ws/a/b' }).accept.map((a) => a.phrase), ['inner']);
    assert.deepEqual(run({ '/.unscripted.yaml': 'accept: [above]\n', ...files }, '/ws', { stopAt: '/ws' }).accept.map((a) => a.phrase), ['outer']);
  });

  it('--config forces one file; --no-config ignores them all', () => {
    const files = { '/ws/.unscripted.yaml': 'accept: [ws]\n', '/elsewhere/team.yaml': 'packs: [builtin:fr]\naccept: [forced]\n' };
    const forced = run(files, '/ws', { configFile: '/elsewhere/team.yaml' });
    assert.deepEqual([forced.accept.map((a) => a.phrase), names(forced)], [['forced'], ['/app/packs/fr/ouvertures.yaml']]);
    const none = run(files, '/ws', { noConfig: true, user: { accept: ['mine'] } });
    assert.deepEqual([none.configFiles, none.accept.map((a) => a.phrase), none.packs.length], [[], ['mine'], 3]);
  });

  it('extends a shared config (path and npm package) before its own settings, and catches cycles', () => {
    const r = run({
      '/ws/.unscripted.yaml': 'extends: [npm:@acme/unscripted-config, ./base]\npacks: [./mine.yaml]\naccept: [own]\n',
      '/ws/mine.yaml': PACK('mine'),
      '/ws/base/.unscripted.yaml': 'extends: ../.unscripted.yaml\naccept: [base]\n',
      '/ws/node_modules/@acme/unscripted-config/package.json': '{"name":"@acme/unscripted-config","unscripted":{"config":"team.yaml"}}',
      '/ws/node_modules/@acme/unscripted-config/team.yaml': 'packs: [./packs/acme.yaml]\nrules: { no-asap: error }\n',
      '/ws/node_modules/@acme/unscripted-config/packs/acme.yaml': PACK('acme'),
    }, '/ws');
    assert.deepEqual(r.configFiles, ['/ws/node_modules/@acme/unscripted-config/team.yaml', '/ws/base/.unscripted.yaml', '/ws/.unscripted.yaml']);
    assert.deepEqual(names(r), ['/ws/node_modules/@acme/unscripted-config/packs/acme.yaml', '/ws/mine.yaml']);
    assert.deepEqual(r.accept.map((a) => a.phrase), ['base', 'own']);
    assert.deepEqual(r.overrides, { 'no-asap': { severity: 'error' } });
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /extends cycle/);
    assert.deepEqual([r.errors[0].file, r.errors[0].line], ['/ws/base/.unscripted.yaml', 1]);
  });

  it('loads packs from an npm package: its unscripted.packs field, else its packs/ folder', () => {
    const r = run({
      '/ws/.unscripted.yaml': 'packs: [npm:@acme/unscripted-pack@1.2.0, npm:sales-words, npm:nothing-here, npm:not-installed]\n',
      '/node_modules/@acme/unscripted-pack/package.json': '{"unscripted":{"packs":["rules/acme.yaml"]}}',
      '/node_modules/@acme/unscripted-pack/rules/acme.yaml': PACK('acme'),
      '/ws/node_modules/sales-words/package.json': '{"name":"sales-words"}',
      '/ws/node_modules/sales-words/packs/en.yaml': PACK('sw-en'),
      '/ws/node_modules/sales-words/packs/fr.yaml': PACK('sw-fr'),
      '/ws/node_modules/nothing-here/package.json': '{}',
    }, '/ws/drafts');
    assert.deepEqual(names(r), ['/node_modules/@acme/unscripted-pack/rules/acme.yaml', '/ws/node_modules/sales-words/packs/en.yaml', '/ws/node_modules/sales-words/packs/fr.yaml']);
    assert.equal(r.packs[0].pin, '1.2.0');
    assert.deepEqual(r.errors.map((e) => e.message.slice(0, 40)), [
      'npm package "nothing-here" has no "unscr', 'npm package "not-installed" not found in',
    ]);
  });

  it('picks the most specific override for a draft: channel over language over global', () => {
    const o = { severity: 'warning' as const, weight: 5, langs: { fr: { severity: 'info' as const } }, channels: { inmail: { enabled: false } } };
    assert.deepEqual(effectiveTweak(o, 'email', 'en'), { severity: 'warning', weight: 5 });
    assert.deepEqual(effectiveTweak(o, 'email', 'fr'), { severity: 'info', weight: 5 });
    assert.deepEqual(effectiveTweak(o, 'inmail', 'fr'), { severity: 'info', weight: 5, enabled: false });
  });
});

describe('config: user overrides from settings', () => {
  it('accepts the config syntax (shorthand included) and reports what it cannot use', async () => {
    const { normalizeUserOverrides } = await import('../../../src/engine/config/userOverrides');
    const { user, problems } = normalizeUserOverrides({
      rules: { 'no-asap': 'off', 'no-circle-back': { severity: 'info', channels: { inmail: 'off' } }, bad: 'loud' },
      accept: ['Acme Routes', 3],
      reject: ['per my last email'],
    });
    assert.deepEqual(user.rules, { 'no-asap': { enabled: false }, 'no-circle-back': { severity: 'info', channels: { inmail: { enabled: false } } } });
    assert.deepEqual([user.accept, user.reject], [['Acme Routes'], [{ phrase: 'per my last email' }]]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^unscripted\.rules\.bad: expected off, on/);
  });
});
