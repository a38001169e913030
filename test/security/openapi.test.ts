import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lintOpenApiDocument } from '../../scripts/openapi-lint.js';
import {
  WEBHOOK_EVENT_SCHEMAS,
  WEBHOOK_EVENT_TYPES,
  ZWebhookTestEvent,
} from '../../src/shared/contracts/webhook-events.js';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { $ref?: string }>;
}
interface Document {
  openapi: string;
  webhooks?: Record<
    string,
    { post?: Operation & { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } }
  >;
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
  };
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  let operations: { method: string; path: string; op: Operation }[];
  beforeAll(async () => {
    t = await buildTestApp();
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json() as Document;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
  });
  afterAll(() => t.close());

  it('documents every /api/v1 route, and every $ref points at a schema it defines', () => {
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(
      operations.map(({ method, path }) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const missing = t.app.routeTable.filter(
      (r) => r.split(' ')[1]?.startsWith('/api/v1/') && !documented.has(r),
    );
    expect(missing).toEqual([]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) =>
      decodeURIComponent(m[1] ?? ''),
    );
    const defined = new Set(Object.keys(doc.components?.schemas ?? {}));
    expect(refs.filter((r) => !defined.has(r))).toEqual([]);
  });

  it('names every operation with a unique camelCase operationId, describes it and tags it with a declared tag', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][a-zA-Z0-9]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(
      operations
        .filter(({ op }) => (op.description ?? '').trim().length < 20)
        .map(({ method, path }) => `${method} ${path}`),
    ).toEqual([]);
    const declared = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description ?? '']));
    expect([...declared.values()].filter((d) => d.length === 0)).toEqual([]);
    expect(
      operations
        .filter(({ op }) => op.tags?.length !== 1 || !declared.has(op.tags[0] ?? ''))
        .map(({ method, path }) => `${method} ${path}`),
    ).toEqual([]);
    const used = new Set(operations.flatMap(({ op }) => op.tags ?? []));
    expect([...declared.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it('gives every operation its error responses, each the one shared Error shape', () => {
    const problems: string[] = [];
    for (const { method, path, op } of operations) {
      const has = (status: number) => status in op.responses;
      const name = `${method} ${path}`;
      const authenticated =
        path.startsWith('/api/v1/') && !(Array.isArray(op.security) && op.security.length === 0);
      if (authenticated && !(has(401) && has(403))) problems.push(`${name}: no 401/403`);
      if (path.includes('{') && !has(404)) problems.push(`${name}: id in path but no 404`);
      if ((op.requestBody || op.parameters?.some((p) => p.in === 'query')) && !has(400))
        problems.push(`${name}: input but no 400`);
      if (!has(429)) problems.push(`${name}: no 429`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && !response.$ref?.startsWith('#/components/responses/'))
          problems.push(`${name}: ${status} is not a shared error response`);
      }
    }
    expect(problems).toEqual([]);
    const errorSchemas = Object.values(doc.components?.responses ?? {}).map(
      (r) => r.content?.['application/json']?.schema?.$ref,
    );
    expect(errorSchemas.length).toBeGreaterThan(0);
    expect(new Set(errorSchemas)).toEqual(new Set(['#/components/schemas/Error']));
  });

  it('words every success response and documents the raw CSV body of an import upload', () => {
    const vague = operations.filter(({ op }) =>
      Object.values(op.responses).some(
        (r) => (r as { description?: string }).description === 'Default Response',
      ),
    );
    expect(vague.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const upload = doc.paths['/api/v1/imports']?.post?.requestBody as
      | { content?: Record<string, unknown> }
      | undefined;
    expect(Object.keys(upload?.content ?? {})).toContain('text/csv');
  });

  it('documents the error a route really gives: an unknown segment is a 404 in the Error shape', async () => {
    const { cookie } = await t.signUp();
    await t.createOrg(cookie);
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/segments/00000000-0000-4000-8000-000000000000',
      as: { cookie },
    });
    expect(res.statusCode).toBe(404);
    expect(doc.paths['/api/v1/segments/{id}']?.get?.responses['404']).toEqual({
      $ref: '#/components/responses/NotFound',
    });
    const body = res.json() as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('publishes every webhook event type under webhooks with the JSON Schema of the zod schema the server checks payloads with', () => {
    const expected = { ...WEBHOOK_EVENT_SCHEMAS, 'webhook.test': ZWebhookTestEvent };
    expect(Object.keys(doc.webhooks ?? {})).toEqual([...WEBHOOK_EVENT_TYPES, 'webhook.test']);
    const components = doc.components?.schemas ?? {};
    for (const [type, schema] of Object.entries(expected)) {
      const op = doc.webhooks?.[type]?.post;
      expect(op?.tags, type).toEqual(['webhooks']);
      const ref = op?.requestBody?.content?.['application/json']?.schema?.$ref ?? '';
      const published = inlineRefs(
        components[ref.replace('#/components/schemas/', '')],
        (name) => components[name],
      );
      // zod's own JSON Schema of the same schema, its $defs inlined the same way.
      const own = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as {
        $ref?: string;
        $defs?: Record<string, unknown>;
      };
      const defs = own.$defs ?? {};
      const root = own.$ref ? defs[own.$ref.replace('#/$defs/', '')] : own;
      expect(published, type).toEqual(inlineRefs(root, (name) => defs[name]));
      expect((published as { properties: { type: { const: string } } }).properties.type.const).toBe(type);
    }
  });

  it('passes Redocly (recommended, strict) and Spectral (spectral:oas) without a single problem', () => {
    const { ok, output } = lintOpenApiDocument(doc);
    expect(ok, output).toBe(true);
  });

  it('is failed by the linters when an operation loses its operationId and description', () => {
    const broken = structuredClone(doc);
    const op = broken.paths['/api/v1/segments']?.get;
    expect(op).toBeDefined();
    delete op?.operationId;
    delete op?.description;
    const { ok, output } = lintOpenApiDocument(broken);
    expect(ok).toBe(false);
    expect(output).toContain('operation-operationId');
    expect(output).toContain('operation-description');
  });
});

/** A schema with every `$ref` replaced by what it names (the event schemas have no cycles). */
function inlineRefs(value: unknown, resolve: (name: string) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => inlineRefs(v, resolve));
  if (value === null || typeof value !== 'object') return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') return inlineRefs(resolve(ref.slice(ref.lastIndexOf('/') + 1)), resolve);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$schema' && key !== 'id')
      .map(([key, v]) => [key, inlineRefs(v, resolve)]),
  );
}
