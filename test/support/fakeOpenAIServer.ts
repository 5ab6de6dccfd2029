/**
 * A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions streaming protocol (SSE),
 * for end-to-end tests of the real `openai` SDK. Each test scripts what the next requests get and
 * reads back exactly what the server received.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  /** A normal stream: one SSE chunk per piece, then a finish chunk and `data: [DONE]`. */
  | { kind: 'stream'; pieces: string[]; delayMs?: number; finishReason?: string | null; omitDone?: boolean }
  /** Sends `pieces`, then goes silent with the connection open. */
  | { kind: 'stall'; pieces: string[] }
  /** Sends `pieces`, then a chunk that is not JSON. */
  | { kind: 'malformed'; pieces: string[] }
  /** Sends `pieces`, then an SSE error event (`data: {"error": …}`). */
  | { kind: 'stream-error'; pieces: string[]; message: string }
  /** An HTTP error status with an OpenAI-style JSON error body. */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** Never sends response headers. */
  | { kind: 'no-headers' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** True when the client went away before the response finished. */
  closedEarly: boolean;
}

export class FakeOpenAIServer {
  readonly requests: RecordedRequest[] = [];
  private queue: Behaviour[] = [];
  private server = http.createServer((req, res) => this.handle(req, res));
  private port = 0;
  /** Used when nothing is queued; may look at the request body (e.g. echo the draft back). */
  fallback: (body: any) => Behaviour = () => ({ kind: 'stream', pieces: ['ok'] });

  get baseURL(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next request(s) get these behaviours, in order. */
  next(...behaviours: Behaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  reset(): void {
    this.queue = [];
    this.requests.length = 0;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        /* keep raw */
      }
      const record: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, closedEarly: false };
      this.requests.push(record);
      res.on('close', () => {
        if (!res.writableFinished) record.closedEarly = true;
      });
      const behaviour = this.queue.shift() ?? this.fallback(body);
      void this.respond(behaviour, body, res);
    });
  }

  private async respond(b: Behaviour, body: any, res: http.ServerResponse): Promise<void> {
    if (b.kind === 'no-headers') return; // hold the socket, say nothing
    if (b.kind === 'status') {
      const payload = { error: { message: b.message ?? `status ${b.status}`, type: 'test_error', code: null } };
      res.writeHead(b.status, { 'content-type': 'application/json', ...(b.headers ?? {}) });
      res.end(JSON.stringify(payload));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const model = typeof body?.model === 'string' ? body.model : 'fake';
    const send = (data: unknown) => {
      if (!res.writableEnded && !res.destroyed) res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    };
    const chunk = (content: string | undefined, finish: string | null) => ({
      id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model,
      choices: [{ index: 0, delta: content === undefined ? {} : { content }, finish_reason: finish }],
    });
    send(chunk(undefined, null)); // role-only first chunk, as real servers do
    const delay = b.kind === 'stream' ? b.delayMs ?? 0 : 0;
    for (const piece of b.pieces) {
      if (delay) await sleep(delay);
      if (res.destroyed) return;
      send(chunk(piece, null));
    }
    if (b.kind === 'stall') return;
    if (b.kind === 'malformed') {
      res.write('data: {"choices": [ this is not json\n\n');
      res.end();
      return;
    }
    if (b.kind === 'stream-error') {
      send({ error: { message: b.message, type: 'server_error' } });
      res.end();
      return;
    }
    if (b.finishReason !== null) send(chunk(undefined, b.finishReason ?? 'stop'));
    if (!b.omitDone) send('[DONE]');
    res.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
