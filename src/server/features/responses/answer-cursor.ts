import { AppError } from '../../common/app-error.js';

/**
 * Where the next page of answers starts: the last row's time as PostgreSQL prints it (text keeps
 * the microseconds a JS Date would drop, so no row is skipped or repeated) and its id.
 */
export interface AnswerCursor {
  at: string;
  id: string;
}

const PG_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeAnswerCursor(c: AnswerCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeAnswerCursor(cursor: string): AnswerCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      PG_TIME.test(parsed[0]) &&
      UUID.test(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'querystring.cursor: is not a cursor this API returned', [
    { field: 'querystring.cursor', message: 'is not a cursor this API returned' },
  ]);
}
