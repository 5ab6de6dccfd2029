import * as assert from 'node:assert/strict';
import { EndpointConfig, streamChatCompletion } from '../../../src/rewrite/openaiClient';
import { RewriteError } from '../../../src/rewrite/rewriteError';
import { closedPort, FakeOpenAIServer } from '../../support/fakeOpenAIServer';

const KEY = 'sk-test-SECRET1234567890abcdef';
const messages = [{ role: 'system' as const, content: 'sys' }, { role: 'user' as const, content: 'hello' }];

async function rejection(p: Promise<unknown>): Promise<RewriteError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof RewriteError, `expected RewriteError, got ${String(err)}`);
    assert.ok(!err.message.includes(KEY), `key leaked in: ${err.message}`);
    assert.ok(!err.message.includes('SECRET'), `key fragment leaked in: ${err.message}`);
    return err;
  }
  assert.fail('expected a rejection');
}

describe('rewrite/openaiClient against a real local SSE server', () => {
  let server: FakeOpenAIServer;
  let config: EndpointConfig;
  before(async () => {
    server = await new FakeOpenAIServer().start();
  });
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    config = { baseURL: server.baseURL, apiKey: KEY, model: 'test-model', headerTimeoutMs: 800, idleTimeoutMs: 300 };
  });

  it('streams deltas in order and sends model, messages and the key', async () => {
    server.next({ kind: 'stream', pieces: ['Hi ', 'Sam', ', ', 'thanks.'], delayMs: 5 });
    const seen: string[] = [];
    const result = await streamChatCompletion(config, messages, { onDelta: (d) => seen.push(d) });
    assert.deepEqual(seen, ['Hi ', 'Sam', ', ', 'thanks.']);
    assert.equal(result.text, 'Hi Sam, thanks.');
    assert.equal(result.finishReason, 'stop');
    const req = server.requests[0]!;
    assert.equal(req.path, '/v1/chat/completions');
    assert.equal(req.body.model, 'test-model');
    assert.equal(req.body.stream, true);
    assert.deepEqual(req.body.messages, messages);
    assert.equal(req.headers.authorization, `Bearer ${KEY}`);
  });

  it('sends the key in the preset header too (Azure api-key)', async () => {
    server.next({ kind: 'stream', pieces: ['x'] });
    await streamChatCompletion({ ...config, keyHeader: 'api-key' }, messages);
    assert.equal(server.requests[0]!.headers['api-key'], KEY);
  });

  it('cancellation mid-stream rejects as cancelled and closes the request', async () => {
    server.next({ kind: 'stream', pieces: ['one ', 'two ', 'three ', 'four ', 'five'], delayMs: 60 });
    const ac = new AbortController();
    const seen: string[] = [];
    const err = await rejection(
      streamChatCompletion(config, messages, {
        signal: ac.signal,
        onDelta: (d) => {
          seen.push(d);
          if (seen.length === 2) ac.abort();
        },
      }),
    );
    assert.equal(err.code, 'cancelled');
    assert.deepEqual(seen, ['one ', 'two ']);
    await waitFor(() => server.requests[0]!.closedEarly);
  });

  it('an already-aborted signal sends nothing', async () => {
    const ac = new AbortController();
    ac.abort();
    const err = await rejection(streamChatCompletion(config, messages, { signal: ac.signal }));
    assert.equal(err.code, 'cancelled');
    assert.equal(server.requests.length, 0);
  });

  it('a stream that stalls mid-way is stopped by the idle timer', async () => {
    server.next({ kind: 'stall', pieces: ['half a sent'] });
    const seen: string[] = [];
    const err = await rejection(streamChatCompletion(config, messages, { onDelta: (d) => seen.push(d) }));
    assert.equal(err.code, 'stalled');
    assert.match(err.message, /stalled/);
    assert.deepEqual(seen, ['half a sent']);
  });

  it('a slow but steady stream is not mistaken for a stall', async () => {
    server.next({ kind: 'stream', pieces: ['a', 'b', 'c', 'd'], delayMs: 150 });
    const result = await streamChatCompletion(config, messages);
    assert.equal(result.text, 'abcd');
  });

  it('no headers before the timeout → timeout', async () => {
    server.next({ kind: 'no-headers' });
    const err = await rejection(streamChatCompletion(config, messages));
    assert.equal(err.code, 'timeout');
    assert.match(err.message, /did not answer/);
  });

  it('a malformed chunk → malformed', async () => {
    server.next({ kind: 'malformed', pieces: ['ok so far'] });
    const err = await rejection(streamChatCompletion(config, messages));
    assert.equal(err.code, 'malformed');
  });

  it('an error event inside the stream → server error with its message', async () => {
    server.next({ kind: 'stream-error', pieces: ['x'], message: 'model overloaded' });
    const err = await rejection(streamChatCompletion(config, messages));
    assert.equal(err.code, 'server');
    assert.match(err.message, /model overloaded/);
  });

  it('a stream cut before finish_reason is not taken as a complete rewrite', async () => {
    server.next({ kind: 'stream', pieces: ['cut'], finishReason: null, omitDone: true });
    const err = await rejection(streamChatCompletion(config, messages));
    assert.equal(err.code, 'malformed');
  });

  const statusCases: Array<[number, string, RegExp, Record<string, string>?]> = [
    [401, 'auth', /key was rejected.*401/],
    [403, 'permission', /no access to model "test-model".*403/],
    [404, 'model-not-found', /Model "test-model" was not found/],
    [429, 'rate-limit', /rate-limiting.*Try again in 7 s/, { 'retry-after': '7' }],
    [500, 'server', /server error \(500\)/],
    [503, 'server', /server error \(503\)/],
  ];
  for (const [status, code, pattern, headers] of statusCases) {
    it(`HTTP ${status} → ${code}, message names the fix, no key`, async () => {
      // The server echoes the key in its message, as OpenAI's 401 does.
      server.next({ kind: 'status', status, message: `Incorrect API key provided: ${KEY}`, ...(headers ? { headers } : {}) });
      const err = await rejection(streamChatCompletion(config, messages));
      assert.equal(err.code, code);
      assert.match(err.message, pattern);
      if (status === 429) assert.equal(err.retryAfterSeconds, 7);
    });
  }

  it('connection refused → connection, naming the base URL', async () => {
    const port = await closedPort();
    const err = await rejection(streamChatCompletion({ ...config, baseURL: `http://127.0.0.1:${port}/v1` }, messages));
    assert.equal(err.code, 'connection');
    assert.match(err.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
  });

  it('missing key, bad URL and empty model fail before any request', async () => {
    assert.equal((await rejection(streamChatCompletion({ ...config, apiKey: '' }, messages))).code, 'no-key');
    assert.equal((await rejection(streamChatCompletion({ ...config, baseURL: 'localhost:1234' }, messages))).code, 'config');
    assert.equal((await rejection(streamChatCompletion({ ...config, model: ' ' }, messages))).code, 'config');
    assert.equal(server.requests.length, 0);
  });

  it('an empty answer → empty', async () => {
    server.next({ kind: 'stream', pieces: [] });
    assert.equal((await rejection(streamChatCompletion(config, messages))).code, 'empty');
  });
});

async function waitFor(cond: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) assert.fail('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
