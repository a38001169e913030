import type { ErrorDetail, TErrorBody } from '../../shared/errors.js';

/**
 * A failed request. Our API answers `{ error: { code, message, details } }`; better-auth's
 * endpoints under /api/auth answer `{ code, message }`. Both end up here.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field name → message, with the `body.`/`query.` prefix of our validation errors removed. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const detail of this.details) {
      if (!detail.field) continue;
      const field = detail.field.replace(/^(body|query|params)\./, '');
      out[field] ??= detail.message;
    }
    return out;
  }
}

/** The network itself failed (offline, server down). */
export const NETWORK_ERROR = 'NETWORK';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (e.g. a CSV file), instead of a JSON body. */
  raw?: { data: Blob; contentType: string };
  query?: Record<string, string>;
}

/**
 * Same-origin fetch with the session cookie; the browser adds the `Origin` header the
 * server requires for cookie sessions. `T` is the response contract's type: the server
 * already serializes every response through that zod schema, so the dashboard does not
 * ship zod to parse it again.
 */
export async function request<T = unknown>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const url = options.query ? `${path}?${new URLSearchParams(options.query).toString()}` : path;
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (options.body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(options.body);
  } else if (options.raw) {
    init.headers = { accept: 'application/json', 'content-type': options.raw.contentType };
    init.body = options.raw.data;
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }
  const json = parseJson(await response.text());
  if (!response.ok) throw toApiError(response.status, json);
  return json as T;
}

function parseJson(text: string): unknown {
  if (text.length === 0) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorBody(json: unknown): json is TErrorBody {
  return (
    isRecord(json) &&
    isRecord(json.error) &&
    typeof json.error.code === 'string' &&
    typeof json.error.message === 'string'
  );
}

function toApiError(status: number, json: unknown): ApiError {
  if (isErrorBody(json)) {
    const { code, message, details } = json.error;
    const clean = (details ?? []).map(
      (d): ErrorDetail =>
        typeof d.field === 'string' ? { field: d.field, message: d.message } : { message: d.message },
    );
    return new ApiError(status, code, message, clean);
  }
  if (isRecord(json)) {
    const code = typeof json.code === 'string' ? json.code : `HTTP_${status}`;
    const message = typeof json.message === 'string' ? json.message : `Request failed (${status})`;
    return new ApiError(status, code, message);
  }
  return new ApiError(status, `HTTP_${status}`, `Request failed (${status})`);
}
