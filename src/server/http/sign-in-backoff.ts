import type { Db } from '../db/client.js';
import { clearLimit, countHit, readLimit } from './request-limits.repo.js';

/**
 * Wrong passwords are counted per account (the e-mail as typed, trimmed and lower-cased), whatever
 * address they come from; better-auth's own limit stays per address. After FREE_FAILURES the account
 * waits 1 s, doubling with each further failure, capped at 5 minutes: enough to make guessing slow
 * (about a dozen tries an hour), short enough that an attacker cannot lock a person out for long.
 * A right password resets the count; failures are forgotten after a quiet hour. Any e-mail gets a
 * count, known or not, so the wait says nothing about which accounts exist.
 */
const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 1000;
const MAX_WAIT_MS = 5 * 60 * 1000;
const FORGET_AFTER_MS = 60 * 60 * 1000;

export interface SignInBackoffDeps {
  db: Db;
  now: () => Date;
}

/** How long an account waits after `failures` wrong passwords in a row. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES), MAX_WAIT_MS);
}

const keyFor = (email: string) => `sign-in:${email.trim().toLowerCase()}`;

/** Seconds the account must still wait before its password is checked again; 0 when it need not. */
export async function signInWaitSeconds(deps: SignInBackoffDeps, email: string): Promise<number> {
  const now = deps.now();
  const state = await readLimit(deps.db, keyFor(email), now);
  if (!state) return 0;
  const until = state.lastHitAt.getTime() + waitAfterFailures(state.hits);
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export async function recordSignInFailure(deps: SignInBackoffDeps, email: string): Promise<void> {
  await countHit(deps.db, keyFor(email), deps.now(), FORGET_AFTER_MS, 'sliding');
}

export async function clearSignInFailures(deps: SignInBackoffDeps, email: string): Promise<void> {
  await clearLimit(deps.db, keyFor(email));
}

/** The e-mail of a password sign-in body (JSON, or a form post), if it has one. */
export function signInEmail(body: string | undefined): string | null {
  if (!body) return null;
  let email: unknown;
  try {
    email = body.trimStart().startsWith('{')
      ? (JSON.parse(body) as Record<string, unknown>).email
      : new URLSearchParams(body).get('email');
  } catch {
    return null;
  }
  return typeof email === 'string' && email.trim().length > 0 ? email : null;
}
