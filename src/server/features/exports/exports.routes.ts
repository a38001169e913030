import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type ExportFormat,
  ZCsvFile,
  ZMetricsExportQuery,
  ZResponsesExportQuery,
  ZXlsxFile,
} from '../../../shared/contracts/exports.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { type ExportFile, exportMetrics, exportResponses } from './exports.service.js';

const FILE_RESPONSE: Record<
  ExportFormat,
  { description: string; content: Record<string, { schema: typeof ZCsvFile }> }
> = {
  csv: { description: 'The CSV file (attachment)', content: { 'text/csv': { schema: ZCsvFile } } },
  xlsx: {
    description: 'The XLSX workbook (attachment)',
    content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: ZXlsxFile } },
  },
};

export const exportsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['exports'];
  const safe =
    'Text cells that begin with = + - @, a tab or a carriage return get a leading apostrophe, so a spreadsheet never runs them as formulas.';

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/v1/exports/responses.${format}`,
      {
        schema: {
          tags,
          summary: `The answers GET /api/v1/responses lists for the same filters, as ${format.toUpperCase()}, oldest first: survey, score, comment, channel, language, customer id, segment, region, hidden fields, time. ${safe}`,
          operationId: format === 'csv' ? 'exportResponsesCsv' : 'exportResponsesXlsx',
          description: `Downloads, as one ${format.toUpperCase()} attachment without paging, the answers listResponses returns for the same filters; an unknown \`surveyId\` gets 404.`,
          errors: [404],
          querystring: ZResponsesExportQuery,
          response: { 200: FILE_RESPONSE[format] },
        },
      },
      async (req, reply) => {
        const { organizationId } = authorize(req.principal, 'analytics.read');
        return sendFile(reply, await exportResponses(deps, organizationId, req.query, format));
      },
    );
    app.get(
      `/api/v1/exports/metrics.${format}`,
      {
        schema: {
          tags,
          summary: `NPS, CSAT and CES per month (UTC) as ${format.toUpperCase()}: n, score, 95 % interval, promoters/passives/detractors, mean. ${safe}`,
          operationId: format === 'csv' ? 'exportMetricsCsv' : 'exportMetricsXlsx',
          description: `Downloads monthly NPS, CSAT and CES for the filters as one ${format.toUpperCase()} attachment; an unknown \`surveyId\` gets 404.`,
          errors: [404],
          querystring: ZMetricsExportQuery,
          response: { 200: FILE_RESPONSE[format] },
        },
      },
      async (req, reply) => {
        const { organizationId } = authorize(req.principal, 'analytics.read');
        return sendFile(reply, await exportMetrics(deps, organizationId, req.query, format));
      },
    );
  }
};

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}
