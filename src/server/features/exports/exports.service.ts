import { Readable } from 'node:stream';
import type { Language } from '../../../shared/contracts/common.js';
import {
  type ExportFormat,
  METRIC_EXPORT_COLUMNS,
  RESPONSE_EXPORT_COLUMNS,
  type TMetricsExportQuery,
  type TResponsesExportQuery,
} from '../../../shared/contracts/exports.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import type { AnswerFilter } from '../responses/answer-filter.repo.js';
import { resolveAnswerFilter } from '../responses/responses.service.js';
import { csvChunks } from './csv-file.js';
import { EXPORT_NAMES, METRIC_COLUMN_TEXT, RESPONSE_COLUMN_TEXT, SHEET_NAMES } from './export-columns.js';
import {
  contactsByIds,
  type ExportContact,
  type ExportCursor,
  type ExportFilter,
  monthlyScoreCounts,
  pageResponses,
  type ResponseExportRow,
  surveyExists,
  surveyNames,
} from './exports.repo.js';
import { metricRows } from './metric-rows.js';
import type { Cell } from './neutralise-cell.js';
import { type XlsxColumn, xlsxStream } from './xlsx-file.js';

export interface ExportDeps {
  db: Db;
  now: () => Date;
}

/** Rows per database round trip: big enough to keep the database busy, small enough to hold. */
export const EXPORT_PAGE_SIZE = 5000;

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Readable;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Checked before the first byte goes out: once a download has started, its status cannot change. */
async function checkSurvey(db: Db, organizationId: string, surveyId: string | undefined): Promise<void> {
  if (surveyId && !(await surveyExists(db, organizationId, surveyId))) throw notFound('Survey');
}

async function languageOf(db: Db, organizationId: string, lang: Language | undefined): Promise<Language> {
  return lang ?? ((await findOrganization(db, organizationId))?.defaultLanguage === 'de' ? 'de' : 'en');
}

async function prepareMetrics(
  deps: ExportDeps,
  organizationId: string,
  query: TMetricsExportQuery,
): Promise<{ filter: ExportFilter; language: Language }> {
  const filter: ExportFilter = {
    surveyId: query.surveyId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    channel: query.channel,
    segment: query.segment,
  };
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
    throw new AppError('BAD_REQUEST', '`from` must be before `to`', [
      { field: 'from', message: 'must be before to' },
    ]);
  }
  await checkSurvey(deps.db, organizationId, filter.surveyId);
  return { filter, language: await languageOf(deps.db, organizationId, query.lang) };
}

function file(
  kind: 'responses' | 'metrics',
  format: ExportFormat,
  language: Language,
  now: Date,
  columns: readonly XlsxColumn[],
  pages: AsyncIterable<Cell[][]>,
): ExportFile {
  const body =
    format === 'csv'
      ? Readable.from(
          csvChunks(
            columns.map((c) => c.header),
            pages,
          ),
        )
      : xlsxStream(SHEET_NAMES[kind][language], columns, pages);
  return {
    filename: `${EXPORT_NAMES[kind][language]}-${now.toISOString().slice(0, 10)}.${format}`,
    contentType: CONTENT_TYPES[format],
    body,
  };
}

function responseCells(
  r: ResponseExportRow,
  survey: string | undefined,
  contact: ExportContact | undefined,
): Cell[] {
  const hidden =
    r.hiddenFields && Object.keys(r.hiddenFields).length > 0 ? JSON.stringify(r.hiddenFields) : null;
  return [
    r.id,
    r.occurredAt,
    survey ?? null,
    r.metric,
    r.score,
    r.comment,
    r.channel,
    r.language,
    contact?.externalId ?? null,
    contact?.segment ?? null,
    contact?.region ?? null,
    hidden,
  ];
}

/** Pages of answers, oldest first, fetched one at a time as the file is written. */
async function* responsePages(
  db: Db,
  organizationId: string,
  filter: AnswerFilter | null,
  pageSize: number,
): AsyncGenerator<Cell[][]> {
  // A named contact that does not exist matches no answer: the file has its header only.
  if (!filter) return;
  const surveys = await surveyNames(db, organizationId);
  let after: ExportCursor | null = null;
  for (;;) {
    const page = await pageResponses(db, organizationId, filter, after, pageSize);
    const contactIds = [...new Set(page.flatMap((r) => (r.contactId ? [r.contactId] : [])))];
    const contacts = await contactsByIds(db, organizationId, contactIds);
    if (page.length > 0)
      yield page.map((r) =>
        responseCells(
          r,
          r.surveyId ? surveys.get(r.surveyId) : undefined,
          r.contactId ? contacts.get(r.contactId) : undefined,
        ),
      );
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    after = { at: last.cursorAt, id: last.id };
  }
}

/**
 * The answers a drill-down lists (same filters as `GET /api/v1/responses`) as CSV or XLSX: survey, score, comment, channel, language, the contact's
 * external id, segment and region, hidden fields and time, streamed page by page. Every text
 * cell is formula-safe (see neutraliseCell).
 */
export async function exportResponses(
  deps: ExportDeps,
  organizationId: string,
  query: TResponsesExportQuery,
  format: ExportFormat,
  opts: { pageSize?: number } = {},
): Promise<ExportFile> {
  const { lang, ...filters } = query;
  await checkSurvey(deps.db, organizationId, filters.surveyId);
  const language = await languageOf(deps.db, organizationId, lang);
  const filter = await resolveAnswerFilter(deps.db, organizationId, filters);
  const columns = RESPONSE_EXPORT_COLUMNS.map((key) => ({
    header: RESPONSE_COLUMN_TEXT[key][language],
    width: RESPONSE_COLUMN_TEXT[key].width,
    isDate: key === 'time',
  }));
  return file(
    'responses',
    format,
    language,
    deps.now(),
    columns,
    responsePages(deps.db, organizationId, filter, opts.pageSize ?? EXPORT_PAGE_SIZE),
  );
}

/** Two decimals: the intervals are not more precise than that, and spreadsheets show it cleanly. */
const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/**
 * NPS, CSAT and CES per month (UTC) with n, score, 95 % interval and the NPS categories,
 * computed from one GROUP BY over the answers with the same functions the dashboard uses.
 */
export async function exportMetrics(
  deps: ExportDeps,
  organizationId: string,
  query: TMetricsExportQuery,
  format: ExportFormat,
): Promise<ExportFile> {
  const { filter, language } = await prepareMetrics(deps, organizationId, query);
  const rows = metricRows(await monthlyScoreCounts(deps.db, organizationId, filter));
  const cells = rows.map((r): Cell[] => [
    r.month,
    r.metric,
    r.scale,
    r.n,
    round(r.score),
    round(r.ciLow),
    round(r.ciHigh),
    r.promoters,
    r.passives,
    r.detractors,
    round(r.mean),
  ]);
  const columns = METRIC_EXPORT_COLUMNS.map((key) => ({
    header: METRIC_COLUMN_TEXT[key][language],
    width: METRIC_COLUMN_TEXT[key].width,
  }));
  return file(
    'metrics',
    format,
    language,
    deps.now(),
    columns,
    (async function* one() {
      yield cells;
    })(),
  );
}
