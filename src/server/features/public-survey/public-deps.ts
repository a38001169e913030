import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../pipeline/catalog.js';

/** What the public pages' use cases need: the database, the job queue (through recordResponse) and the clock. */
export interface PublicDeps {
  db: Db;
  enqueue: Enqueue;
  now: () => Date;
}
