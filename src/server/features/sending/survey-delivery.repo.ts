import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { surveys, type WidgetTargeting } from '../../db/schema/index.js';

export async function findDelivery(db: Db, organizationId: string, surveyId: string) {
  const [row] = await db
    .select({
      recontactPeriodDays: surveys.recontactPeriodDays,
      linkKey: surveys.linkKey,
      widget: surveys.widget,
    })
    .from(surveys)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
  return row ?? null;
}

export async function updateDelivery(
  db: Db,
  organizationId: string,
  surveyId: string,
  values: { recontactPeriodDays?: number | null; linkKey?: string | null; widget?: WidgetTargeting | null },
): Promise<void> {
  await db
    .update(surveys)
    .set(values)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
}
