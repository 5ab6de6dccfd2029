import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './fakeIO';

describe('cli bundle (dist/cli.js)', () => {
  it('node dist/cli.js check runs the bundled engine on a fixture', function () {
    const bundle = join(ROOT, 'dist', 'cli.js');
    if (!existsSync(bundle)) {
      console.log('      (skipped: dist/cli.js is missing — run "npm run build" first; "npm test" does)');
      this.skip();
    }
    const args = [bundle, 'check', '--no-builtin', '--pack', `${FIXTURES}/packs`, `${FIXTURES}/en-cold.txt`];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 15000 });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^test\/fixtures\/cli\/en-cold\.txt:3:4  error  .+  acme-merge-tag$/m);
    const batch = spawnSync(process.execPath, [bundle, 'batch', '--no-builtin', '--pack', `${FIXTURES}/packs`], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '{"id":1,"text":"Let me circle back."}\n{bad\n',
      timeout: 15000,
    });
    assert.equal(batch.status, 0, batch.stderr);
    const lines = batch.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), [1, null]);
    assert.equal(lines[0].findings[0].ruleId, 'acme-circle-back');
  });

  it('keeps the openai SDK out of dist/extension.js and dist/cli.js (dist/openai.js, loaded on first rewrite)', function () {
    const files = ['extension.js', 'cli.js', 'openai.js'].map((f) => join(ROOT, 'dist', f));
    if (!files.every(existsSync)) this.skip();
    const [extension, cli, sdk] = files.map((f) => readFileSync(f, 'utf8'));
    // A header name only the SDK sends.
    const marker = /OpenAI-Organization/i;
    assert.match(sdk, marker);
    assert.doesNotMatch(extension, marker);
    assert.doesNotMatch(cli, marker);
    assert.match(extension, /require\("\.\/openai\.js"\)/);
  });
});
