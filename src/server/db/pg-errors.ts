/**
 * PostgreSQL error codes, read the same way from node-postgres (`err.code`) and from PGlite or
 * Drizzle's wrapped errors (`err.cause.code`).
 */
function pgErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  const code = e.code ?? e.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A unique index refused the row (23505 unique_violation). */
export function isUniqueViolation(err: unknown): boolean {
  return pgErrorCode(err) === '23505';
}
