import { ensurePgliteTemplate, ensurePostgresTemplate } from './helpers/test-database.js';

/** Builds the migrated templates once, before any test file opens its own database. */
export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
  const url = process.env.TEST_DATABASE_URL;
  if (url) await ensurePostgresTemplate(url);
}
