import type { z } from 'zod';
import { fieldErrorsOf } from '../../lib/error-message.js';

/** Messages by dotted field path without `body.` (`rules.0.thresholds.nps`), as the API names them. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The message for one field, or for anything inside it when `deep` (a day's intervals, a list's entries). */
export function errorAt(errors: FieldErrors, path: string, deep = false): string | undefined {
  if (errors[path]) return errors[path];
  if (!deep) return undefined;
  const inside = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return inside ? errors[inside] : undefined;
}

/** The errors under `prefix`, with the prefix removed, for a part of a form. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors))
    if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}

/**
 * Checks a value with the contract the server applies, loaded on the first save so zod stays out
 * of the dashboard until then; the paths are the server's. Offline (no chunk), the server checks.
 */
export async function checkWithContract(
  pick: (contract: typeof import('../../../shared/contracts/follow-up.js')) => z.ZodType,
  value: unknown,
): Promise<FieldErrors> {
  const contract = await import('../../../shared/contracts/follow-up.js').catch(() => null);
  if (!contract) return {};
  const parsed = pick(contract).safeParse(value);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}

/** The server's field errors of a failed save. */
export const serverErrors = (error: unknown): FieldErrors => fieldErrorsOf(error);
