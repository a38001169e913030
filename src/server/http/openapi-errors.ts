import type { FastifySchema } from 'fastify';
import { ERROR_STATUS, type ErrorCode } from '../../shared/errors.js';

/** An HTTP status that some error code of ours answers with. */
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

declare module 'fastify' {
  interface FastifySchema {
    /**
     * Error statuses this route gives beyond those its shape implies (see `errorStatusesOf`):
     * 402 over quota, 409 for a route's own conflicts, 404 for an id in the body or query.
     * Only the OpenAPI document reads it.
     */
    errors?: readonly ErrorStatus[];
  }
}

/** The one error shape every error response has (`components.schemas.Error`, from ZErrorBody). */
export const ERROR_SCHEMA_REF = '#/components/schemas/Error';

/** Name and wording of the shared response component for each status. */
const RESPONSES: Record<ErrorStatus, { name: string; text: string }> = {
  400: {
    name: 'BadRequest',
    text: 'The request is malformed or a field is invalid; `details` names each offending field (`body.…`, `querystring.…`, `params.…`).',
  },
  401: {
    name: 'Unauthenticated',
    text: 'No session cookie and no API key, or the API key is unknown or revoked.',
  },
  402: {
    name: 'QuotaExceeded',
    text: 'The organization’s plan allows no more of this in the current month; nothing was written.',
  },
  403: {
    name: 'Forbidden',
    text: 'The caller’s role (or an API key) may not do this, or a cookie-session request to change something came from another origin.',
  },
  404: { name: 'NotFound', text: 'No such resource in the caller’s organization.' },
  409: {
    name: 'Conflict',
    text: 'The request clashes with the current state (a name already in use, a survey that is not live, an import already started), or a signed-in person has not chosen an organization yet (`NO_ACTIVE_ORGANIZATION`).',
  },
  413: { name: 'PayloadTooLarge', text: 'The request body is larger than this route accepts.' },
  415: { name: 'UnsupportedMediaType', text: 'The request body’s Content-Type is not one this route reads.' },
  429: {
    name: 'RateLimited',
    text: 'Too many requests from this API key, person or address in the last minute, or too many rejected credentials from this address; retry after the seconds in Retry-After.',
  },
  500: {
    name: 'InternalError',
    text: 'Something failed on the server; it was logged, and the message reveals nothing more.',
  },
  503: {
    name: 'ServiceUnavailable',
    text: 'A service the request needs is not available right now; retry later.',
  },
};

/** The error codes a status carries, so a client knows what to switch on. */
function codesOf(status: ErrorStatus): ErrorCode[] {
  return (Object.keys(ERROR_STATUS) as ErrorCode[]).filter((code) => ERROR_STATUS[code] === status);
}

/** What the document needs to know of a route. */
export interface RouteShape {
  url: string;
  schema?: FastifySchema | undefined;
  config?: unknown;
}

export interface ErrorResponseComponent {
  description: string;
  content: { 'application/json': { schema: { $ref: string } } };
}

/** The name of the `components.responses` entry for a status. */
export function errorResponseName(status: ErrorStatus): string {
  return RESPONSES[status].name;
}

/** The shared `components.responses` entry for a status: its meaning and codes, and the Error schema. */
export function errorResponseComponent(status: ErrorStatus): ErrorResponseComponent {
  const codes = codesOf(status)
    .map((c) => `\`${c}\``)
    .join(', ');
  return {
    description: `${RESPONSES[status].text} Codes: ${codes}.`,
    content: { 'application/json': { schema: { $ref: ERROR_SCHEMA_REF } } },
  };
}

/** Every status that has a shared response component. */
export const ERROR_STATUSES = Object.keys(RESPONSES).map(Number) as ErrorStatus[];

/**
 * The error statuses a route can really answer with, from what it is: input it validates (400),
 * a body (400 unparsable, 413, 415), an id in its path (404), authentication on /api/v1 unless its
 * schema says `security: []` (401; 403 roles and cross-origin; 409 no active organization), the
 * rate limiter (429, unless switched off for it), an unexpected failure (500), plus the route's own
 * `schema.errors`. Statuses the route documents itself are left to it.
 */
export function errorStatusesOf(route: RouteShape): ErrorStatus[] {
  const schema = route.schema ?? {};
  const statuses = new Set<ErrorStatus>(schema.errors ?? []);
  if (schema.body || schema.querystring || schema.params || schema.headers) statuses.add(400);
  if (schema.body) for (const s of [400, 413, 415] as const) statuses.add(s);
  if (/[:*]/.test(route.url)) statuses.add(404);
  if (requiresAuthentication(route)) for (const s of [401, 403, 409] as const) statuses.add(s);
  const config = route.config as { rateLimit?: unknown } | undefined;
  if (config?.rateLimit !== false) statuses.add(429);
  statuses.add(500);
  const own = new Set(Object.keys(schema.response ?? {}));
  return [...statuses].filter((s) => !own.has(String(s))).sort((a, b) => a - b);
}

/** The onRequest hook authenticates /api/v1; a route opts out in its schema with `security: []`. */
export function requiresAuthentication(route: RouteShape): boolean {
  const security = route.schema?.security;
  return route.url.startsWith('/api/v1/') && !(Array.isArray(security) && security.length === 0);
}
