import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildTeamRuleSet, type TeamRuleSetOptions } from '../../../src/engine/config/buildTeamRuleSet';
import { resolveConfig } from '../../../src/engine/config/resolveConfig';
import type { PackError } from '../../../src/engine/types';
import { loadTeamRuleSet } from '../../../src/node/loadTeamRuleSet';
import { vmPatternGuard } from '../../../src/node/vmPatternGuard';
import { memoryReader } from './memoryReader';

const FIXTURE = resolve(__dirname, '../../../../test/fixtures/team/minimum');
const ACME = readFileSync(join(FIXTURE, 'playbook/acme.yaml'), 'utf8');
const DRAFT = 'Hi Dana,\n\nLet me circle back once the forklift numbers are in, and send the dock schedule ASAP.\n\nBest,\nMarc\n';

function team(files: Record<string, string>, extra: Partial<TeamRuleSetOptions> = {}, startDir = '/ws/drafts') {
  const reader = memoryReader(files);
  const config = resolveConfig({ reader, builtinRoot: '/app/packs', startDir, stopAt: '/ws' });
  return buildTeamRuleSet(config, { reader, patternGuard: vmPatternGuard, checkExamples: true, ...extra });
}
const ruleIds = (t: ReturnType<typeof team>, text = DRAFT) =>
  analyzeDocument(text, t.ruleSet, { lang: 'en', mergeFindings: false }).drafts.flatMap((d) => d.findings.map((f) => f.ruleId));
const where = (errors: PackError[]) => errors.map((e) => `${e.file}:${e.line} ${e.severity} ${e.ruleId ?? ''}`.trim());

describe('team rule set: the documented minimum', () => {
  it('works exactly as written in the README (real files, found from the draft folder upward)', () => {
    const t = loadTeamRuleSet({ startDir: join(FIXTURE, 'drafts'), stopAt: FIXTURE, checkExamples: true });
    assert.deepEqual(t.errors.filter((e) => e.file.startsWith(FIXTURE)), []);
    assert.deepEqual(t.config.configFiles, [join(FIXTURE, '.unscripted.yaml')]);
    const found = analyzeDocument(DRAFT, t.ruleSet, { lang: 'en', mergeFindings: false }).drafts[0].findings.filter((f) => f.packId === 'acme');
    assert.deepEqual(found.map((f) => [f.ruleId, DRAFT.slice(f.start, f.end), f.source?.line]), [
      ['no-circle-back', 'circle back', 4],
      ['no-asap', 'ASAP', 13],
    ]);
  });
});

describe('team rule set: vocabulary', () => {
  const files = {
    '/ws/.unscripted.yaml': 'packs: [./acme.yaml]\naccept: ["circle back"]\nreject:\n  - "forklift numbers"\n  - phrase: "dock schedule"\n    message: "Name the document."\n    severity: error\n',
    '/ws/acme.yaml': ACME,
  };

  it('accept silences a phrase, reject flags one with its own rule pointing at the config line', () => {
    const t = team(files);
    assert.deepEqual(where(t.errors), []);
    const d = analyzeDocument(DRAFT, t.ruleSet, { lang: 'en', mergeFindings: false }).drafts[0];
    assert.deepEqual(d.findings.map((f) => [f.ruleId, f.severity, DRAFT.slice(f.start, f.end), f.source?.file, f.source?.line]), [
      ['reject-forklift-numbers', 'warning', 'forklift numbers', '/ws/.unscripted.yaml', 4],
      ['reject-dock-schedule', 'error', 'dock schedule', '/ws/.unscripted.yaml', 5],
      ['no-asap', 'warning', 'ASAP', '/ws/acme.yaml', 13],
    ]);
    assert.equal(d.findings[1].message, 'Name the document.');
  });

  it('a nested folder can accept what the team rejects', () => {
    const t = team({ ...files, '/ws/drafts/.unscripted.yaml': 'accept: ["forklift numbers"]\n' });
    assert.ok(!ruleIds(t).includes('reject-forklift-numbers'));
    assert.ok(ruleIds(t).includes('reject-dock-schedule'));
  });
});

describe('team rule set: every error kind, at its line', () => {
  it('pack errors: bad YAML, unknown field, invalid regex, duplicate rule id — the rest keeps working', () => {
    const t = team({
      '/ws/.unscripted.yaml': 'packs: [./acme.yaml, ./broken]\n',
      '/ws/acme.yaml': ACME,
      '/ws/broken/yaml.yaml': 'id: bad-yaml\nlang: en\nrules:\n  - id: x\n    phrases: ["a", "b"\n',
      '/ws/broken/fields.yaml': 'id: fields\nlang: en\nrules:\n  - id: typo\n    kind: phrase\n    category: filler\n    severity: warning\n    phrase: ["synergy"]\n    message: m\n',
      '/ws/broken/regex.yaml': 'id: regex\nlang: en\nrules:\n  - id: unclosed\n    kind: pattern\n    category: filler\n    severity: warning\n    pattern: "(ASAP"\n    message: m\n',
      '/ws/broken/dup.yaml': 'id: dup\nlang: en\nrules:\n  - id: no-asap\n    kind: phrase\n    category: filler\n    severity: info\n    phrases: ["asap"]\n    message: m\n',
    });
    const errors = t.errors.filter((e) => e.severity === 'error');
    assert.deepEqual(errors.map((e) => [e.file, e.line]), [
      ['/ws/broken/dup.yaml', 4],
      ['/ws/broken/fields.yaml', 8],
      ['/ws/broken/fields.yaml', 4],
      ['/ws/broken/regex.yaml', 8],
      ['/ws/broken/yaml.yaml', 6],
    ]);
    const text = errors.map((e) => e.message).join('\n');
    assert.match(text, /duplicate rule id "no-asap"/);
    assert.match(text, /unknown rule field "phrase"/);
    assert.match(text, /invalid regex/);
    assert.match(text, /^YAML:/m);
    assert.deepEqual(ruleIds(t).sort(), ['no-asap', 'no-circle-back']);
  });

  it('an example that does not behave is a warning on its rule line', () => {
    const pack = ACME.replace('clean: ["I will send the pricing sheet on Tuesday."]', 'clean: ["We will circle back on pricing."]');
    const t = team({ '/ws/.unscripted.yaml': 'packs: [./acme.yaml]\n', '/ws/acme.yaml': pack });
    assert.deepEqual(where(t.errors), ['/ws/acme.yaml:4 warning no-circle-back']);
    assert.match(t.errors[0].message, /^example does not behave: clean example "We will circle back on pricing\.": unexpected finding/);
  });

  it('a pinned version that does not match is a warning at the pin; the pack still loads', () => {
    const t = team({
      '/ws/.unscripted.yaml': 'packs:\n  - ./acme.yaml@1.2.0\n  - ./versioned.yaml@^2.0.0\n',
      '/ws/acme.yaml': ACME,
      '/ws/versioned.yaml': 'id: versioned\nversion: 3.1.0\nlang: en\nrules: []\n',
    });
    assert.deepEqual(where(t.errors), ['/ws/.unscripted.yaml:2 warning', '/ws/.unscripted.yaml:3 warning']);
    assert.match(t.errors[0].message, /pack "acme" is pinned to 1\.2\.0 but declares no version/);
    assert.match(t.errors[1].message, /pack "versioned" is version 3\.1\.0, but the config pins \^2\.0\.0/);
    assert.ok(ruleIds(t).includes('no-circle-back'));
  });
});

describe('team rule set: npm packages and trust', () => {
  it('loads a pack shipped in an npm package', () => {
    const t = team({
      '/ws/.unscripted.yaml': 'packs: [npm:@acme/unscripted-pack@1.x]\n',
      '/ws/node_modules/@acme/unscripted-pack/package.json': '{"name":"@acme/unscripted-pack","unscripted":{"packs":"acme.yaml"}}',
      '/ws/node_modules/@acme/unscripted-pack/acme.yaml': ACME.replace('lang: en', 'version: 1.4.0\nlang: en'),
    });
    assert.deepEqual(where(t.errors), []);
    assert.deepEqual(ruleIds(t), ['no-circle-back', 'no-asap']);
  });

  it('untrusted: workspace packs keep their phrase rules, lose their regexes, and say so at the rule', () => {
    const t = team({ '/ws/.unscripted.yaml': 'packs: [./acme.yaml]\n', '/ws/acme.yaml': ACME }, { trusted: false });
    assert.equal(t.restricted, true);
    assert.deepEqual(where(t.errors), ['/ws/acme.yaml:13 warning no-asap']);
    assert.match(t.errors[0].message, /untrusted/);
    assert.deepEqual(ruleIds(t), ['no-circle-back']);
    assert.equal(team({ '/ws/.unscripted.yaml': 'packs: [./acme.yaml]\n', '/ws/acme.yaml': ACME }).restricted, false);
  });
});

describe('team rule set: rebuilding', () => {
  it('team phrase rules are compiled apart from the built-in ones (an edit recompiles only the team alternation)', () => {
    const t = loadTeamRuleSet({ startDir: join(FIXTURE, 'drafts'), stopAt: FIXTURE });
    const groups = [...t.ruleSet.phraseGroups.en, ...t.ruleSet.phraseGroups.fr];
    assert.ok(groups.some((g) => g.rules.some((r) => r.builtin)) && groups.some((g) => g.rules.some((r) => !r.builtin)));
    for (const g of groups) assert.equal(new Set(g.rules.map((r) => r.builtin)).size, 1, 'one group mixes built-in and team rules');
  });

  it('parsing a pack is memoised on file and text (rebuilds after an edit reparse only what changed)', async () => {
    const { parsePack } = await import('../../../src/engine/packs/parsePack');
    const a = parsePack(ACME, '/ws/acme.yaml');
    assert.equal(parsePack(ACME, '/ws/acme.yaml'), a);
    assert.notEqual(parsePack(ACME, '/ws/other.yaml'), a);
    const edited = parsePack(ACME.replace('circle back', 'loop back'), '/ws/acme.yaml');
    assert.notEqual(edited, a);
    assert.deepEqual(edited.pack?.rules[0].phrases, ['loop back']);
  });
});
