import type { FastifyInstance } from 'fastify';

/**
 * The dashboard (dist/web). Scripts only from our own files: the built index.html has no inline
 * script and Vite emits none. Styles allow 'unsafe-inline' because Mantine writes its CSS
 * variables into <style> tags at runtime and style props become style attributes; a nonce would
 * need index.html rendered per request. Inline CSS cannot run code, so this weakens nothing the
 * script policy protects. Images: our files, the QR code (data:), and organization logos, which
 * are https URLs shown in the branding preview (a srcdoc frame inherits this policy).
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are data, never documents: nothing may load, run or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Swagger UI at /api/docs: its index.html loads three scripts by URL (no inline script); the
 * bundle sets style attributes, so inline styles as for the dashboard.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year; sent only when PUBLIC_URL is https. No includeSubDomains: sibling hosts are the operator's. */
export const HSTS = 'max-age=31536000';

export function policyFor(path: string): string {
  if (path === '/api/docs' || path.startsWith('/api/docs/')) return DOCS_CSP;
  if (path.startsWith('/api/')) return API_CSP;
  return DASHBOARD_CSP;
}

/**
 * Every response gets a CSP, frame refusal, nosniff and a referrer policy; a route that sets its
 * own (the survey pages: CSP with a nonce, no referrer at all) keeps it. HSTS only when the
 * installation is served over https, since a browser would refuse plain http afterwards.
 */
export function registerSecurityHeaders(app: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https://');
  // A callback hook: every request passes it, and an async hook costs each a promise.
  app.addHook('onSend', (req, reply, payload, done) => {
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', policyFor(req.url.split('?')[0] ?? '/'));
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    if (https) reply.header('strict-transport-security', HSTS);
    done(null, payload);
  });
}
