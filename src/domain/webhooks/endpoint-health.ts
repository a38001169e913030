import type { DeliveryOutcome } from './delivery-outcome.js';

/**
 * Whether an endpoint stays enabled after an attempt. A receiver that answers 410 Gone said it
 * wants nothing more; one that has failed every attempt for five days is disabled too (Svix's rule),
 * and its organization's admins are told. One delivered attempt ends a failing streak.
 */

export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3_600_000;

export interface EndpointHealth {
  /** The first failed attempt since the last delivered one; null while the endpoint delivers. */
  failingSince: Date | null;
}

export type DisableReason = 'gone' | 'failing';

export function healthAfterAttempt(
  health: EndpointHealth,
  outcome: DeliveryOutcome,
  now: Date,
): EndpointHealth & { disable: DisableReason | null } {
  if (outcome.verdict === 'delivered') return { failingSince: null, disable: null };
  const failingSince = health.failingSince ?? now;
  if (outcome.verdict === 'gone') return { failingSince, disable: 'gone' };
  const failingFor = now.getTime() - failingSince.getTime();
  return { failingSince, disable: failingFor >= DISABLE_AFTER_FAILING_MS ? 'failing' : null };
}
