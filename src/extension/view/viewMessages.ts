// Pure (no vscode): the message handling every Unscripted webview shares, so it is tested without VS Code.

/** The webview script has loaded and wants the model. */
export interface ReadyMessage {
  type: 'ready';
}

/** A finding was clicked: select [start, end) of the document `uri` in its editor. */
export interface RevealMessage {
  type: 'reveal';
  uri: string;
  start: number;
  end: number;
}

/** One handler per message type of `M`, each given its own message shape. */
export type MessageHandlers<M extends { type: string }> = {
  [K in M['type']]: (message: Extract<M, { type: K }>) => unknown;
};

/** What a view does for the shared messages: (re)send its model, show a range of a document. */
export interface ViewHost {
  post(): void;
  reveal(uri: string, start: number, end: number): Promise<unknown>;
}

/** A message posted by a webview script: any value, until checked. */
function isMessage(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * Runs the handler of `message.type` and resolves true once it has run; false (nothing run) when the
 * value is not a message or no handler has its own key for that type (so "constructor" finds nothing).
 */
export async function dispatchMessage<M extends { type: string }>(message: unknown, handlers: MessageHandlers<M>): Promise<boolean> {
  if (!isMessage(message) || !Object.prototype.hasOwnProperty.call(handlers, message.type)) return false;
  const handler = (handlers as Record<string, (m: unknown) => unknown>)[message.type];
  await handler(message);
  return true;
}

/** The handlers of `ready` and `reveal`; a reveal with a missing uri or bad offsets is dropped. */
export function sharedHandlers(host: ViewHost): MessageHandlers<ReadyMessage | RevealMessage> {
  return {
    ready: () => host.post(),
    reveal: (m) => {
      if (typeof m.uri !== 'string' || !isOffset(m.start) || !isOffset(m.end) || m.end < m.start) return undefined;
      return host.reveal(m.uri, m.start, m.end);
    },
  };
}
