import { COMPANY_NAME_MAX_LENGTH, surveyFromTemplate } from '../../../domain/survey/templates.js';
import { diffVersions, nextVersion } from '../../../domain/survey/versions.js';
import type { SurveyDefinition, TemplateId } from '../../../shared/contracts/survey-model.js';
import type {
  SurveyStatus,
  TCreateSurvey,
  TSaveSurveyDefinitionResult,
  TSurvey,
} from '../../../shared/contracts/surveys.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import * as repo from './surveys.repo.js';

export interface SurveyDeps {
  db: Db;
  now: () => Date;
}

function toDto(row: repo.SurveyRow, version: repo.SurveyVersionRow): TSurvey {
  const { metric, languages, questions, trigger } = version.definition;
  return {
    id: row.id,
    name: row.name,
    templateId: row.templateId as TemplateId | null,
    metric,
    status: row.status,
    version: version.version,
    currentVersion: row.currentVersion,
    comparableSince: version.comparableSince,
    languages,
    questions,
    trigger,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const nameTaken = (name: string) =>
  new AppError('CONFLICT', `A survey named "${name}" already exists`, [
    { field: 'body.name', message: 'already in use' },
  ]);

async function currentVersionOf(
  db: Db,
  organizationId: string,
  row: repo.SurveyRow,
): Promise<repo.SurveyVersionRow> {
  const version = await repo.findVersion(db, organizationId, row.id, row.currentVersion);
  if (!version) throw new Error(`survey ${row.id} has no version ${row.currentVersion}`);
  return version;
}

async function templateDefinition(
  db: Db,
  organizationId: string,
  template: TemplateId,
): Promise<SurveyDefinition> {
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw notFound('Organization');
  // Templates cap the company name; a longer organization name is cut rather than refused.
  const companyName = organization.name.trim().slice(0, COMPANY_NAME_MAX_LENGTH).trim() || organization.slug;
  return surveyFromTemplate(template, { companyName });
}

export async function listSurveys(deps: SurveyDeps, organizationId: string): Promise<TSurvey[]> {
  const [rows, versions] = await Promise.all([
    repo.listSurveys(deps.db, organizationId),
    repo.listCurrentVersions(deps.db, organizationId),
  ]);
  return rows.flatMap((row) => {
    const version = versions.get(row.id);
    return version ? [toDto(row, version)] : [];
  });
}

export async function getSurvey(
  deps: SurveyDeps,
  organizationId: string,
  id: string,
  version?: number,
): Promise<TSurvey> {
  const row = await repo.findSurvey(deps.db, organizationId, id);
  if (!row) throw notFound('Survey');
  const shown = await repo.findVersion(deps.db, organizationId, id, version ?? row.currentVersion);
  if (!shown) throw notFound(`Version ${version ?? row.currentVersion} of the survey`);
  return toDto(row, shown);
}

export async function createSurvey(
  deps: SurveyDeps,
  organizationId: string,
  body: TCreateSurvey,
): Promise<TSurvey> {
  const definition = body.template
    ? await templateDefinition(deps.db, organizationId, body.template)
    : body.definition;
  if (!definition)
    throw new AppError('VALIDATION_FAILED', 'body: send either template or definition', [
      { field: 'body', message: 'send either template or definition' },
    ]);
  try {
    const row = await repo.inTransaction(deps.db, (tx) =>
      repo.insertSurvey(
        tx,
        organizationId,
        { name: body.name, templateId: body.template ?? null, definition },
        deps.now(),
      ),
    );
    return toDto(row, { version: 1, comparableSince: 1, definition });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(body.name);
    throw err;
  }
}

// Fields outside the questions: a change to them is a new version too; only a metric change breaks comparability.
function surveyLevelChange(
  before: SurveyDefinition,
  after: SurveyDefinition,
): { changed: boolean; comparable: boolean } {
  const flat = (d: SurveyDefinition) =>
    JSON.stringify([d.languages, Object.entries(d.trigger).sort(([a], [b]) => (a < b ? -1 : 1))]);
  const metricChanged = before.metric !== after.metric;
  return { changed: metricChanged || flat(before) !== flat(after), comparable: !metricChanged };
}

/**
 * Saves an edited definition as the next version. Saving what is already current makes no
 * version, so a double save never splits the answers' history.
 */
export async function saveDefinition(
  deps: SurveyDeps,
  organizationId: string,
  id: string,
  definition: SurveyDefinition,
): Promise<TSaveSurveyDefinitionResult> {
  return repo.inTransaction(deps.db, async (tx) => {
    const row = await repo.findSurvey(tx, organizationId, id, { forUpdate: true });
    if (!row) throw notFound('Survey');
    const current = await currentVersionOf(tx, organizationId, row);
    const diff = diffVersions(current.definition.questions, definition.questions);
    const surveyLevel = surveyLevelChange(current.definition, definition);
    let next = nextVersion(
      {
        version: current.version,
        comparableSince: current.comparableSince,
        questions: current.definition.questions,
      },
      definition.questions,
    );
    if (next.version === current.version && surveyLevel.changed)
      next = { ...next, version: current.version + 1 };
    if (next.version === current.version)
      return { survey: toDto(row, current), isNewVersion: false, isComparable: true, changes: [] };
    const isComparable = diff.comparable && surveyLevel.comparable;
    const stored: repo.SurveyVersionRow = {
      version: next.version,
      comparableSince: isComparable ? current.comparableSince : next.version,
      definition,
    };
    const updated = await repo.insertVersion(tx, organizationId, id, stored, deps.now());
    return { survey: toDto(updated, stored), isNewVersion: true, isComparable, changes: diff.changes };
  });
}

export async function setStatus(
  deps: SurveyDeps,
  organizationId: string,
  id: string,
  status: SurveyStatus,
): Promise<TSurvey> {
  const row = await repo.updateStatus(deps.db, organizationId, id, status, deps.now());
  if (!row) throw notFound('Survey');
  return toDto(row, await currentVersionOf(deps.db, organizationId, row));
}
