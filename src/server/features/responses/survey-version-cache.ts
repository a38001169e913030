import type { Db } from '../../db/client.js';
import { findVersion, type SurveyVersionRow } from '../surveys/surveys.repo.js';

/** Enough for every live survey of a busy instance; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 1000;

/** Per database (a process may hold several: tests, the bench), keyed by organization, survey and version. */
const caches = new WeakMap<Db, Map<string, Promise<SurveyVersionRow | null>>>();

/**
 * A survey version, read once per process. `survey_versions` rows are never updated (an edit
 * writes a new version), so a cached row cannot go stale; every answer needs its definition,
 * and this spares each one a query. A miss is not cached: the next call asks again.
 */
export function cachedVersion(
  db: Db,
  organizationId: string,
  surveyId: string,
  version: number,
): Promise<SurveyVersionRow | null> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${organizationId}\u0000${surveyId}\u0000${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const store = cache;
  const loading = findVersion(db, organizationId, surveyId, version).then(
    (row) => {
      if (!row) store.delete(key);
      return row;
    },
    (err: unknown) => {
      store.delete(key);
      throw err;
    },
  );
  store.set(key, loading);
  if (store.size > MAX_ENTRIES) {
    const oldest = store.keys().next().value;
    if (oldest !== undefined) store.delete(oldest);
  }
  return loading;
}
