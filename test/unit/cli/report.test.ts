import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, run } from './fakeIO';

const PACK = ['--no-builtin', '--pack', `${FIXTURES}/packs`];

describe('cli report', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'unscripted-report-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a self-contained HTML report with the score and the highlighted phrases', async () => {
    const out = join(dir, 'r.html');
    const r = await run(['report', `${FIXTURES}/en-cold.txt`, '--html', out, ...PACK]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^wrote .*r\.html \(score \d+\)\n$/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<mark class="scripted"[^>]*><sup>\d+<\/sup>I hope this email finds you well<\/mark>/);
    assert.match(html, /class="gauge (low|mid|high)"[^>]*><span>\d+<\/span>/);
    assert.ok(!/<script|\b(src|href)\s*=/i.test(html));
  });

  it('compares two drafts and explains the difference in the report language', async () => {
    const before = join(dir, 'before.txt');
    const after = join(dir, 'after.txt');
    writeFileSync(before, 'Hi Sam,\n\nI hope this email finds you well. Let me circle back on Friday.\n\nBest,\nAna\n');
    writeFileSync(after, 'Hi Sam,\n\nI will send the pallet counts on Friday. No need to reply.\n\nBest,\nAna\n');
    const r = await run(['report', before, '--compare', after, '--html', '-', '--ui-lang', 'fr', ...PACK]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('<html lang="fr">'));
    assert.match(r.stdout, /\u22121 accroche toute faite, \u22121 formule creuse, \+1 demande sans pression\u00a0: \d+ \u2192 \d+/);
    assert.equal((r.stdout.match(/<section class="draft">/g) ?? []).length, 2);
  });

  it('escapes what it quotes from the draft', async () => {
    const f = join(dir, 'x.txt');
    writeFileSync(f, 'Hi <img src=x onerror=alert(1)>,\n\nI hope this email finds you well.\n');
    const r = await run(['report', f, '--html', '-', ...PACK]);
    assert.ok(r.stdout.includes('Hi &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!r.stdout.includes('<img'));
  });

  it('needs --html and exactly one FILE', async () => {
    assert.equal((await run(['report', `${FIXTURES}/en-cold.txt`, ...PACK])).code, 2);
    assert.equal((await run(['report', '--html', '-', ...PACK])).code, 2);
    assert.equal((await run(['report', 'nope.txt', '--html', '-', ...PACK])).code, 2);
  });
});
