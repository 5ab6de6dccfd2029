/**
 * THE ONLY file that touches the `openai` SDK. It is loaded lazily (first rewrite), so neither the
 * extension's activation nor `unscripted check` pays for it; esbuild still bundles it.
 */
import { RewriteError, redactSecret } from './rewriteError';

export interface EndpointConfig {
  /** e.g. http://127.0.0.1:11434/v1 — passed explicitly so OPENAI_BASE_URL in the environment never redirects a draft. */
  baseURL: string;
  apiKey: string;
  model: string;
  /** Header sending the key in addition to `Authorization: Bearer` (Azure: `api-key`). */
  keyHeader?: string;
  /** Wait for response headers (the SDK's `timeout`). Default 60 s. */
  headerTimeoutMs?: number;
  /** Longest silence allowed between two stream chunks once headers arrived. Default 30 s. */
  idleTimeoutMs?: number;
  /** SDK retries on 429/5xx/connection errors. Default 0: the rep sees the problem at once. */
  maxRetries?: number;
  temperature?: number;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface StreamOptions {
  signal?: AbortSignal;
  /** Called with each piece of text as it arrives, in order. */
  onDelta?: (delta: string) => void;
}

export interface StreamResult {
  text: string;
  finishReason: string | null;
}

type OpenAIModule = typeof import('openai');
let sdk: Promise<OpenAIModule> | undefined;
function loadSdk(): Promise<OpenAIModule> {
  sdk ??= import('openai');
  return sdk;
}

/** Streams one chat completion; resolves with the whole text or rejects with a RewriteError. */
export async function streamChatCompletion(
  config: EndpointConfig,
  messages: ChatMessage[],
  options: StreamOptions = {},
): Promise<StreamResult> {
  if (!config.apiKey) throw new RewriteError('no-key', 'No API key is set. Set one (any non-empty text works for a local server).');
  if (!/^https?:\/\/[^\s/]+/i.test(config.baseURL)) {
    throw new RewriteError('config', `The base URL "${config.baseURL}" is not an http(s) URL. Fix the rewrite base URL setting.`);
  }
  if (!config.model.trim()) throw new RewriteError('config', 'No model is set. Fix the rewrite model setting.');
  if (options.signal?.aborted) throw cancelled();

  const mod = await loadSdk();
  const client = new mod.OpenAI({
    baseURL: config.baseURL,
    apiKey: config.apiKey,
    timeout: config.headerTimeoutMs ?? 60_000,
    maxRetries: config.maxRetries ?? 0,
    logLevel: 'off',
    ...(config.keyHeader ? { defaultHeaders: { [config.keyHeader]: config.apiKey } } : {}),
  });

  // One controller for the request: the rep's cancel and our idle timer both abort it.
  const controller = new AbortController();
  const onUserAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onUserAbort, { once: true });
  const idleMs = config.idleTimeoutMs ?? 30_000;
  let stalled = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const armIdle = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, idleMs);
  };

  let text = '';
  let finishReason: string | null = null;
  try {
    const stream = await client.chat.completions.create(
      { model: config.model, messages, stream: true, ...(config.temperature !== undefined ? { temperature: config.temperature } : {}) },
      { signal: controller.signal },
    );
    armIdle();
    for await (const chunk of stream) {
      armIdle();
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) {
        text += delta;
        options.onDelta?.(delta);
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
    }
    // An aborted stream ends the loop silently: find out why it ended.
    if (options.signal?.aborted) throw cancelled();
    if (stalled) throw stalledError(config, idleMs);
  } catch (err) {
    if (err instanceof RewriteError) throw err;
    if (options.signal?.aborted) throw cancelled();
    if (stalled) throw stalledError(config, idleMs);
    throw classifyError(mod, err, config);
  } finally {
    if (idle) clearTimeout(idle);
    options.signal?.removeEventListener('abort', onUserAbort);
  }
  if (!text.trim()) {
    throw new RewriteError('empty', `The model "${config.model}" at ${host(config)} returned no text. Try again, or pick another model.`);
  }
  if (finishReason === null) {
    throw new RewriteError('malformed', `The stream from ${host(config)} ended before the model finished (no finish_reason). Try again; if it repeats, check the server.`);
  }
  if (finishReason === 'length') {
    throw new RewriteError('server', `The model stopped at its length limit; the rewrite is cut off. Use a model with a larger context or rewrite a shorter selection.`);
  }
  return { text, finishReason };
}

function host(config: EndpointConfig): string {
  try {
    return new URL(config.baseURL).host;
  } catch {
    return config.baseURL;
  }
}

function cancelled(): RewriteError {
  return new RewriteError('cancelled', 'Rewrite cancelled. The draft was not changed.');
}

function stalledError(config: EndpointConfig, idleMs: number): RewriteError {
  return new RewriteError(
    'stalled',
    `The stream from ${host(config)} stalled: no data for ${Math.round(idleMs / 100) / 10} s after it started. The draft was not changed; try again, or check that the server is not overloaded.`,
  );
}

/** Maps any SDK/transport error to a RewriteError naming what to fix. Uses instanceof: class names are minified away. */
function classifyError(mod: OpenAIModule, err: unknown, config: EndpointConfig): RewriteError {
  const where = host(config);
  const detail = (e: { message?: string }) => redactSecret(String(e.message ?? ''), config.apiKey).slice(0, 300);
  if (err instanceof mod.APIUserAbortError) return cancelled();
  if (err instanceof mod.APIConnectionTimeoutError) {
    return new RewriteError('timeout', `${where} did not answer within ${Math.round((config.headerTimeoutMs ?? 60_000) / 100) / 10} s. Check that the server is running and not overloaded, or raise the timeout.`);
  }
  if (err instanceof mod.APIConnectionError) {
    return new RewriteError('connection', `Could not connect to ${config.baseURL}. Check the base URL setting and that the server is running (for a local model: is it started?).`);
  }
  if (err instanceof mod.AuthenticationError) {
    return new RewriteError('auth', `The API key was rejected by ${where} (401). Set a valid key ("Unscripted: Set API Key", or UNSCRIPTED_API_KEY for the CLI).`, { status: 401 });
  }
  if (err instanceof mod.PermissionDeniedError) {
    return new RewriteError('permission', `The API key has no access to model "${config.model}" on ${where} (403). Use a key with access to this model, or choose another model.`, { status: 403 });
  }
  if (err instanceof mod.NotFoundError) {
    return new RewriteError('model-not-found', `Model "${config.model}" was not found at ${config.baseURL} (404). Check the model name (and that the base URL ends in /v1).`, { status: 404 });
  }
  if (err instanceof mod.RateLimitError) {
    const retryAfter = retryAfterSeconds(err.headers);
    const wait = retryAfter !== undefined ? ` Try again in ${retryAfter} s.` : ' Try again in a moment.';
    return new RewriteError('rate-limit', `${where} is rate-limiting requests (429).${wait} If it persists, check your plan's quota. ${detail(err)}`.trim(), {
      status: 429, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
    });
  }
  if (err instanceof mod.InternalServerError) {
    return new RewriteError('server', `${where} had a server error (${err.status}). The draft was not changed; try again later.`, { status: err.status });
  }
  if (err instanceof mod.APIError) {
    const status = err.status;
    if (status === undefined) {
      return new RewriteError('server', `${where} reported an error in the stream: ${detail(err)}. Try again later.`);
    }
    return new RewriteError('bad-request', `${where} refused the request (${status}): ${detail(err)}. Check the model and endpoint settings.`, { status });
  }
  if (err instanceof SyntaxError || err instanceof mod.OpenAIError) {
    return new RewriteError('malformed', `The stream from ${where} could not be read (malformed data). Check that the base URL points at an OpenAI-compatible server.`);
  }
  return new RewriteError('connection', `The request to ${where} failed: ${detail(err instanceof Error ? err : { message: String(err) })}.`);
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.ceil(Number(ms) / 1000);
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  if (Number.isFinite(Number(value))) return Math.ceil(Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
