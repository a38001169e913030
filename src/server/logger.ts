import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Paths that may carry personal data or secrets. Pino replaces them before a line is
 * written, so no e-mail address, password or key ends up in log storage.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'email',
  '*.email',
  'password',
  '*.password',
  'token',
  '*.token',
  'key',
  '*.key',
  'name',
  '*.name',
  'phone',
  '*.phone',
];

/**
 * The token of a survey (`/s/<token>…`) or unsubscribe (`/u/<token>`) link is its only
 * credential, so the path is logged with `[token]` in its place. A public link's key (`/l/<key>`)
 * is printed on posters and stays.
 */
const LINK_TOKEN = /^\/(s|u)\/[^/]+/;

export function loggedPath(url: string): string {
  return (url.split('?')[0] ?? '').replace(LINK_TOKEN, '/$1/[token]');
}

/**
 * Request lines keep method, path and request id, never the query string: survey tokens,
 * e-mail addresses in filters and reset tokens travel there.
 */
const serializers = {
  req(req: { method?: string; url?: string; id?: string }) {
    return { method: req.method, path: loggedPath(req.url ?? ''), id: req.id };
  },
};

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    serializers,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { service: 'resonance' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
