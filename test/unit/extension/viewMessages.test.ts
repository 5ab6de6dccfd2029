import * as assert from 'node:assert/strict';
import { dispatchMessage, sharedHandlers, type ReadyMessage, type RevealMessage } from '../../../src/extension/view/viewMessages';

type Message = ReadyMessage | RevealMessage | { type: 'open'; uri: string };

/** A view host that records what it was asked to do. */
function recorder() {
  const calls: unknown[][] = [];
  const host = {
    post: () => void calls.push(['post']),
    reveal: async (uri: string, start: number, end: number) => void calls.push(['reveal', uri, start, end]),
  };
  return { calls, host };
}

describe('webview messages', () => {
  it('runs the handler of the message type with the message, after the shared ready/reveal handlers', async () => {
    const { calls, host } = recorder();
    const handlers = { ...sharedHandlers(host), open: (m: { uri: string }) => void calls.push(['open', m.uri]) };
    assert.equal(await dispatchMessage<Message>({ type: 'ready' }, handlers), true);
    assert.equal(await dispatchMessage<Message>({ type: 'reveal', uri: 'file:///a.md', start: 3, end: 9 }, handlers), true);
    assert.equal(await dispatchMessage<Message>({ type: 'open', uri: 'file:///b.md' }, handlers), true);
    assert.deepEqual(calls, [['post'], ['reveal', 'file:///a.md', 3, 9], ['open', 'file:///b.md']]);
  });

  it('resolves after an async handler has finished', async () => {
    let done = false;
    const handlers = { ready: async () => { await new Promise((r) => setTimeout(r, 5)); done = true; } };
    await dispatchMessage<ReadyMessage>({ type: 'ready' }, handlers);
    assert.equal(done, true);
  });

  it('ignores values that are not messages, unknown types and inherited keys', async () => {
    const { calls, host } = recorder();
    const handlers = sharedHandlers(host);
    for (const value of [undefined, null, 'ready', 42, {}, { type: 7 }, { type: 'next' }, { type: 'constructor' }, { type: 'toString' }, { type: '__proto__' }]) {
      assert.equal(await dispatchMessage<ReadyMessage | RevealMessage>(value, handlers), false, JSON.stringify(value));
    }
    assert.deepEqual(calls, []);
  });

  it('drops a reveal without a uri or with offsets that are not a range', async () => {
    const { calls, host } = recorder();
    const handlers = sharedHandlers(host);
    const bad: unknown[] = [
      { type: 'reveal', start: 1, end: 2 },
      { type: 'reveal', uri: 'file:///a.md', start: 5, end: 2 },
      { type: 'reveal', uri: 'file:///a.md', start: -1, end: 2 },
      { type: 'reveal', uri: 'file:///a.md', start: 1.5, end: 2 },
      { type: 'reveal', uri: 'file:///a.md', start: '1', end: 2 },
    ];
    for (const m of bad) await dispatchMessage<RevealMessage>(m, handlers);
    assert.deepEqual(calls, []);
    await dispatchMessage<RevealMessage>({ type: 'reveal', uri: 'file:///a.md', start: 4, end: 4 }, handlers);
    assert.deepEqual(calls, [['reveal', 'file:///a.md', 4, 4]]);
  });
});
