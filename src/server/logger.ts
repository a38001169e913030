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

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { service: 'resonance' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
