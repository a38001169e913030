import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { findUnstorable } from '../../../shared/storable-text.js';
import { AppError } from '../../common/app-error.js';

/** A problem with one entry of a batch: its position, the dotted field inside it, and why. */
export interface EntryError {
  index: number;
  field: string;
  message: string;
}

export interface Checked<T> {
  valid: Array<{ index: number; value: T }>;
  errors: EntryError[];
  /** The request was one object rather than an array. */
  isSingle: boolean;
}

/**
 * Checks each entry of a batch on its own, so a bad entry is reported and the good ones are kept.
 * An unknown property names itself as the field (`colour`), not the object holding it. Text the
 * database cannot store (U+0000, an unpaired surrogate) is refused here, per entry: the edge check
 * (`http/storable-input.ts`) leaves a batch's entries to this function.
 */
export function checkEntries<T>(body: unknown, schema: z.ZodType<T>): Checked<T> {
  const isSingle = !Array.isArray(body);
  const entries: unknown[] = Array.isArray(body) ? body : [body];
  const valid: Checked<T>['valid'] = [];
  const errors: EntryError[] = [];
  entries.forEach((entry, index) => {
    const unstorable = findUnstorable(entry, '');
    if (unstorable) {
      errors.push({ index, field: unstorable.field || '(entry)', message: unstorable.message });
      return;
    }
    const parsed = schema.safeParse(entry);
    if (parsed.success) {
      valid.push({ index, value: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          errors.push({ index, field: [...path, key].join('.'), message: 'is not a known property' });
      } else {
        errors.push({ index, field: path.join('.') || '(entry)', message: issue.message });
      }
    }
  });
  return { valid, errors, isSingle };
}

/** A single-object request has nothing else to keep: its entry errors become a 400 naming the fields. */
export function throwIfSingleFailed(isSingle: boolean, errors: EntryError[]): void {
  if (!isSingle || errors.length === 0) return;
  const details = errors.map((e) => ({ field: `body.${e.field}`, message: e.message }));
  throw new AppError('VALIDATION_FAILED', `${details[0]?.field}: ${details[0]?.message}`, details);
}

/** Opaque keyset cursor over (occurredAt desc, id desc). */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime()) && /^[0-9a-f-]{36}$/i.test(parsed[1])) return { at, id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'querystring.cursor: is not a cursor this API returned', [
    { field: 'querystring.cursor', message: 'is not a cursor this API returned' },
  ]);
}

/** Rejects timestamps more than `skewMinutes` ahead of now (clocks drift; the future does not send feedback). */
export function futureError(
  index: number,
  occurredAt: Date,
  now: Date,
  skewMinutes: number,
): EntryError | null {
  if (occurredAt.getTime() <= now.getTime() + skewMinutes * 60_000) return null;
  return {
    index,
    field: 'occurredAt',
    message: `must not be more than ${skewMinutes} minutes in the future`,
  };
}

/**
 * For batch routes: OpenAPI shows `documented` (the entry schema, one or an array), while the
 * request itself is only checked against `envelope`, so that each entry can then be checked on
 * its own by `checkEntries` instead of one bad entry refusing the whole batch.
 */
export function envelopeOnly<S>(envelope: z.ZodType): FastifySchemaCompiler<S> {
  return (route) => validatorCompiler({ method: route.method, url: route.url, schema: envelope });
}
