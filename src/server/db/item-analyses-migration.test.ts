import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './migrate.js';

type Journal = { entries: Array<{ tag: string }> };

describe('migration 0028 (analyses in their own table)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('moves the analyses stored on items into item_analyses and keeps no column behind', async () => {
    dir = mkdtempSync(join(tmpdir(), 'item-analyses-migration-'));
    const folder = join(dir, 'migrations');
    cpSync(MIGRATIONS_DIR, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
    const at = journal.entries.findIndex((e) => e.tag === '0028_item_analyses');
    expect(at).toBeGreaterThan(0);
    // The database as the release before this migration left it.
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
    const pglite = new PGlite();
    const db = drizzle(pglite);
    try {
      await migrate(db, { migrationsFolder: folder });
      const analysis = { language: 'de', sentiment: -0.5, sentimentLabel: 'negative', themes: ['billing'] };
      await pglite.query(
        `insert into feedback_items (id, organization_id, channel, text, occurred_at, analysis) values
           ('00000000-0000-4000-8000-000000000001', 'org-a', 'review', 'Rechnung falsch', '2026-03-01T10:00:00Z', $1),
           ('00000000-0000-4000-8000-000000000002', 'org-b', 'review', null, '2026-03-02T10:00:00Z', null)`,
        [JSON.stringify(analysis)],
      );
      writeFileSync(journalFile, JSON.stringify(journal));
      await migrate(db, { migrationsFolder: folder });
      const moved = await pglite.query<{
        item_id: string;
        organization_id: string;
        sentiment_label: string;
        occurred_at: Date;
        analysis: unknown;
      }>('select item_id, organization_id, sentiment_label, occurred_at, analysis from item_analyses');
      expect(moved.rows).toEqual([
        {
          item_id: '00000000-0000-4000-8000-000000000001',
          organization_id: 'org-a',
          sentiment_label: 'negative',
          occurred_at: new Date('2026-03-01T10:00:00Z'),
          analysis,
        },
      ]);
      const column = await pglite.query(
        `select 1 from information_schema.columns where table_name = 'feedback_items' and column_name = 'analysis'`,
      );
      expect(column.rows).toEqual([]);
    } finally {
      await pglite.close();
    }
  });
});
