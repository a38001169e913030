import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ssoProvider } from '../../db/schema/index.js';

/** Never selects oidc_config: it holds the client secret. */
const listed = {
  providerId: ssoProvider.providerId,
  issuer: ssoProvider.issuer,
  domain: ssoProvider.domain,
  createdAt: ssoProvider.createdAt,
};

export async function listProviders(db: Db, organizationId: string) {
  return db
    .select(listed)
    .from(ssoProvider)
    .where(eq(ssoProvider.organizationId, organizationId))
    .orderBy(asc(ssoProvider.providerId));
}

export async function findProvider(db: Db, organizationId: string, providerId: string) {
  const [row] = await db
    .select(listed)
    .from(ssoProvider)
    .where(and(eq(ssoProvider.organizationId, organizationId), eq(ssoProvider.providerId, providerId)));
  return row ?? null;
}

/**
 * The two lookups not scoped by organization, and they answer only yes or no: provider ids are
 * global (they name the callback URL) and an e-mail domain may lead to one provider only, or
 * sign-in by e-mail could not tell which organization's IdP to use.
 */
export async function isProviderIdTaken(db: Db, providerId: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(ssoProvider)
    .where(eq(ssoProvider.providerId, providerId))
    .limit(1);
  return rows.length > 0;
}

export async function isDomainTaken(db: Db, domain: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(ssoProvider)
    .where(eq(sql`lower(${ssoProvider.domain})`, domain.toLowerCase()))
    .limit(1);
  return rows.length > 0;
}
