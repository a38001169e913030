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
 * Request lines keep method, path and request id, never the query string: survey tokens,
 * e-mail addresses in filters and reset tokens travel there.
 */
const serializers = {
  req(req: { method?: string; url?: string; id?: string }) {
    return { method: req.method, path: (req.url ?? '').split('?')[0], id: req.id };
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
