import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, run } from './fakeIO';

describe('cli packs', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'unscripted-packs-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('packs test passes on a pack whose examples behave', async () => {
    const r = await run(['packs', 'test', `${FIXTURES}/packs`]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^6 rules, 12 examples, 0 failed$/m);
  });

  it('packs test passes on every built-in pack (no argument = the built-ins)', async () => {
    const r = await run(['packs', 'test']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const summary = /^(\d+) rules, (\d+) examples, 0 failed$/m.exec(r.stdout);
    assert.ok(summary, r.stdout);
    assert.ok(Number(summary[1]) > 100 && Number(summary[2]) > Number(summary[1]), summary[0]);
  });

  it('packs test prints each failing example with file:line, rule and reason, and exits 1', async () => {
    const r = await run(['packs', 'test', `${FIXTURES}/bad-packs/failing.yaml`]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^test\/fixtures\/cli\/bad-packs\/failing\.yaml:5  failing-synergy  flagged example "Let us align our roadmaps\."\n  expected a finding, got none$/m);
    assert.match(r.stdout, /failing-synergy  clean example "We found real synergy between the teams\."\n  unexpected finding at 14–21 'synergy'$/m);
    assert.match(r.stdout, /^1 rules, 2 examples, 2 failed$/m);
  });

  it('packs test reports a broken pack and exits 1', async () => {
    const r = await run(['packs', 'test', `${FIXTURES}/bad-packs/broken.yaml`]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^test\/fixtures\/cli\/bad-packs\/broken\.yaml:\d+:\d+  error  /m);
    assert.match(r.stdout, /, [1-9]\d* pack errors?$/m);
  });

  for (const lang of ['en', 'fr']) {
    it(`packs new scaffolds a ${lang} pack that passes packs test`, async () => {
      const made = await run(['packs', 'new', 'acme-sales', '--lang', lang, '--dir', 'playbook'], { cwd: tmp });
      assert.equal(made.code, 0, made.stderr);
      const yaml = readFileSync(join(tmp, 'playbook', 'acme-sales.yaml'), 'utf8');
      assert.match(yaml, new RegExp(`^lang: ${lang}\\b`, 'm'));
      assert.match(yaml, /^\s+- id: acme-sales-example$/m);
      assert.match(yaml, /^\s*#/m, 'the example rule is commented');
      const tested = await run(['packs', 'test', 'playbook/acme-sales.yaml'], { cwd: tmp });
      assert.equal(tested.code, 0, tested.stdout + tested.stderr);
      assert.match(tested.stdout, /^1 rules, 2 examples, 0 failed$/m);
    });
  }

  it('packs new refuses to overwrite and rejects a bad name', async () => {
    writeFileSync(join(tmp, 'mine.yaml'), 'keep me');
    const r = await run(['packs', 'new', 'mine'], { cwd: tmp });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /already exists/);
    assert.equal(readFileSync(join(tmp, 'mine.yaml'), 'utf8'), 'keep me');
    assert.equal((await run(['packs', 'new', 'Bad Name'], { cwd: tmp })).code, 2);
    assert.equal((await run(['packs', 'frobnicate'], { cwd: tmp })).code, 2);
  });
});
