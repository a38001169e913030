import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import { countHit, deleteEndedLimits } from './request-limits.repo.js';

/** Keys with this prefix are counted in the database, so every web node sees the same count. */
export const SHARED_KEY_PREFIX = 'shared:';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/**
 * The store behind `@fastify/rate-limit`. API callers (`shared:` keys, see api-rate-limit.ts) are
 * counted in `request_limits` with one upsert per request: those requests hit the database anyway
 * (key or session lookup), and the limit must hold across nodes. Everything else — the public
 * survey pages, the widget, static files — is counted in this process's memory: the answer path is
 * the hottest one there is, and a per-address flood limit per node is enough for it
 * (ARCHITECTURE.md, deviations).
 */
export function rateLimitStore({
  db,
  now,
  logger,
}: {
  db: Db;
  now: () => Date;
  logger: Logger;
}): FastifyRateLimitStoreCtor {
  // Ended buckets are swept by the nightly auth cleanup, and also every SWEEP_EVERY shared hits
  // here, so a flood from many addresses cannot pile up a day of rows.
  let hitsSinceSweep = 0;
  const sweep = (at: Date) => {
    hitsSinceSweep = 0;
    deleteEndedLimits(db, at).catch((err: unknown) =>
      logger.warn({ err }, 'sweeping ended request limits failed'),
    );
  };
  class RequestLimitStore implements FastifyRateLimitStore {
    private readonly memory = new MemoryCounter();

    constructor(private readonly shared: boolean) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      if (this.shared && key.startsWith(SHARED_KEY_PREFIX)) {
        if (++hitsSinceSweep >= SWEEP_EVERY) sweep(at);
        countHit(db, key, at, timeWindow, 'fixed').then(
          (state) =>
            callback(null, {
              current: state.hits,
              ttl: Math.max(0, state.windowEndsAt.getTime() - at.getTime()),
            }),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
        return;
      }
      callback(null, this.memory.hit(key, at.getTime(), timeWindow));
    }

    // A route with its own limit (public pages, widget) gets its own counters, in memory.
    child(): FastifyRateLimitStore {
      return new RequestLimitStore(false);
    }
  }
  // The plugin constructs the root store with its options; this one needs none of them.
  return class extends RequestLimitStore {
    constructor() {
      super(true);
    }
  };
}

const SWEEP_EVERY = 1000;
const MEMORY_KEYS = 10_000;

/** Fixed-window counters of one process, forgetting the oldest keys beyond 10,000. */
class MemoryCounter {
  private readonly buckets = new Map<string, { hits: number; endsAt: number }>();

  hit(key: string, nowMs: number, windowMs: number): { current: number; ttl: number } {
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.endsAt <= nowMs) {
      bucket = { hits: 0, endsAt: nowMs + windowMs };
      this.buckets.delete(key);
      this.buckets.set(key, bucket);
      if (this.buckets.size > MEMORY_KEYS) this.prune(nowMs);
    }
    bucket.hits += 1;
    return { current: bucket.hits, ttl: bucket.endsAt - nowMs };
  }

  private prune(nowMs: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.endsAt <= nowMs) this.buckets.delete(key);
    // Map order is insertion order: what is left over the cap are the oldest windows.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= MEMORY_KEYS) break;
      this.buckets.delete(key);
    }
  }
}
