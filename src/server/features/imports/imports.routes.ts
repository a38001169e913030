import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IMPORT_MAX_BYTES,
  ZImportDetail,
  ZImportErrorPage,
  ZImportErrorsQuery,
  ZImportList,
  ZImportSummary,
  ZStartImportRequest,
  ZUploadImportQuery,
  ZUploadImportResponse,
} from '../../../shared/contracts/imports.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../common/app-error.js';
import { authorize } from '../../http/principal.js';
import {
  getImport,
  importErrorsCsv,
  listImportErrors,
  listImports,
  startImport,
  uploadImport,
} from './imports.service.js';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'text/tab-separated-values'];

export const importsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['imports'];
  // Scoped to this plugin: the CSV body is handed on as a stream, never buffered; the service
  // stores it chunk by chunk and enforces IMPORT_MAX_BYTES itself.
  app.addContentTypeParser(CSV_TYPES, (_req, payload, done) => done(null, payload));

  app.post(
    '/api/v1/imports',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags,
        consumes: CSV_TYPES,
        summary: `Upload a CSV file (raw body, Content-Type text/csv, UTF-8, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB); returns its columns, a preview and a suggested mapping`,
        operationId: 'uploadImport',
        description:
          'Uploads a CSV file as the raw request body and returns its columns, a preview of its first rows and a suggested column mapping for its kind: `contacts` (the default; customer records) or `feedback` (feedback history such as a Delighted or Retently export; each row later passes the checks of ingestFeedback). Nothing is imported until startImport is called with a mapping; a larger file gets 413, a body of another type 415.',
        errors: [413, 415],
        querystring: ZUploadImportQuery,
        response: { 201: ZUploadImportResponse },
      },
    },
    async (req, reply) => {
      const { organizationId, userId } = authorize(req.principal, 'data.write');
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > IMPORT_MAX_BYTES)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`,
        );
      if (!(req.body instanceof Readable)) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the CSV file as the raw request body with Content-Type: text/csv',
        );
      }
      const created = await uploadImport(deps, {
        organizationId,
        userId,
        kind: req.query.kind,
        filename: req.query.filename,
        body: req.body,
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/imports/:id/start',
    {
      schema: {
        tags,
        summary: 'Start an uploaded import with a column mapping',
        operationId: 'startImport',
        description:
          'Starts importing an uploaded file with a column mapping for its kind (contacts: one column to externalId; feedback: one to occurredAt and one to score or text); rows are processed in the background (202), and getImport follows the progress. Feedback rows whose channel and externalRef are stored already count as duplicateRows. An import starts once: a second call gets 409.',
        params: z.object({ id: z.uuid() }),
        body: ZStartImportRequest,
        response: { 202: ZImportSummary },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return reply.status(202).send(await startImport(deps, organizationId, req.params.id, req.body.mapping));
    },
  );

  app.get(
    '/api/v1/imports',
    {
      schema: {
        tags,
        summary: 'List imports, newest first (at most 100)',
        operationId: 'listImports',
        description:
          'Lists the organization’s imports, newest first (at most 100), with status and counters.',
        response: { 200: ZImportList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return { items: await listImports(deps, organizationId) };
    },
  );

  app.get(
    '/api/v1/imports/:id',
    {
      schema: {
        tags,
        summary: 'Status, progress, counters and the first errors of an import',
        operationId: 'getImport',
        description:
          'Returns an import’s status, progress, counters of imported and refused rows and its first errors; poll it while the import runs.',
        params: z.object({ id: z.uuid() }),
        response: { 200: ZImportDetail },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getImport(deps, organizationId, req.params.id);
    },
  );

  app.get(
    '/api/v1/imports/:id/errors',
    {
      schema: {
        tags,
        summary: 'Refused rows by line, a page at a time (cursor: `after` = the last line seen)',
        operationId: 'listImportErrors',
        description:
          'Lists an import’s refused rows by line number, a page at a time: pass the last line seen as `after` for the next page.',
        params: z.object({ id: z.uuid() }),
        querystring: ZImportErrorsQuery,
        response: { 200: ZImportErrorPage },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listImportErrors(deps, organizationId, req.params.id, req.query.after, req.query.limit);
    },
  );

  app.get(
    '/api/v1/imports/:id/errors.csv',
    {
      schema: {
        tags,
        summary: 'All refused rows as a CSV download (line,field,reason; formula-safe cells)',
        operationId: 'downloadImportErrors',
        description:
          'Downloads all refused rows of an import as one CSV file (line, field, reason), with cells a spreadsheet would run as formulas defused.',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      const lines = await importErrorsCsv(deps, organizationId, req.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${req.params.id}-errors.csv"`)
        .send(Readable.from(lines));
    },
  );
};
