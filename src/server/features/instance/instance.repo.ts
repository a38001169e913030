import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { instanceSettings, user } from '../../db/schema/index.js';

/** Inserts `value` unless the key exists, then returns what is stored: first writer wins on every node. */
export async function getOrInsertInstanceSetting(db: Db, key: string, value: string): Promise<string> {
  await db.insert(instanceSettings).values({ key, value }).onConflictDoNothing();
  const [row] = await db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, key));
  if (!row) throw new Error(`instance setting ${key} missing after insert`);
  return row.value;
}

/** Installation-wide on purpose: answers only whether any account exists, never which. */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(user)
    .limit(1);
  return rows.length > 0;
}
