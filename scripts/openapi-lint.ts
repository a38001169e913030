// Lints the OpenAPI document the server really serves: builds the app without listening (on an
// in-memory PGlite), fetches /api/openapi.json through inject(), writes it to a temporary file and
// runs Redocly (redocly.yaml) and Spectral (.spectral.yaml) on it. Any problem, warnings and hints
// included, fails the run: SDK generators and integrators read this document.
//
//   npm run lint:openapi                     lint, exit 1 on any problem
//   npm run lint:openapi -- --out FILE       also keep the document in FILE
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { createLogger } from '../src/server/logger.js';
import { createRuntime } from '../src/server/runtime.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Neither linter may reach the network: no usage reports, no update checks. */
const OFFLINE_ENV = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
};

export interface LintResult {
  ok: boolean;
  /** Both linters' reports, for a person to read. */
  output: string;
}

/** Runs both linters on one document file; ok only when neither reports anything at all. */
export function lintOpenApiFile(file: string): LintResult {
  const env = { ...process.env, ...OFFLINE_ENV };
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  // recommended-strict (redocly.yaml) is Redocly's recommended rule set with every warning raised
  // to an error, so its exit code fails on warnings too; Spectral is told to fail on hints.
  const redocly = spawnSync(
    bin('redocly'),
    ['lint', '--config', join(root, 'redocly.yaml'), '--format', 'stylish', '--max-problems', '1000', file],
    { cwd: root, env, encoding: 'utf8' },
  );
  const spectral = spawnSync(
    bin('spectral'),
    [
      'lint',
      '--ruleset',
      join(root, '.spectral.yaml'),
      '--fail-severity',
      'hint',
      '--display-only-failures',
      file,
    ],
    { cwd: root, env, encoding: 'utf8' },
  );
  const output = [
    `redocly lint (exit ${redocly.status}):`,
    redocly.stdout,
    redocly.stderr,
    `spectral lint (exit ${spectral.status}):`,
    spectral.stdout,
    spectral.stderr,
  ].join('\n');
  return { ok: redocly.status === 0 && spectral.status === 0, output };
}

/** Writes a document to a temporary file, lints it and removes the file again. */
export function lintOpenApiDocument(doc: unknown): LintResult {
  const dir = mkdtempSync(join(tmpdir(), 'resonance-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    return lintOpenApiFile(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the app on a throw-away in-memory PGlite and returns the OpenAPI document it serves. */
export async function buildOpenApiDocument(): Promise<unknown> {
  // PUBLIC_URL becomes the document's server: a plausible deployment, as one serves it.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PUBLIC_URL: 'https://feedback.resonance.test',
  });
  const runtime = await createRuntime(config, {
    logger: createLogger('silent'),
    pglite: await PGlite.create(),
  });
  try {
    const app = await buildApp(runtime.deps, { serveWeb: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (res.statusCode !== 200)
        throw new Error(`GET /api/openapi.json answered ${res.statusCode}: ${res.body}`);
      return res.json();
    } finally {
      await app.close();
    }
  } finally {
    await runtime.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? process.argv[at + 1] : undefined;
  const doc = await buildOpenApiDocument();
  if (out) writeFileSync(resolve(out), JSON.stringify(doc, null, 2));
  const { ok, output } = lintOpenApiDocument(doc);
  console.log(output);
  console.log(ok ? 'OpenAPI document: no problems.' : 'OpenAPI document: problems found (see above).');
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
