import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Landed migrations never change: a database that ran one never runs it again, so an edit
 * would split installations into those with the old and those with the new schema. The lock
 * (`migrations.lock.json`, committed) records each landed migration's journal entry and the
 * SHA-256 of its SQL file; `landed-migrations.test.ts` compares the tree with it, and
 * `npm run db:lock` appends new migrations (drizzle-kit's `db:generate` runs it too).
 */
export interface LandedMigration {
  idx: number;
  tag: string;
  /** The journal's timestamp: the migrator compares it with the last applied one to decide what runs. */
  when: number;
  breakpoints: boolean;
  /** SHA-256 of `<tag>.sql`, hex. */
  sha256: string;
}

export interface MigrationLock {
  note: string;
  migrations: LandedMigration[];
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
export const LOCK_FILE = fileURLToPath(new URL('./migrations.lock.json', import.meta.url));
export const LOCK_COMMAND = 'npm run db:lock';

const NOTE = `Landed migrations, never edited: ${LOCK_COMMAND} appends new ones (see src/server/db/landed-migrations.ts).`;

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
  breakpoints: boolean;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * The migrations in `dir` as drizzle-kit's journal lists them, each with its file's hash. A SQL
 * file the journal does not list is reported too: the migrator would silently never run it.
 */
export function readMigrations(dir: string = MIGRATIONS_DIR): {
  migrations: LandedMigration[];
  unjournaled: string[];
} {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const migrations = journal.entries.map(({ idx, tag, when, breakpoints }) => ({
    idx,
    tag,
    when,
    breakpoints,
    sha256: sha256(join(dir, `${tag}.sql`)),
  }));
  const journaled = new Set(migrations.map((m) => `${m.tag}.sql`));
  const unjournaled = readdirSync(dir)
    .filter((f) => f.endsWith('.sql') && !journaled.has(f))
    .sort();
  return { migrations, unjournaled };
}

export interface LockCheck {
  /** Landed migrations whose file or journal entry differs from the lock (the test fails on these). */
  changed: string[];
  /** Landed migrations missing from the tree. */
  removed: string[];
  /** Migrations after the last landed one, not in the lock yet: `npm run db:lock` adds them. */
  unlisted: LandedMigration[];
}

/** Compares the tree's migrations with the lock, position by position: landed ones must be byte for byte the same. */
export function checkLock(lock: readonly LandedMigration[], current: readonly LandedMigration[]): LockCheck {
  const changed: string[] = [];
  const removed: string[] = [];
  lock.forEach((landed, i) => {
    const now = current[i];
    if (!now) removed.push(landed.tag);
    else if (
      now.tag !== landed.tag ||
      now.idx !== landed.idx ||
      now.when !== landed.when ||
      now.breakpoints !== landed.breakpoints
    ) {
      const entry = { idx: now.idx, tag: now.tag, when: now.when, breakpoints: now.breakpoints };
      changed.push(`${landed.tag}: journal entry changed (now ${JSON.stringify(entry)})`);
    } else if (now.sha256 !== landed.sha256) changed.push(`${landed.tag}.sql: content changed`);
  });
  return { changed, removed, unlisted: current.slice(lock.length) };
}

export function readLock(file: string = LOCK_FILE): MigrationLock {
  return JSON.parse(readFileSync(file, 'utf8')) as MigrationLock;
}

/**
 * Appends the migrations after the last landed one to the lock. Refuses, writing nothing, while
 * a landed migration differs: the way out is to restore it and put the change into a new one.
 */
export function appendNewMigrations(
  dir: string = MIGRATIONS_DIR,
  file: string = LOCK_FILE,
): LandedMigration[] {
  const lock = readLock(file);
  const { migrations, unjournaled } = readMigrations(dir);
  const { changed, removed, unlisted } = checkLock(lock.migrations, migrations);
  const problems = [
    ...changed,
    ...removed.map((tag) => `${tag}: removed`),
    ...unjournaled.map((f) => `${f}: not in meta/_journal.json`),
  ];
  if (problems.length > 0) {
    throw new Error(
      `landed migrations differ from ${file}; restore them and put the change into a new migration ` +
        `(one that never reached main may be re-recorded: delete its entry from the lock, then run ${LOCK_COMMAND}):\n  ${problems.join('\n  ')}`,
    );
  }
  if (unlisted.length > 0) writeLock(file, [...lock.migrations, ...unlisted]);
  return unlisted;
}

export function writeLock(file: string, migrations: readonly LandedMigration[]): void {
  const lock: MigrationLock = { note: NOTE, migrations: [...migrations] };
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
