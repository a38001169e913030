/**
 * Text PostgreSQL can store. Its `text` and `jsonb` hold no U+0000, and an unpaired UTF-16
 * surrogate (`"\ud800"` in JSON) is no character at all: the driver would turn it into U+FFFD
 * or jsonb refuses it. Both are caught once, at the edge (see `src/server/http/storable-input.ts`).
 */

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE_ALL = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const UNSTORABLE_MESSAGE = 'contains a NUL character or an unpaired surrogate, which cannot be stored';

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The replacement the HTML pages use: a NUL is dropped, an unpaired surrogate becomes U+FFFD (as a browser's UTF-8 encoder does). */
export function repairText(text: string): string {
  return UNSTORABLE.test(text) ? text.replace(UNSTORABLE_ALL, (c) => (c === '\u0000' ? '' : '\uFFFD')) : text;
}

export interface UnstorableField {
  /** Dotted path, e.g. `body.items.2.text`; a bad property name is named by its own path. */
  field: string;
  message: string;
}

/**
 * The first string (value or property name) in `value` that cannot be stored, depth first in
 * document order, or null. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findUnstorable(value: unknown, root: string): UnstorableField | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string };
    if (typeof v === 'string') {
      if (!isStorableText(v)) return { field: path, message: UNSTORABLE_MESSAGE };
      continue;
    }
    if (!isPlain(v)) continue;
    const children: Array<{ value: unknown; path: string }> = [];
    if (Array.isArray(v)) v.forEach((item, i) => children.push({ value: item, path: join(path, String(i)) }));
    else
      for (const [key, item] of Object.entries(v)) {
        if (!isStorableText(key))
          return { field: join(path, repairText(key)), message: `property name ${UNSTORABLE_MESSAGE}` };
        children.push({ value: item, path: join(path, key) });
      }
    for (let i = children.length - 1; i >= 0; i--)
      stack.push(children[i] as { value: unknown; path: string });
  }
  return null;
}

/**
 * Whether `value` holds a string (value or property name) that cannot be stored: the question
 * every request asks (http/storable-input.ts), so it allocates nothing (no paths, no lists of
 * children) and only input that fails it pays for `findUnstorable`'s field path. Below 32 levels
 * of nesting the rest goes to `findUnstorable`, which is iterative: no body overflows the stack.
 */
export function hasUnstorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !isStorableText(value);
  if (!isPlain(value)) return false;
  if (depth >= 32) return findUnstorable(value, '') !== null;
  if (Array.isArray(value)) {
    for (const item of value) if (hasUnstorable(item, depth + 1)) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!isStorableText(key) || hasUnstorable(record[key], depth + 1)) return true;
  }
  return false;
}

/** `value` with every string (values and property names) repaired; other values as they are. */
export function repairStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return repairText(value);
  if (!isPlain(value) || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => repairStrings(v, depth + 1));
  // fromEntries defines own properties, so a `__proto__` field stays a field.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [repairText(key), repairStrings(item, depth + 1)]),
  );
}

/** Arrays and plain objects (parsed JSON, forms, query strings); never a stream or a buffer. */
function isPlain(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as object | null;
  // The query-string parser's objects inherit from a bare `Object.create(null)`.
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
