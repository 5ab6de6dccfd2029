import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from './fakeIO';

const MIN = 'test/fixtures/team/minimum';
const DRAFT = `${MIN}/drafts/follow-up.md`;
const ACME = readFileSync(join(ROOT, MIN, 'playbook/acme.yaml'), 'utf8');

describe('cli: team config', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'unscripted-config-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(tmp, rel, '..'), { recursive: true });
    writeFileSync(join(tmp, rel), text);
  };

  it('check finds the config from the draft folder upward (the documented minimum)', async () => {
    const r = await run(['check', DRAFT]);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^test\/fixtures\/team\/minimum\/drafts\/follow-up\.md:3:72  warning  Say what you will actually do instead of circling back\.  no-circle-back$/m);
    assert.match(r.stdout, /^test\/fixtures\/team\/minimum\/drafts\/follow-up\.md:4:60  warning  Urgency you invented reads as pressure\.  no-asap$/m);
  });

  it('--no-config ignores it; --config forces another one', async () => {
    const none = await run(['check', '--no-config', DRAFT]);
    assert.doesNotMatch(none.stdout, /no-circle-back|no-asap/);
    write('team.yaml', 'packs: [./acme.yaml]\nrules: { no-circle-back: off, no-asap: error }\n');
    write('acme.yaml', ACME);
    const forced = await run(['check', '--config', join(tmp, 'team.yaml'), DRAFT]);
    assert.doesNotMatch(forced.stdout, /no-circle-back/);
    assert.match(forced.stdout, /:4:60  error  Urgency you invented reads as pressure\.  no-asap$/m);
    assert.equal(forced.code, 1);
    const missing = await run(['check', '--config', 'nope.yaml', DRAFT]);
    assert.equal(missing.code, 2);
  });

  it('prints config and pack errors as path:line:col  severity  message, and keeps checking', async () => {
    write('.unscripted.yaml', 'packs:\n  - builtin:en\n  - ./acme.yaml@2.0.0\n  - ./missing.yaml\nrulez: {}\n');
    write('acme.yaml', ACME.replace('pattern: "\\\\bASAP\\\\b"', 'pattern: "(ASAP"'));
    write('drafts/note.txt', 'Hi Ana,\n\nLet me circle back on the Lyon pilot next week.\n\nBest,\nLou\n');
    const r = await run(['check', 'drafts/note.txt'], { cwd: tmp });
    const lines = r.stderr.trim().split('\n').sort();
    assert.deepEqual(lines.map((l) => l.replace(/  (error|warning)  .*/, '  $1')), [
      '.unscripted.yaml:3:5  warning',
      '.unscripted.yaml:4:5  error',
      '.unscripted.yaml:5:1  error',
      'acme.yaml:17:5  error',
    ]);
    assert.match(r.stderr, /^acme\.yaml:17:5  error  invalid regex: .*  \(no-asap\)$/m);
    assert.match(r.stdout, /^drafts\/note\.txt:3:8  warning  .*  no-circle-back$/m);
  });

  it('packs test without arguments tests the packs the config lists', async () => {
    write('.unscripted.yaml', 'packs: [./playbook]\n');
    write('playbook/acme.yaml', ACME);
    const ok = await run(['packs', 'test'], { cwd: tmp });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^2 rules, 2 examples, 0 failed$/m);
    write('playbook/acme.yaml', ACME.replace('clean: ["I will send', 'clean: ["I will circle back and send'));
    const failing = await run(['packs', 'test'], { cwd: tmp });
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /^playbook\/acme\.yaml:4  no-circle-back  clean example "I will circle back and send/m);
    const builtins = await run(['packs', 'test', '--no-config'], { cwd: tmp });
    assert.doesNotMatch(builtins.stdout, /playbook/);
    assert.equal(builtins.code, 0, 'every built-in pack passes its own examples (what CI runs)');
    assert.match(builtins.stdout, /^\d{2,} rules, \d+ examples, 0 failed$/m);
  });
});
