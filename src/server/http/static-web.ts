import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * Serves the built dashboard and falls back to index.html for its client-side routes. Paths
 * under /api, /s (survey pages) and the operational endpoints keep their JSON 404s.
 */
export async function registerStaticWeb(app: FastifyInstance): Promise<void> {
  if (!existsSync(`${WEB_DIST}/index.html`)) {
    app.log.warn({ dir: WEB_DIST }, 'dashboard not built; run `npm run build:web`');
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false, maxAge: '1h' });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (/^\/(api|s|healthz|readyz|metrics)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) {
      return reply.callNotFound();
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { maxAge: 0 });
  });
}
