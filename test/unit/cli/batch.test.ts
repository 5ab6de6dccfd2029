import * as assert from 'node:assert/strict';
import { FIXTURES, run } from './fakeIO';

const PACK = ['--no-builtin', '--pack', `${FIXTURES}/packs`];

interface Out { id: unknown; error?: string; lang?: string; channel?: string; score?: number; findings?: { start: number; end: number; kind: string; category: string; ruleId: string; severity: string; message: string }[] }

const parseLines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Out);

describe('cli batch', () => {
  const inputs = [
    { id: 'a', text: 'Hi {{first_name}},\n\nI hope this email finds you well. Let me circle back on Friday.' },
    { id: 2, text: 'Bonjour Claire,\n\nPouvons-nous faire un point rapide jeudi ? Sinon, aucun souci.', lang: 'fr', channel: 'linkedin-message' },
    { id: 'c', text: 'Hi Sam, your post on pallet reuse was great.', subject: 'Pallet reuse' },
  ];

  it('writes one line per input, same order, with offsets into text', async () => {
    const stdin = inputs.map((x) => JSON.stringify(x)).join('\n') + '\n';
    const r = await run(['batch', ...PACK], { stdin });
    assert.equal(r.code, 0);
    const out = parseLines(r.stdout);
    assert.deepEqual(out.map((o) => o.id), ['a', 2, 'c']);
    out.forEach((o, i) => {
      assert.equal(o.error, undefined);
      assert.deepEqual(Object.keys(o), ['id', 'lang', 'channel', 'score', 'findings']);
      assert.ok(Number.isInteger(o.score) && (o.score as number) >= 0 && (o.score as number) <= 100);
      for (const f of o.findings ?? []) {
        assert.deepEqual(Object.keys(f), ['start', 'end', 'kind', 'category', 'ruleId', 'severity', 'message']);
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= inputs[i].text.length);
      }
    });
    const tag = out[0].findings?.find((f) => f.ruleId === 'acme-merge-tag');
    assert.equal(tag && inputs[0].text.slice(tag.start, tag.end), '{{first_name}}');
    assert.equal(tag?.severity, 'error');
    assert.equal(out[1].lang, 'fr');
    assert.equal(out[1].channel, 'linkedin-message');
    assert.ok(out[1].findings?.some((f) => f.kind === 'authentic' && f.ruleId === 'acme-no-worries'), 'authentic findings are listed too');
  });

  it('answers a bad line with {id, error}, skips empty lines and goes on', async () => {
    const stdin = [
      '{not json',
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'num-text', text: 42 }),
      '   ',
      JSON.stringify({ id: 'bad-channel', text: 'Hi', channel: 'fax' }),
      JSON.stringify({ id: 'bad-lang', text: 'Hi', lang: 'de' }),
      '[1,2]',
      JSON.stringify({ id: 'ok', text: 'Let me circle back.' }),
    ].join('\r\n');
    const r = await run(['batch', ...PACK], { stdin });
    assert.equal(r.code, 0);
    const out = parseLines(r.stdout);
    assert.deepEqual(out.map((o) => o.id), [null, 'no-text', 'num-text', 'bad-channel', 'bad-lang', null, 'ok']);
    assert.match(out[0].error ?? '', /invalid JSON/);
    assert.match(out[1].error ?? '', /"text" must be a string/);
    assert.match(out[2].error ?? '', /"text" must be a string/);
    assert.match(out[3].error ?? '', /"channel" must be one of/);
    assert.match(out[4].error ?? '', /"lang" must be one of/);
    assert.match(out[5].error ?? '', /object/);
    assert.equal(out[6].error, undefined);
    assert.deepEqual(Object.keys(out[0]), ['id', 'error']);
  });

  it('streams: the first answer is written before the last line is read', async () => {
    let consumed = 0;
    let outputsWhenLastRead = -1;
    let stdout = '';
    const lines = (async function* () {
      for (let i = 0; i < 5; i++) {
        if (i === 4) outputsWhenLastRead = stdout.split('\n').length - 1;
        consumed++;
        yield JSON.stringify({ id: i, text: `Message ${i}: let me circle back.` });
      }
    })();
    const { main } = await import('../../../src/cli/cli');
    const code = await main(['batch', ...PACK], {
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      readStdin: () => Promise.reject(new Error('batch must stream, not read the whole input')),
      readStdinLines: () => lines,
      cwd: (await import('./fakeIO')).ROOT,
      env: {},
    });
    assert.equal(code, 0);
    assert.equal(consumed, 5);
    assert.equal(outputsWhenLastRead, 4);
  });
});
