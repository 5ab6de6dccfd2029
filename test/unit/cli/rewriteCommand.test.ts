import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/cli';
import type { CliIO } from '../../../src/cli/io';
import { findPackageRoot } from '../../../src/cli/nodePackReader';
import { FakeOpenAIServer } from '../../support/fakeOpenAIServer';

const ROOT = findPackageRoot(__dirname);
const KEY = 'sk-cli-test-9f8e7d6c5b4a';

const DRAFT = `Hi Marta,

I hope this email finds you well. Your Porto team moved 3 warehouses onto one planning board in May.
We did the same for Kestrel and cut re-planning time by 25%. Worth comparing notes?

Best,
Jonas Weber
+49 30 1234 5678`;

async function run(argv: string[], env: Record<string, string> = { UNSCRIPTED_API_KEY: KEY }, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', cwd, env };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function draftIn(body: any): string {
  return /-----\n([\s\S]*?)\n-----/.exec(body.messages[1].content)![1]!;
}

describe('cli rewrite and voice', () => {
  let server: FakeOpenAIServer;
  let dir: string;
  let file: string;
  before(async () => {
    server = await new FakeOpenAIServer().start();
    dir = mkdtempSync(join(tmpdir(), 'unscripted-rewrite-'));
    file = join(dir, 'draft.txt');
    writeFileSync(file, DRAFT);
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('rewrite --format json prints rewrite, sent and report; the file is untouched', async () => {
    server.fallback = (body) => ({ kind: 'stream', pieces: draftIn(body).replace('I hope this email finds you well. ', '').split(/(?<= )/) });
    const r = await run(['rewrite', file, '--base-url', server.baseURL, '--model', 'local-model', '--format', 'json', '--timeout', '2000']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.rewrite.startsWith('Hi Marta,'));
    assert.ok(!out.rewrite.includes('finds you well'));
    assert.deepEqual(out.sent.messages, server.requests[0]!.body.messages);
    assert.equal(out.sent.model, 'local-model');
    for (const k of ['scoreBefore', 'scoreAfter', 'voiceDistanceBefore', 'voiceDistanceAfter', 'missingFacts', 'newFacts', 'warnings']) {
      assert.ok(k in out.report, `report.${k}`);
    }
    assert.deepEqual(out.report.missingFacts, []);
    assert.ok(out.report.scoreAfter >= out.report.scoreBefore);
    assert.ok(!JSON.stringify(server.requests[0]!.body).includes('Marta'));
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
    assert.ok(!r.stdout.includes(KEY) && !r.stderr.includes(KEY));
  });

  it('text output shows the rewrite and the report; a dropped number exits 1 with a warning', async () => {
    server.fallback = (body) => ({ kind: 'stream', pieces: [draftIn(body).replace(' and cut re-planning time by 25%', '')] });
    const r = await run(['rewrite', file, '--base-url', server.baseURL, '--model', 'm']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /--- report: FAIL/);
    assert.match(r.stdout, /missing: 25%/);
  });

  it('uses OPENAI_API_KEY too, and says clearly when no key is set', async () => {
    server.fallback = (body) => ({ kind: 'stream', pieces: [draftIn(body)] });
    assert.equal((await run(['rewrite', file, '--base-url', server.baseURL, '--model', 'm'], { OPENAI_API_KEY: 'x' })).code, 0);
    const none = await run(['rewrite', file, '--base-url', server.baseURL, '--model', 'm'], {});
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no API key.*UNSCRIPTED_API_KEY/);
    assert.equal(server.requests.length, 1);
  });

  it('a server error exits 2 with the clear message and no key', async () => {
    server.next({ kind: 'status', status: 401, message: `bad key ${KEY}` });
    const r = await run(['rewrite', file, '--base-url', server.baseURL, '--model', 'm']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /API key was rejected/);
    assert.ok(!r.stderr.includes(KEY));
  });

  it('--voice uses the samples folder; voice --format json prints file, distance, traits', async () => {
    const samples = join(ROOT, 'test/fixtures/personas/maya');
    server.fallback = (body) => ({ kind: 'stream', pieces: [draftIn(body)] });
    const r = await run(['rewrite', file, '--base-url', server.baseURL, '--model', 'm', '--voice', samples, '--format', 'json']);
    assert.equal(JSON.parse(r.stdout).report.voiceReference, 'profile');
    assert.match(server.requests[0]!.body.messages[1].content, /Usually opens with "hey"/);

    const v = await run(['voice', '--samples', 'test/fixtures/personas/maya', '--format', 'json', 'test/fixtures/personas/edward/01.txt', 'test/fixtures/personas/maya/01.txt']);
    assert.equal(v.code, 0, v.stderr);
    const rows = JSON.parse(v.stdout);
    assert.deepEqual(rows.map((x: any) => x.file), ['test/fixtures/personas/edward/01.txt', 'test/fixtures/personas/maya/01.txt']);
    assert.ok(rows[1].distance < rows[0].distance, 'own sample is closer than another persona');
    assert.equal(rows[0].traits.greeting, 'dear');
  });

  it('the bundled dist/cli.js runs rewrite over HTTP (openai bundled, loaded lazily)', async function () {
    const cli = join(ROOT, 'dist/cli.js');
    if (!existsSync(cli)) this.skip(); // `npm test` builds first
    server.fallback = (body) => ({ kind: 'stream', pieces: [draftIn(body)] });
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [cli, 'rewrite', file, '--base-url', server.baseURL, '--model', 'm', '--format', 'json'], {
        env: { ...process.env, UNSCRIPTED_API_KEY: KEY, OPENAI_BASE_URL: 'http://127.0.0.1:1/not-this' },
      }, (err, stdout, stderr) => (err && err.code !== 0 ? reject(new Error(stderr)) : resolve(stdout))),
    );
    assert.ok(JSON.parse(out).rewrite.includes('Marta'));
    assert.equal(server.requests.length, 1, 'the explicit base URL wins over OPENAI_BASE_URL');
  });

  it('loading the CLI does not load openai (lazy)', async () => {
    const probe = `require(${JSON.stringify(join(ROOT, 'out/src/cli/cli.js'))}); console.log(Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]openai[\\\\/]/.test(k)))`;
    const loaded = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-e', probe], (err, stdout) => (err ? reject(err) : resolve(stdout.trim()))),
    );
    assert.equal(loaded, 'false');
  });
});

