import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendNewMigrations,
  checkLock,
  LOCK_COMMAND,
  LOCK_FILE,
  MIGRATIONS_DIR,
  readLock,
  readMigrations,
  writeLock,
} from './landed-migrations.js';

describe('landed migrations', () => {
  it('are byte for byte what the lock recorded, journal entries included', () => {
    const { changed, removed } = checkLock(readLock().migrations, readMigrations().migrations);
    expect(
      [...changed, ...removed.map((tag) => `${tag}: removed`)],
      'a landed migration was edited or removed: restore it from main and put the change into a new migration (npm run db:generate)',
    ).toEqual([]);
  });

  it('are all in the lock, and every SQL file is in the journal', () => {
    const { migrations, unjournaled } = readMigrations();
    const { unlisted } = checkLock(readLock().migrations, migrations);
    expect(
      unlisted.map((m) => m.tag),
      `new migrations are not in ${LOCK_FILE}: run \`${LOCK_COMMAND}\` and commit the lock`,
    ).toEqual([]);
    expect(
      unjournaled,
      'SQL files the migrator never runs (not in meta/_journal.json): generate migrations with npm run db:generate',
    ).toEqual([]);
  });
});

describe('the lock on a copy of the migrations', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the real migrations with its own lock, to change at will. */
  function copy(): { migrations: string; lock: string } {
    dir = mkdtempSync(join(tmpdir(), 'landed-migrations-'));
    const migrations = join(dir, 'migrations');
    cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    const lock = join(dir, 'migrations.lock.json');
    writeLock(lock, readMigrations(migrations).migrations);
    return { migrations, lock };
  }

  function addMigration(migrations: string, tag: string, body: string): void {
    writeFileSync(join(migrations, `${tag}.sql`), body);
    const journalFile = join(migrations, 'meta', '_journal.json');
    type Entry = { idx: number; version: string; when: number; tag: string; breakpoints: boolean };
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Entry[] };
    const last = journal.entries[journal.entries.length - 1] ?? { idx: -1, when: 0 };
    journal.entries.push({ idx: last.idx + 1, version: '7', when: last.when + 1000, tag, breakpoints: true });
    writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  }

  it('names a landed migration whose file changed, and the lock command refuses and writes nothing', () => {
    const { migrations, lock } = copy();
    const before = readFileSync(lock, 'utf8');
    appendFileSync(join(migrations, '0003_surveys.sql'), '\n-- an afterthought');
    expect(checkLock(readLock(lock).migrations, readMigrations(migrations).migrations).changed).toEqual([
      '0003_surveys.sql: content changed',
    ]);
    expect(() => appendNewMigrations(migrations, lock)).toThrow(/0003_surveys\.sql: content changed/);
    expect(readFileSync(lock, 'utf8')).toBe(before);
  });

  it('names a landed migration whose journal entry changed (its timestamp decides whether it runs)', () => {
    const { migrations, lock } = copy();
    const journalFile = join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { when: number }[] };
    const first = journal.entries[0];
    if (first) first.when += 1;
    writeFileSync(journalFile, JSON.stringify(journal));
    expect(checkLock(readLock(lock).migrations, readMigrations(migrations).migrations).changed).toHaveLength(
      1,
    );
  });

  it('takes a new migration appended at the end once the lock command has recorded it', () => {
    const { migrations, lock } = copy();
    addMigration(migrations, '0999_next_step', 'select 1;\n');
    const unlisted = checkLock(readLock(lock).migrations, readMigrations(migrations).migrations).unlisted;
    expect(unlisted.map((m) => m.tag)).toEqual(['0999_next_step']);
    expect(appendNewMigrations(migrations, lock).map((m) => m.tag)).toEqual(['0999_next_step']);
    expect(checkLock(readLock(lock).migrations, readMigrations(migrations).migrations)).toEqual({
      changed: [],
      removed: [],
      unlisted: [],
    });
    // Once recorded it is landed like the others.
    writeFileSync(join(migrations, '0999_next_step.sql'), 'select 2;\n');
    expect(checkLock(readLock(lock).migrations, readMigrations(migrations).migrations).changed).toEqual([
      '0999_next_step.sql: content changed',
    ]);
  });

  it('reports a SQL file the journal does not list, and a landed migration that is gone', () => {
    const { migrations, lock } = copy();
    writeFileSync(join(migrations, '0998_stray.sql'), 'select 1;\n');
    expect(readMigrations(migrations).unjournaled).toEqual(['0998_stray.sql']);
    const landed = readLock(lock).migrations;
    expect(checkLock(landed, readMigrations(migrations).migrations.slice(0, -1)).removed).toEqual([
      landed[landed.length - 1]?.tag,
    ]);
  });
});
