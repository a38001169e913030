import pino from 'pino';
import { loggerOptions, type Logger } from '../logger.js';

/**
 * The CLI's stdout belongs to the person (and its last line to scripts reading the JSON
 * result), so logs go to stderr, and routine info lines are held back unless asked for with
 * LOG_LEVEL=debug or trace.
 */
export function createCliLogger(level: string): Logger {
  const effective = level === 'info' ? 'warn' : level;
  return pino(loggerOptions(effective), pino.destination({ dest: 2, sync: true }));
}
