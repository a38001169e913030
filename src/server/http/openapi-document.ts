import type {
  FastifyDynamicSwaggerOptions,
  SwaggerTransform,
  SwaggerTransformObject,
} from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import {
  ERROR_STATUSES,
  errorResponseComponent,
  errorResponseName,
  errorStatusesOf,
  requiresAuthentication,
  type ErrorStatus,
} from './openapi-errors.js';
import { openapiWebhooks } from './openapi-webhooks.js';

/** One tag per feature area; every operation names one of these (the OpenAPI test checks). */
export const OPENAPI_TAGS = [
  {
    name: 'organization',
    description: 'The signed-in person, the current organization, its settings, plan, usage and outbox.',
  },
  {
    name: 'api-keys',
    description:
      'Organization API keys for server-to-server calls. Managed by people only; a key cannot manage keys.',
  },
  { name: 'sso', description: 'OpenID Connect single sign-on providers of the organization.' },
  {
    name: 'webhooks',
    description:
      'Signed webhooks (Standard Webhooks): endpoints, their secrets, the delivery log, redelivery and replay.',
  },
  {
    name: 'alerts',
    description:
      'Alert rules: which events reach which Slack or Teams channel, mail list or webhook endpoint, in which language; ids-only payloads.',
  },
  {
    name: 'contacts',
    description:
      'The people you ask: upsert by your own externalId, custom attributes, timelines, GDPR export and erasure.',
  },
  { name: 'segments', description: 'Saved contact filters that sends, the widget and analytics target.' },
  { name: 'surveys', description: 'NPS, CSAT and CES surveys: definitions (versioned) and their status.' },
  {
    name: 'sending',
    description:
      'Inviting contacts to surveys by e-mail, one-off, recurring or event-triggered, with consent, throttling, quota and suppression.',
  },
  {
    name: 'responses',
    description:
      'Survey answers from every channel: listing them behind a number, and recording answers collected elsewhere.',
  },
  {
    name: 'feedback',
    description:
      'Feedback items from any touchpoint (surveys, support, reviews), ingested idempotently and read back.',
  },
  {
    name: 'cases',
    description:
      'Follow-up cases for critical feedback: opened by rules or other systems, assigned, with SLA clocks, replies to the customer and internal notes.',
  },
  {
    name: 'notifications',
    description: 'The signed-in person’s in-app notifications about cases, and where each kind reaches them.',
  },
  { name: 'events', description: 'Behaviour events of contacts, which event-triggered surveys listen for.' },
  {
    name: 'imports',
    description:
      'CSV imports of historical answers and contacts: upload, map columns, follow progress and refused rows.',
  },
  {
    name: 'analytics',
    description:
      'NPS, CSAT and CES with intervals, trends, breakdowns, funnels, comparisons, loyalty economics, benchmarks and the weekly digest.',
  },
  {
    name: 'themes',
    description:
      'What comments are about: curated German and English themes read on this server, with volumes, sentiment and NPS impact.',
  },
  { name: 'exports', description: 'Answers and metrics as CSV or XLSX downloads, formula-safe.' },
  { name: 'workspace', description: 'What the organization holds at a glance.' },
  { name: 'demo', description: 'Realistic demo data for trying Resonance in an empty organization.' },
  {
    name: 'widget',
    description:
      'The in-app survey widget’s public endpoints, called from customers’ sites with the organization’s widget key (no API key).',
  },
  {
    name: 'instance',
    description: 'Public facts about this Resonance instance, asked before anyone signs in.',
  },
] as const;

/** Carries a route's error statuses from the route transform to the document transform. */
const ERRORS_KEY = 'x-resonance-errors';
/** Carries the media types of a raw (unparsed, streamed) request body the same way. */
const RAW_BODY_KEY = 'x-resonance-raw-body';

/** What @fastify/swagger writes for a success response that has no description of its own. */
const DEFAULT_DESCRIPTION = 'Default Response';
const SUCCESS_TEXT: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted: the work goes on in the background',
  204: 'No content',
};

/**
 * Per route: zod → JSON Schema (fastify-type-provider-zod), then the route's error statuses as a
 * marker the document transform turns into responses, and `security: []` for routes outside
 * /api/v1 (the authentication hook never sees them).
 */
const transform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input);
  const { errors: _own, ...schema } = out.schema as typeof out.schema & { errors?: unknown };
  if (schema.hide) return { ...out, schema };
  const route = { url: input.url, schema: input.schema, config: input.route.config };
  const extra: Record<string, unknown> = { [ERRORS_KEY]: errorStatusesOf(route) };
  if (!requiresAuthentication(route) && !schema.security) extra.security = [];
  // A route that reads its body as a stream (a CSV upload) has no body schema, only `consumes`.
  if (!schema.body && schema.consumes) extra[RAW_BODY_KEY] = schema.consumes;
  return { url: out.url, schema: { ...schema, ...extra } };
};

interface Operation {
  responses?: Record<string, { description?: string } | { $ref: string }>;
  requestBody?: unknown;
  [ERRORS_KEY]?: ErrorStatus[];
  [RAW_BODY_KEY]?: string[];
}
interface Document {
  paths?: Record<string, Record<string, Operation>>;
  components?: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}

/** Every `#/components/schemas/…` name a value refers to. */
function schemaRefs(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) =>
    decodeURIComponent(m[1] ?? ''),
  );
}

/**
 * The whole document: registered zod schemas as components (fastify-type-provider-zod), error
 * responses referencing the one shared Error schema, and only the schema components something
 * refers to. Every schema with a `.meta({ id })` is registered globally, in an input and an output
 * variant, whether any route uses it or not; emitting the unused ones only confuses generators.
 */
const transformObject: SwaggerTransformObject = (input) => {
  // The webhooks Resonance sends (OpenAPI 3.1): their event schemas are components like any other.
  const doc = { ...(jsonSchemaTransformObject(input) as unknown as Document), webhooks: openapiWebhooks() };
  const used = new Set<ErrorStatus>();
  for (const ops of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(ops)) {
      const statuses = op[ERRORS_KEY] ?? [];
      delete op[ERRORS_KEY];
      const raw = op[RAW_BODY_KEY];
      delete op[RAW_BODY_KEY];
      if (raw && !op.requestBody) {
        op.requestBody = {
          required: true,
          description: 'The file itself, as the raw request body',
          content: Object.fromEntries(raw.map((type) => [type, { schema: { type: 'string' } }])),
        };
      }
      op.responses ??= {};
      for (const [status, response] of Object.entries(op.responses)) {
        if ('description' in response && response.description === DEFAULT_DESCRIPTION && SUCCESS_TEXT[status])
          response.description = SUCCESS_TEXT[status];
      }
      for (const status of statuses) {
        if (op.responses[status]) continue;
        op.responses[status] = { $ref: `#/components/responses/${errorResponseName(status)}` };
        used.add(status);
      }
    }
  }
  const responses = Object.fromEntries(
    ERROR_STATUSES.filter((s) => used.has(s)).map((s) => [errorResponseName(s), errorResponseComponent(s)]),
  );
  const schemas = doc.components?.schemas ?? {};
  const { schemas: _all, ...otherComponents } = doc.components ?? {};
  const reachable = new Set<string>();
  const queue = schemaRefs({ ...doc, components: { ...otherComponents, responses } });
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (reachable.has(name)) continue;
    reachable.add(name);
    queue.push(...schemaRefs(schemas[name] ?? null));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reachable.has(name)));
  return {
    ...doc,
    components: { ...otherComponents, responses, schemas: kept },
  } as ReturnType<SwaggerTransformObject>;
};

/** Options for @fastify/swagger: the document's frame, tags, security schemes and both transforms. */
export function openapiOptions(publicUrl: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Resonance API',
        version: '1',
        description:
          'Customer feedback, the whole Net Promoter loop: contacts, surveys and sends, answers and feedback from every channel, and NPS, CSAT and CES analytics. Every error has one shape, `{ error: { code, message, details } }`; clients switch on `code`.',
        // Whoever runs this instance answers for it; the dashboard is where they are found.
        contact: { name: 'The operators of this Resonance instance', url: publicUrl },
        license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
      },
      servers: [{ url: publicUrl, description: 'This Resonance instance' }],
      tags: OPENAPI_TAGS.map((t) => ({ ...t })),
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An organization API key (rsn_…), sent as `Authorization: Bearer rsn_…`.',
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'better-auth.session_token',
            description:
              'The dashboard’s session cookie after signing in (`__Secure-` prefixed on https); requests that change something must come from the instance’s own origin.',
          },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform,
    transformObject,
  };
}
