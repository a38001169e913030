import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

/** The largest CSV file one upload may carry. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** How many errors `GET /api/v1/imports/{id}` includes; the rest via `/errors`. */
export const IMPORT_ERRORS_INLINE = 100;

/** What a CSV column can fill when importing contacts; `attributes.<key>` for declared custom attributes. */
export const CONTACT_IMPORT_FIELDS = [
  'externalId',
  'email',
  'name',
  'phone',
  'language',
  'segment',
  'region',
  'plan',
  'accountOwner',
  'productsUsed',
  'revenue',
  'customerSince',
  'churnedAt',
  'emailOptOut',
  'neverSurvey',
] as const;
export type ContactImportField = (typeof CONTACT_IMPORT_FIELDS)[number];

/**
 * What a CSV column can fill when importing feedback history (a Delighted or Retently export):
 * each row becomes a FeedbackInput of `POST /api/v1/feedback`, checked by the same rules.
 */
export const FEEDBACK_IMPORT_FIELDS = [
  'occurredAt',
  'score',
  'text',
  'metric',
  'scaleMin',
  'scaleMax',
  'channel',
  'source',
  'language',
  'product',
  'touchpoint',
  'contactExternalId',
  'email',
  'name',
  'externalRef',
] as const;
export type FeedbackImportField = (typeof FEEDBACK_IMPORT_FIELDS)[number];

export const ZImportKind = z
  .enum(['contacts', 'feedback'])
  .meta({ description: 'contacts: customer records; feedback: feedback history (scores and comments)' });
export type TImportKind = z.infer<typeof ZImportKind>;
export const ZImportStatus = z.enum(['uploaded', 'queued', 'running', 'done', 'failed']);

export const ZUploadImportQuery = z.object({
  kind: ZImportKind.default('contacts'),
  filename: z.string().trim().min(1).max(255).default('upload.csv'),
});

const ZMapping = z.record(z.string(), z.string()).meta({
  description:
    'CSV column → contact field (externalId, email, name, …) or attributes.<key>; for feedback: occurredAt, score, text, channel, …',
});

/** What the mapping step needs: the header, the first rows and a suggestion from the header names. */
export const ZImportPreview = z.object({
  delimiter: z.enum([',', ';', '\t']),
  columns: z.array(z.string()),
  preview: z.array(z.array(z.string())).meta({ description: 'The first 10 data rows, cell by cell' }),
  suggestedMapping: ZMapping,
});

export const ZUploadImportResponse = ZImportPreview.extend({
  id: ZId,
  filename: z.string(),
  byteSize: z.number().int(),
  chunks: z.number().int(),
  totalRows: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Estimated from the line count; exact once done' }),
}).meta({ id: 'UploadedImport' });
export type TUploadImportResponse = z.infer<typeof ZUploadImportResponse>;

export const ZStartImportRequest = z.object({
  mapping: z
    .record(z.string(), z.string().nullable())
    .meta({ description: 'CSV column → target; null or "" ignores the column' }),
});
export type TStartImportRequest = z.infer<typeof ZStartImportRequest>;

export const ZImportError = z.object({
  line: z.number().int().meta({ description: 'Line in the file; the header is line 1' }),
  field: z.string().nullable().meta({
    description:
      'Every bad field of the line, comma-separated ("email, language"); null when the line itself is malformed',
  }),
  reason: z.string(),
});
export type TImportError = z.infer<typeof ZImportError>;

export const ZImportSummary = z
  .object({
    id: ZId,
    kind: ZImportKind,
    filename: z.string(),
    byteSize: z.number().int(),
    status: ZImportStatus,
    mapping: ZMapping.nullable(),
    totalRows: z.number().int().nullable(),
    processedRows: z.number().int(),
    okRows: z.number().int().meta({
      description: 'Good rows: contacts created, updated or already up to date; feedback items added',
    }),
    errorRows: z.number().int(),
    duplicateRows: z.number().int().meta({
      description:
        'Feedback rows stored by an earlier import (same channel and externalRef), not added again; 0 for contacts',
    }),
    progress: z.number().min(0).max(1),
    failure: z.string().nullable(),
    createdAt: ZIsoDate,
    startedAt: ZIsoDate.nullable(),
    finishedAt: ZIsoDate.nullable(),
  })
  .meta({ id: 'ImportSummary' });
export type TImportSummary = z.infer<typeof ZImportSummary>;

export const ZImportDetail = ZImportSummary.extend({
  errors: z.array(ZImportError).meta({ description: `The first ${IMPORT_ERRORS_INLINE} errors by line` }),
  upload: ZImportPreview.nullable().meta({
    description: 'Header, preview and suggestion while the import awaits its mapping',
  }),
}).meta({ id: 'ImportDetail' });
export type TImportDetail = z.infer<typeof ZImportDetail>;

export const ZImportList = z.object({ items: z.array(ZImportSummary) });

export const ZImportErrorsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0).meta({ description: 'Cursor: errors after this line' }),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export const ZImportErrorPage = z.object({
  items: z.array(ZImportError),
  nextCursor: z.number().int().nullable(),
});
