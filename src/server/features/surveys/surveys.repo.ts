import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { surveys, surveyVersions } from '../../db/schema/index.js';
import type { SurveyDefinition, SurveyMetric } from '../../../shared/contracts/survey-model.js';
import type { SurveyStatus } from '../../../shared/contracts/surveys.js';

const surveyColumns = {
  id: surveys.id,
  name: surveys.name,
  templateId: surveys.templateId,
  metric: surveys.metric,
  status: surveys.status,
  currentVersion: surveys.currentVersion,
  createdAt: surveys.createdAt,
  updatedAt: surveys.updatedAt,
};

export interface SurveyRow {
  id: string;
  name: string;
  templateId: string | null;
  metric: SurveyMetric;
  status: SurveyStatus;
  currentVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SurveyVersionRow {
  version: number;
  comparableSince: number;
  definition: SurveyDefinition;
}

const versionColumns = {
  version: surveyVersions.version,
  comparableSince: surveyVersions.comparableSince,
  definition: surveyVersions.definition,
};
// Stored definitions were validated with ZSurveyDefinition before insert.
const asVersion = (r: {
  version: number;
  comparableSince: number;
  definition: Record<string, unknown>;
}): SurveyVersionRow => ({ ...r, definition: r.definition as SurveyDefinition });

export { inTransaction } from '../../db/in-transaction.js';

export async function listSurveys(db: Db, organizationId: string): Promise<SurveyRow[]> {
  return db
    .select(surveyColumns)
    .from(surveys)
    .where(eq(surveys.organizationId, organizationId))
    .orderBy(asc(surveys.name));
}

export async function findSurvey(
  db: Db,
  organizationId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SurveyRow | null> {
  const query = db
    .select(surveyColumns)
    .from(surveys)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, id)));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findVersion(
  db: Db,
  organizationId: string,
  surveyId: string,
  version: number,
): Promise<SurveyVersionRow | null> {
  const [row] = await db
    .select(versionColumns)
    .from(surveyVersions)
    .where(
      and(
        eq(surveyVersions.organizationId, organizationId),
        eq(surveyVersions.surveyId, surveyId),
        eq(surveyVersions.version, version),
      ),
    );
  return row ? asVersion(row) : null;
}

/** The current version of every survey of the organization, keyed by survey id. */
export async function listCurrentVersions(
  db: Db,
  organizationId: string,
): Promise<Map<string, SurveyVersionRow>> {
  const rows = await db
    .select({ surveyId: surveyVersions.surveyId, ...versionColumns })
    .from(surveyVersions)
    .innerJoin(
      surveys,
      and(eq(surveys.id, surveyVersions.surveyId), eq(surveys.currentVersion, surveyVersions.version)),
    )
    .where(
      and(eq(surveyVersions.organizationId, organizationId), eq(surveys.organizationId, organizationId)),
    );
  return new Map(rows.map(({ surveyId, ...r }) => [surveyId, asVersion(r)]));
}

export async function insertSurvey(
  db: Db,
  organizationId: string,
  input: { name: string; templateId: string | null; definition: SurveyDefinition },
  at: Date,
): Promise<SurveyRow> {
  const [row] = await db
    .insert(surveys)
    .values({
      organizationId,
      name: input.name,
      templateId: input.templateId,
      metric: input.definition.metric,
      status: 'draft',
      currentVersion: 1,
      createdAt: at,
      updatedAt: at,
    })
    .returning(surveyColumns);
  if (!row) throw new Error('insert into surveys returned no row');
  await db.insert(surveyVersions).values({
    surveyId: row.id,
    organizationId,
    version: 1,
    comparableSince: 1,
    definition: input.definition,
    createdAt: at,
  });
  return row;
}

export async function insertVersion(
  db: Db,
  organizationId: string,
  surveyId: string,
  version: SurveyVersionRow,
  at: Date,
): Promise<SurveyRow> {
  await db.insert(surveyVersions).values({
    surveyId,
    organizationId,
    version: version.version,
    comparableSince: version.comparableSince,
    definition: version.definition,
    createdAt: at,
  });
  const [row] = await db
    .update(surveys)
    .set({ currentVersion: version.version, metric: version.definition.metric, updatedAt: at })
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)))
    .returning(surveyColumns);
  if (!row) throw new Error('update of surveys returned no row');
  return row;
}

export async function updateStatus(
  db: Db,
  organizationId: string,
  id: string,
  status: SurveyStatus,
  at: Date,
): Promise<SurveyRow | null> {
  const [row] = await db
    .update(surveys)
    .set({ status, updatedAt: at })
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, id)))
    .returning(surveyColumns);
  return row ?? null;
}
