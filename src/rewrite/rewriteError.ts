/**
 * The one error type the rewrite raises. `message` says what happened and what to fix; it never
 * contains the API key (see `redactSecret`).
 */
export type RewriteErrorCode =
  | 'no-key' // no API key configured
  | 'config' // bad base URL / model setting
  | 'auth' // 401: key rejected
  | 'permission' // 403: key lacks access to the model/project
  | 'model-not-found' // 404: wrong model name (or wrong base URL path)
  | 'rate-limit' // 429
  | 'server' // 5xx or an error event inside the stream
  | 'bad-request' // other 4xx
  | 'connection' // refused / DNS / reset
  | 'timeout' // no response headers in time
  | 'stalled' // headers came, then the stream went silent
  | 'malformed' // the stream could not be decoded
  | 'empty' // the model returned nothing
  | 'cancelled'; // the rep cancelled

export class RewriteError extends Error {
  readonly code: RewriteErrorCode;
  /** HTTP status when the server answered with one. */
  readonly status?: number;
  /** Seconds to wait before retrying (429 with retry-after). */
  readonly retryAfterSeconds?: number;

  constructor(code: RewriteErrorCode, message: string, extra: { status?: number; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'RewriteError';
    this.code = code;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.retryAfterSeconds !== undefined) this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

/** Removes the key (and anything shaped like a bearer secret) from a text shown to the rep. */
export function redactSecret(text: string, secret: string | undefined): string {
  let out = text;
  if (secret && secret.length >= 4) out = out.split(secret).join('[redacted key]');
  // Servers sometimes echo a partial key ("Incorrect API key provided: sk-abc…xyz").
  return out.replace(/\b(sk|rk|pk|key)-[A-Za-z0-9_*.\-]{6,}/g, '[redacted key]');
}
