import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorCode, type ErrorDetail, type TErrorBody } from '../../shared/errors.js';
import { AppError } from '../common/app-error.js';

function body(code: ErrorCode | string, message: string, details?: ErrorDetail[]): TErrorBody {
  return { error: { code, message, ...(details && details.length > 0 ? { details } : {}) } };
}

/** Maps Fastify's own error codes (parsing, size, media type) onto ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
};

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const field = [err.validationContext, path].filter(Boolean).join('.');
        return { field, message: v.message ?? 'is invalid' };
      });
      const first = details[0];
      const message = first ? `${first.field}: ${first.message}` : 'Request validation failed';
      return reply.status(400).send(body('VALIDATION_FAILED', message, details));
    }
    if (err instanceof AppError) {
      return reply.status(err.status).send(body(err.code, err.message, err.details));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) {
      const message =
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || mapped === 'VALIDATION_FAILED'
          ? `body: ${err.message}`
          : err.message;
      return reply
        .status(ERROR_STATUS[mapped])
        .send(body(mapped, message, [{ field: 'body', message: err.message }]));
    }
    if (err.statusCode === 429) {
      return reply.status(429).send(body('RATE_LIMITED', 'Too many requests; slow down and retry later'));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(body('BAD_REQUEST', err.message));
    }
    // 5xx: log everything, leak nothing.
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', 'Something went wrong on our side; the error was logged'));
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(body('NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`));
  });
}
