/**
 * Builds a request for every operation of the app's own OpenAPI document, so a fuzz test covers
 * each route, including routes added later, without a list to keep up to date.
 */

type Schema = Record<string, unknown>;

export interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string; schema?: Schema }>;
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the document, e.g. `/api/v1/surveys/{id}`. */
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: Schema }>;
  body: Schema | null;
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

/**
 * A value for `schema` in which every free-text string is `text` (formatted strings, enums and
 * patterns get a plausible value instead, so the request gets past the shape check and the text
 * travels as deep as it can). `asBatch` picks the array form where a body offers one.
 */
export function valueFor(
  doc: OpenApiDoc,
  schema: Schema,
  text: string,
  opts: { asBatch?: boolean; ids?: Record<string, string> } = {},
  depth = 0,
): unknown {
  if (depth > 6) return text;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = doc.components?.schemas?.[ref.replace('#/components/schemas/', '')];
    return target ? valueFor(doc, target, text, opts, depth + 1) : text;
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    const nonNull = alternatives.filter((a) => a.type !== 'null');
    const arrayForm = nonNull.find((a) => a.type === 'array');
    const chosen = (opts.asBatch && depth === 0 && arrayForm) || nonNull[0] || alternatives[0];
    return valueFor(doc, chosen as Schema, text, opts, depth + 1);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
    return valueFor(doc, schema.allOf[0] as Schema, text, opts, depth + 1);
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, text, opts.ids ?? {});
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      const item = valueFor(doc, (schema.items as Schema | undefined) ?? {}, text, opts, depth + 1);
      return opts.asBatch && depth <= 1
        ? [valueFor(doc, (schema.items as Schema | undefined) ?? {}, 'fine', opts, depth + 1), item]
        : [item];
    }
    case 'object':
    default: {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(props))
        out[name] = valueFor(doc, prop, text, opts, depth + 1);
      const extra = schema.additionalProperties;
      if (typeof extra === 'object' && extra !== null && Object.keys(props).length === 0)
        out.key = valueFor(doc, extra as Schema, text, opts, depth + 1);
      return out;
    }
  }
}

function stringFor(schema: Schema, text: string, ids: Record<string, string>): string {
  switch (schema.format) {
    case 'uuid':
      return ids.uuid ?? '00000000-0000-4000-8000-000000000000';
    case 'email':
      return 'fuzz@example.test';
    case 'date-time':
      return '2025-01-02T03:04:05Z';
    case 'date':
      return '2025-01-02';
    case 'uri':
      return 'https://example.test/fuzz';
    default:
      return typeof schema.pattern === 'string' ? 'fuzz' : text;
  }
}
