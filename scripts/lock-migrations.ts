// Appends new drizzle-kit migrations to src/server/db/migrations.lock.json, the record of landed
// migrations that src/server/db/landed-migrations.test.ts holds the tree to. Landed entries are
// never rewritten: while one differs, this refuses and names it.
//
//   npm run db:lock
import { appendNewMigrations, LOCK_FILE } from '../src/server/db/landed-migrations.js';

try {
  const added = appendNewMigrations();
  console.log(
    added.length === 0
      ? `${LOCK_FILE}: up to date`
      : `${LOCK_FILE}: added ${added.map((m) => m.tag).join(', ')}`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
