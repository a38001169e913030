import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** Where `scripts/build-widget.mjs` writes the bundle. */
export const WIDGET_BUNDLE = fileURLToPath(new URL('../../../../dist/widget/widget.js', import.meta.url));

export interface WidgetScript {
  plain: Buffer;
  gzip: Buffer;
  etag: string;
}

let cached: (WidgetScript & { mtimeMs: number; path: string }) | null = null;

/**
 * The built widget, plain and gzipped once. Every host page loads it, so it is compressed at
 * the highest level a single time rather than per request; a rebuilt file (newer mtime) is
 * picked up without a restart. Null when the widget was never built.
 */
export function loadWidgetScript(path: string = WIDGET_BUNDLE): WidgetScript | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return null;
  }
  if (cached && cached.path === path && cached.mtimeMs === mtimeMs) return cached;
  const plain = readFileSync(path);
  const gzip = gzipSync(plain, { level: constants.Z_BEST_COMPRESSION });
  const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"`;
  cached = { plain, gzip, etag, mtimeMs, path };
  return cached;
}
