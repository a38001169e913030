import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Vite names every file under assets/ by its content's hash: a changed file gets a new name. */
const HASHED = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files, so browsers ask again each time (a 304 when unchanged). */
const REVALIDATE = 'no-cache';
/** The few unhashed public files (the favicon) may change under the same name. */
const SHORT = 'public, max-age=3600';

/**
 * Serves the built dashboard and falls back to index.html for its client-side routes. Paths
 * under /api, /s (survey pages) and the operational endpoints keep their JSON 404s.
 * The build writes a brotli and a gzip copy next to each compressible file
 * (scripts/compress-assets.mjs); they are sent as they are to clients that accept them, with
 * `Vary: Accept-Encoding`, and are not addressable by their own names.
 */
export async function registerStaticWeb(app: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ dir: root }, 'dashboard not built; run `npm run build:web`');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders(reply, path) {
      // `path` is the file sent, which may be the compressed copy of the one asked for.
      const file = relative(root, path).replace(/\.(br|gz)$/, '');
      reply.header(
        'cache-control',
        file.split(sep)[0] === 'assets' ? HASHED : file.endsWith('.html') ? REVALIDATE : SHORT,
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (/^\/(api|s|healthz|readyz|metrics)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) {
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
}
