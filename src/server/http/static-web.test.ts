import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStaticWeb } from './static-web.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The dashboard's files as the build leaves them, in a small directory of their own (never the
 * shared dist/web, which may be stale or half-built): a hashed script and stylesheet, a tiny
 * hashed file not worth compressing, index.html and the favicon, compressed by the same script
 * the build runs.
 */
function buildFixture(): { dir: string; script: string; style: string; html: string } {
  const dir = mkdtempSync(`${tmpdir()}/resonance-static-web-`);
  mkdirSync(`${dir}/assets`);
  const script = `export function greet(name){return "Hello, "+name+"!"}\n`.repeat(200);
  const style = `.card{padding:16px;border:1px solid #ddd}\n`.repeat(100);
  const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(60)}</body></html>`;
  writeFileSync(`${dir}/assets/index-AbC123.js`, script);
  writeFileSync(`${dir}/assets/index-DeF456.css`, style);
  writeFileSync(`${dir}/assets/tiny-GhI789.js`, 'export const a=1;\n');
  writeFileSync(`${dir}/index.html`, html);
  writeFileSync(
    `${dir}/favicon.svg`,
    `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(40)}</svg>`,
  );
  execFileSync(process.execPath, ['scripts/compress-assets.mjs', dir], { cwd: root, encoding: 'utf8' });
  return { dir, script, style, html };
}

// Independent of the database: run once, in the PGlite project.
describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')(
  'the dashboard files (registerStaticWeb)',
  () => {
    const fixture = buildFixture();
    let app: FastifyInstance;
    beforeAll(async () => {
      app = Fastify({ logger: false });
      await registerStaticWeb(app, fixture.dir);
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
      rmSync(fixture.dir, { recursive: true, force: true });
    });

    const get = (url: string, acceptEncoding?: string) =>
      app.inject({
        method: 'GET',
        url,
        headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
      });

    it('writes a brotli and a gzip copy of each compressible file at build time, none of a tiny one', () => {
      for (const file of ['assets/index-AbC123.js', 'assets/index-DeF456.css', 'index.html', 'favicon.svg']) {
        expect(existsSync(`${fixture.dir}/${file}.br`), file).toBe(true);
        expect(existsSync(`${fixture.dir}/${file}.gz`), file).toBe(true);
      }
      expect(existsSync(`${fixture.dir}/assets/tiny-GhI789.js.br`)).toBe(false);
    });

    it('sends a hashed script brotli-compressed to a browser that accepts it, cached for a year as immutable', async () => {
      const res = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd');
      expect(res.statusCode).toBe(200);
      expect(res.headers).toMatchObject({
        'content-encoding': 'br',
        'cache-control': 'public, max-age=31536000, immutable',
      });
      expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(fixture.script.length / 5);
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(fixture.script);
    });

    it('sends gzip to a client without brotli, and the file itself to one that accepts neither', async () => {
      const zipped = await get('/assets/index-DeF456.css', 'gzip');
      expect(zipped.headers).toMatchObject({
        'content-encoding': 'gzip',
        'cache-control': 'public, max-age=31536000, immutable',
      });
      expect(zipped.headers['content-type']).toMatch(/^text\/css/);
      expect(gunzipSync(zipped.rawPayload).toString()).toBe(fixture.style);

      const plain = await get('/assets/index-DeF456.css');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.body).toBe(fixture.style);

      const tiny = await get('/assets/tiny-GhI789.js', 'br');
      expect(tiny.headers['content-encoding']).toBeUndefined();
      expect(tiny.body).toBe('export const a=1;\n');
    });

    it('sends index.html compressed and to be revalidated each time, for the root and every client-side route', async () => {
      for (const url of ['/', '/sign-in', '/surveys/123?tab=send']) {
        const res = await get(url, 'br');
        expect(res.statusCode, url).toBe(200);
        expect(res.headers, url).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'no-cache' });
        expect(res.headers['content-type'], url).toMatch(/^text\/html/);
        expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(fixture.html);
      }
      const favicon = await get('/favicon.svg', 'gzip');
      expect(favicon.headers).toMatchObject({
        'content-encoding': 'gzip',
        'cache-control': 'public, max-age=3600',
      });
    });

    it('lets nobody address the compressed copies by name, and keeps JSON 404s for API paths and missing files', async () => {
      for (const url of [
        '/assets/index-AbC123.js.br',
        '/assets/index-AbC123.js.gz',
        '/assets/missing-XyZ.js',
        '/api/v1/nothing',
      ]) {
        const res = await get(url, 'br');
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      }
    });
  },
);
