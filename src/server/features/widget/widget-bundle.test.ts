import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { WIDGET_BUNDLE } from './widget-script.js';

/** The budget for what every customer page loads. */
const BUDGET_GZIP_BYTES = 8 * 1024;

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const buildWidget = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/build-widget.mjs', ...args], { cwd: root, encoding: 'utf8' });

// The bundle does not depend on the database: built and served once, in the PGlite project,
// so two projects never write dist/widget at the same time.
describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')('widget bundle', () => {
  let t: TestApp;
  const dir = mkdtempSync(`${tmpdir()}/resonance-widget-`);
  beforeAll(async () => {
    buildWidget('--if-stale');
    t = await buildTestApp();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it(`stays within ${BUDGET_GZIP_BYTES} bytes gzip -9 and never renders text as HTML`, () => {
    const outfile = `${dir}/widget.js`;
    buildWidget(`--outfile=${outfile}`);
    const source = readFileSync(outfile);
    const gzipped = gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length;
    process.stdout.write(
      `widget bundle: ${source.length} bytes, ${gzipped} bytes gzip -9 (budget ${BUDGET_GZIP_BYTES})\n`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(source.toString()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('serves /widget.js gzipped to clients that accept it, cacheable for five minutes, with an ETag', async () => {
    const file = readFileSync(WIDGET_BUNDLE);
    const zipped = await t.app.inject({
      method: 'GET',
      url: '/widget.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=300',
      vary: 'accept-encoding',
    });
    expect(gunzipSync(zipped.rawPayload).equals(file)).toBe(true);
    expect(zipped.rawPayload.length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);

    const plain = await t.app.inject({ method: 'GET', url: '/widget.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(file)).toBe(true);

    const etag = plain.headers.etag as string;
    const again = await t.app.inject({
      method: 'GET',
      url: '/widget.js',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });
});
