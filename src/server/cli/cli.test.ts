import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresTestDatabase, testDbKind } from '../../../test/helpers/test-database.js';

/**
 * The CLI runs as a real child process, as an operator would start it. Each spawn costs
 * seconds (tsx start, database open), so the journeys are chained in few tests.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SLOW = 180_000;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last stdout line, parsed: the command's result. */
  result: Record<string, unknown> | null;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A throwaway data directory, and on the PostgreSQL project a throwaway database too. */
async function environment(
  opts: { database: boolean } = { database: true },
): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'resonance-cli-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  };
  if (opts.database && testDbKind() === 'postgres' && process.env.TEST_DATABASE_URL) {
    const db = await createPostgresTestDatabase(process.env.TEST_DATABASE_URL);
    cleanups.push(() => db.drop());
    env.DATABASE_URL = db.url;
  }
  return env;
}

function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/server/cli/cli.ts', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr, result: lastLineJson(stdout) });
    });
  });
}

function lastLineJson(stdout: string): Record<string, unknown> | null {
  try {
    return JSON.parse(stdout.trimEnd().split('\n').at(-1) ?? '') as Record<string, unknown>;
  } catch {
    return null;
  }
}

describe('resonance CLI', () => {
  it(
    'creates a user, an organization, an API key and demo data, then refuses a second demo',
    async () => {
      const env = await environment();
      const user = await cli(
        [
          'user',
          'create',
          '--email',
          'Olivia@Example.com',
          '--password',
          'long-enough-1',
          '--name',
          'Olivia Owner',
        ],
        env,
      );
      expect(user.code, user.stderr).toBe(0);
      expect(user.result).toMatchObject({
        email: 'olivia@example.com',
        name: 'Olivia Owner',
        userId: expect.any(String),
      });
      expect(user.stdout).toContain('Created user');

      const org = await cli(
        ['org', 'create', '--name', 'Acme GmbH', '--slug', 'acme', '--owner', 'olivia@example.com'],
        env,
      );
      expect(org.code, org.stderr).toBe(0);
      expect(org.result).toMatchObject({
        organization: 'acme',
        name: 'Acme GmbH',
        owner: 'olivia@example.com',
      });

      const key = await cli(['api-key', 'create', '--org', 'acme', '--name', 'CI'], env);
      expect(key.code, key.stderr).toBe(0);
      expect(key.result).toMatchObject({
        organization: 'acme',
        name: 'CI',
        apiKey: expect.stringMatching(/^rsn_[A-Za-z0-9_-]{43}$/),
      });

      const demo = await cli(['demo', '--org', 'acme'], env);
      expect(demo.code, demo.stderr).toBe(0);
      expect(demo.result).toMatchObject({
        organization: 'acme',
        contacts: 600,
        feedbackItems: expect.any(Number),
      });
      expect(demo.result?.feedbackItems).toBeGreaterThan(3000);

      // Without --org the only organization is chosen — and it is no longer empty.
      const again = await cli(['demo'], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^error: .*already has contacts/m);
    },
    SLOW,
  );

  it(
    'on an empty installation creates the demo owner with a printed password and Demo GmbH',
    async () => {
      const env = await environment();
      const run = await cli(['demo'], env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.result).toMatchObject({
        organization: 'demo-gmbh',
        owner: 'demo@example.com',
        password: expect.any(String),
        contacts: 600,
      });
      expect(run.stdout).toContain(`with password ${String(run.result?.password)}`);
    },
    SLOW,
  );

  it(
    'names a bad or missing flag on stderr, exits 1 and opens no database',
    async () => {
      const env = await environment({ database: false });
      const typo = await cli(
        ['user', 'create', '--emial', 'a@example.com', '--password', 'long-enough-1'],
        env,
      );
      expect(typo.code).toBe(1);
      expect(typo.stderr).toContain('Unknown flag --emial for "user create"');
      expect(typo.stdout).toBe('');
      const missing = await cli(['org', 'create', '--name', 'Acme'], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('Missing --owner');
      expect(existsSync(join(env.DATA_DIR ?? '', 'pglite'))).toBe(false);
    },
    SLOW,
  );
});
