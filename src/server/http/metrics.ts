import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics, type Metric } from 'prom-client';
import { AppError } from '../common/app-error.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Who may scrape /metrics (route counts, timings and process figures tell an outsider what the
 * installation does). With METRICS_TOKEN: whoever sends it as a bearer token, compared in
 * constant time. Without: only this machine, and only directly, since a reverse proxy on the
 * same host would otherwise hand every visitor a loopback connection.
 */
export function refuseMetricsScrape(req: FastifyRequest, token: string | undefined): void {
  if (token !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(token))) {
      throw new AppError('UNAUTHENTICATED', 'Send "Authorization: Bearer <METRICS_TOKEN>"');
    }
    return;
  }
  const direct = PROXY_HEADERS.every((h) => req.headers[h] === undefined);
  if (!direct || !LOOPBACK.test(req.socket.remoteAddress ?? '')) {
    throw new AppError(
      'FORBIDDEN',
      'Without METRICS_TOKEN, /metrics answers only this machine directly; set METRICS_TOKEN to scrape it from elsewhere',
    );
  }
}

/** One registry per app instance, so tests that build several apps don't share counters. */
export function registerMetrics(app: FastifyInstance, more: readonly Metric[] = []): Registry {
  const registry = new Registry();
  // Figures other parts keep (the pipeline's stages), scraped with the rest.
  for (const m of more) registry.registerMetric(m);
  collectDefaultMetrics({ register: registry, prefix: 'resonance_' });
  const duration = new Histogram({
    name: 'resonance_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'resonance_http_errors_total',
    help: 'HTTP responses with status >= 500',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  // A callback hook: an async one would cost every request a promise.
  app.addHook('onResponse', (req, reply, done) => {
    // The route pattern, never the raw URL: tokens and ids must not become label values.
    const route = req.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    if (reply.statusCode >= 500) errors.inc({ route });
    done();
  });
  return registry;
}
