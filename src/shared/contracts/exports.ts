import { z } from 'zod';
import { ZId, ZIsoDate, ZLanguage } from './common.js';
import { answerFilterFields, checkAnswerFilters, ZResponseChannel } from './responses.js';

/**
 * CSV and XLSX downloads of survey answers and monthly metrics. Every text cell that a
 * spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return) is
 * written with a leading apostrophe, so opening an export never runs what a respondent typed.
 */

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const lang = ZLanguage.optional().meta({
  description: "Column headers in German or English (default: the organization's language)",
});

/** The answers export takes the drill-down's filters, so a filtered list downloads as it is shown. */
export const ZResponsesExportQuery = z
  .strictObject({ ...answerFilterFields, lang })
  .superRefine(checkAnswerFilters);
export type TResponsesExportQuery = z.infer<typeof ZResponsesExportQuery>;

export const ZMetricsExportQuery = z.strictObject({
  surveyId: ZId.optional().meta({ description: 'Only answers to this survey' }),
  from: ZIsoDate.optional().meta({ description: 'Answers at or after this time' }),
  to: ZIsoDate.optional().meta({ description: 'Answers before this time' }),
  channel: ZResponseChannel.optional().meta({
    description: 'The channel the answer came through (email, link, widget, api)',
  }),
  segment: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "The contact's segment, exactly" }),
  lang,
});
export type TMetricsExportQuery = z.infer<typeof ZMetricsExportQuery>;

/** The columns of each export, in file order; headers per language are the server's. */
export const RESPONSE_EXPORT_COLUMNS = [
  'id',
  'time',
  'survey',
  'metric',
  'score',
  'comment',
  'channel',
  'language',
  'contact',
  'segment',
  'region',
  'hiddenFields',
] as const;
export type ResponseExportColumn = (typeof RESPONSE_EXPORT_COLUMNS)[number];

export const METRIC_EXPORT_COLUMNS = [
  'month',
  'metric',
  'scale',
  'n',
  'score',
  'ciLow',
  'ciHigh',
  'promoters',
  'passives',
  'detractors',
  'mean',
] as const;
export type MetricExportColumn = (typeof METRIC_EXPORT_COLUMNS)[number];

/**
 * What the OpenAPI document says a download is. The body is a file, not JSON, so the schema
 * only names it; `format: binary` is how OpenAPI marks file content.
 */
export const ZCsvFile = z.string().meta({
  id: 'CsvFile',
  description: 'RFC 4180 CSV, UTF-8 with a byte-order mark, CRLF line ends, formula-safe cells',
});
export const ZXlsxFile = z.string().meta({
  id: 'XlsxFile',
  format: 'binary',
  description: 'An Office Open XML workbook with one sheet, formula-safe cells',
});
