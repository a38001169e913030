import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { instanceSettings } from '../../db/schema/index.js';

/** Inserts `value` unless the key exists, then returns what is stored: first writer wins on every node. */
export async function getOrInsertInstanceSetting(db: Db, key: string, value: string): Promise<string> {
  await db.insert(instanceSettings).values({ key, value }).onConflictDoNothing();
  const [row] = await db.select({ value: instanceSettings.value }).from(instanceSettings).where(eq(instanceSettings.key, key));
  if (!row) throw new Error(`instance setting ${key} missing after insert`);
  return row.value;
}
