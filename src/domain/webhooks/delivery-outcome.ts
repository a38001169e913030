/**
 * What one attempt's result means (Standard Webhooks' status handling): only 2xx delivers; a 3xx
 * is a failure and is never followed (a redirect could lead anywhere, past the address policy);
 * 410 Gone disables the endpoint; 429, 502, 503 and 504 may ask for a later retry with
 * Retry-After (seconds or an HTTP date); every other status, a timeout, a network error or an
 * address the policy refuses is a failure retried on the schedule.
 */

export type AttemptResult =
  | { kind: 'response'; status: number; retryAfter: string | null }
  | { kind: 'timeout' }
  | { kind: 'network-error'; code: string }
  | { kind: 'address-refused'; reason: string };

export type FailureReason = 'redirect' | 'status' | 'throttled' | 'timeout' | 'network' | 'address-refused';

export type DeliveryOutcome =
  | { verdict: 'delivered' }
  | { verdict: 'gone' }
  | { verdict: 'failed'; reason: FailureReason; retryAfterMs: number | null };

/** The statuses after which a receiver's Retry-After is honoured. */
const THROTTLING = new Set([429, 502, 503, 504]);

export function classifyAttempt(result: AttemptResult, now: Date): DeliveryOutcome {
  switch (result.kind) {
    case 'timeout':
      return { verdict: 'failed', reason: 'timeout', retryAfterMs: null };
    case 'network-error':
      return { verdict: 'failed', reason: 'network', retryAfterMs: null };
    case 'address-refused':
      return { verdict: 'failed', reason: 'address-refused', retryAfterMs: null };
    case 'response': {
      const { status } = result;
      if (status >= 200 && status <= 299) return { verdict: 'delivered' };
      if (status === 410) return { verdict: 'gone' };
      if (status >= 300 && status <= 399)
        return { verdict: 'failed', reason: 'redirect', retryAfterMs: null };
      if (THROTTLING.has(status))
        return {
          verdict: 'failed',
          reason: 'throttled',
          retryAfterMs: result.retryAfter === null ? null : parseRetryAfter(result.retryAfter, now),
        };
      return { verdict: 'failed', reason: 'status', retryAfterMs: null };
    }
  }
}

const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Retry-After as milliseconds from `now`: delay-seconds, or an HTTP date (IMF-fixdate, what
 * servers send) — a date in the past is 0. Anything else is ignored (null), leaving the schedule.
 */
export function parseRetryAfter(value: string, now: Date): number | null {
  const v = value.trim();
  if (/^\d{1,10}$/.test(v)) return Number(v) * 1000;
  if (!IMF_FIXDATE.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
