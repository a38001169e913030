/**
 * An endpoint's secrets while one rotates: the new secret signs at once, the old one keeps
 * signing beside it until the overlap ends, so receivers can switch without losing a delivery
 * (both signatures travel in one header). An overlap of zero retires the old one at once, for a
 * leaked secret.
 */

export interface EndpointSecret {
  secret: string;
  /** null for the current secret; for an earlier one, when it stops signing. */
  retiresAt: Date | null;
}

export const ROTATION_OVERLAP = {
  defaultHours: 24,
  maxHours: 7 * 24,
} as const;

/** At most this many earlier secrets still sign: rotating in a loop cannot grow the header. */
const MAX_RETIRING = 4;

/** The secrets that sign at `now`: the current one first, then those still in their overlap. */
export function signingSecrets(secrets: readonly EndpointSecret[], now: Date): string[] {
  const current = secrets.filter((s) => s.retiresAt === null).map((s) => s.secret);
  const retiring = secrets
    .filter((s): s is EndpointSecret & { retiresAt: Date } => s.retiresAt !== null && s.retiresAt > now)
    .sort((a, b) => b.retiresAt.getTime() - a.retiresAt.getTime())
    .map((s) => s.secret);
  return [...current, ...retiring];
}

/**
 * `fresh` becomes the current secret; the previous current one retires after `overlapHours`;
 * secrets already retired are dropped, and so are the oldest beyond a handful.
 */
export function rotateSecrets(
  secrets: readonly EndpointSecret[],
  fresh: string,
  now: Date,
  overlapHours: number,
): EndpointSecret[] {
  if (!(overlapHours >= 0 && overlapHours <= ROTATION_OVERLAP.maxHours))
    throw new RangeError(`an overlap is 0–${ROTATION_OVERLAP.maxHours} hours`);
  const retiresAt = new Date(now.getTime() + overlapHours * 3_600_000);
  const retiring = secrets
    .map((s) => (s.retiresAt === null ? { secret: s.secret, retiresAt } : s))
    .filter((s): s is EndpointSecret & { retiresAt: Date } => s.retiresAt !== null && s.retiresAt > now)
    .sort((a, b) => b.retiresAt.getTime() - a.retiresAt.getTime())
    .slice(0, MAX_RETIRING);
  return [{ secret: fresh, retiresAt: null }, ...retiring];
}
