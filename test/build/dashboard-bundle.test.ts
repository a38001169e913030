import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the sign-in page downloads before it can show anything (issue 11): the first script with
 * everything it imports statically, and the first stylesheet. The budgets leave room to grow
 * but not to pull the dashboard back in (that alone adds over 100 KB).
 */
const INITIAL_JS_BUDGET_GZIP = 170 * 1024;
const INITIAL_CSS_BUDGET_GZIP = 16 * 1024;

const root = fileURLToPath(new URL('../../', import.meta.url));

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The chunk `key` and every chunk it imports statically: what loads before it runs. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

const gzipBytes = (path: string) =>
  gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }).length;

// A fresh build of its own (never the shared dist/web, which may be stale); the build does not
// depend on the database, so it runs once, in the PGlite project.
describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')('the dashboard bundle', () => {
  const dir = mkdtempSync(`${tmpdir()}/resonance-web-bundle-`);
  let manifest: Manifest;
  let initial: Set<string>;
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-web.mjs', `--out-dir=${dir}`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8')) as Manifest;
    // What index.html loads by itself (its scripts and preloads), then what those import.
    const html = readFileSync(`${dir}/index.html`, 'utf8');
    const loaded = [
      ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+)"/g),
    ].map((m) => m[1]);
    const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
    initial = new Set();
    for (const file of loaded) {
      const key = keyOf.get(file ?? '');
      if (!key) throw new Error(`index.html loads ${file}, which the manifest does not list`);
      staticClosure(manifest, key, initial);
    }
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads no dashboard code on the sign-in page: the dashboard and its analytics are chunks of their own', () => {
    for (const screen of [
      'dashboard.tsx',
      'analytics/analytics-dashboard.tsx',
      'settings/settings-page.tsx',
      'surveys/survey-page.tsx',
      'cases/cases-page.tsx',
      'cases/case-page.tsx',
      'cases/report/case-report-page.tsx',
    ]) {
      expect(manifest[screen]?.isDynamicEntry, screen).toBe(true);
      expect(initial.has(screen), screen).toBe(false);
    }
  });

  it(`keeps the sign-in page's first script within ${INITIAL_JS_BUDGET_GZIP / 1024} KB and its stylesheet within ${INITIAL_CSS_BUDGET_GZIP / 1024} KB, gzip -9`, () => {
    const scripts = [...new Set([...initial].map((key) => manifest[key]?.file ?? ''))];
    const linked = [
      ...readFileSync(`${dir}/index.html`, 'utf8').matchAll(
        /<link[^>]*rel="stylesheet"[^>]*\shref="\/([^"]+)"/g,
      ),
    ].map((m) => m[1] ?? '');
    const sheets = [...new Set([...linked, ...[...initial].flatMap((key) => manifest[key]?.css ?? [])])];
    const js = scripts.reduce((sum, file) => sum + gzipBytes(`${dir}/${file}`), 0);
    const css = sheets.reduce((sum, file) => sum + gzipBytes(`${dir}/${file}`), 0);
    process.stdout.write(
      `sign-in page: ${scripts.length} scripts ${js} bytes gzip -9 (budget ${INITIAL_JS_BUDGET_GZIP}), ${sheets.length} stylesheets ${css} bytes (budget ${INITIAL_CSS_BUDGET_GZIP})\n`,
    );
    expect(js).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
    expect(css).toBeLessThanOrEqual(INITIAL_CSS_BUDGET_GZIP);
  });

  it('writes a brotli and a gzip copy of each script and stylesheet for the server to send', () => {
    const files = Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
    for (const file of new Set(files)) {
      if (readFileSync(`${dir}/${file}`).length < 512) continue;
      expect(() => readFileSync(`${dir}/${file}.br`), file).not.toThrow();
      expect(() => readFileSync(`${dir}/${file}.gz`), file).not.toThrow();
    }
  });
});
