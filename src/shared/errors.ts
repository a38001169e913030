import { z } from 'zod';

/** Every error code the API returns, with its HTTP status. Clients switch on `code`. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  QUOTA_EXCEEDED: 402,
  FORBIDDEN: 403,
  /** Plans are set by the installation's operator (CLI `org plan`), never by an organization. */
  PLAN_SET_BY_OPERATOR: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NO_ACTIVE_ORGANIZATION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `body.contacts.3.email`. */
  field?: string;
  message: string;
}

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string().optional(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type TErrorBody = z.infer<typeof ZErrorBody>;
