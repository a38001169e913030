import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of `npm run lint` (.dependency-cruiser.mjs) run over small trees that mirror
 * `src/server/`: each broken tree must fail for the rule it breaks, the clean one must pass.
 * The fixtures are valid TypeScript (tsc and ESLint check them like any test file); only this
 * test cruises them, the real lint cruises `src/` alone.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = fileURLToPath(new URL('../../.dependency-cruiser.mjs', import.meta.url));
const depcruise = fileURLToPath(
  new URL('../../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url),
);

interface LintRun {
  exitCode: number;
  output: string;
}

/** Runs the checker as `npm run lint:imports` does, from inside the fixture tree. */
function lintFixture(name: string): Promise<LintRun> {
  const cwd = fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [depcruise, '--config', config, 'src'], { cwd }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ exitCode: typeof err?.code === 'number' ? err.code : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('import rules (npm run lint)', () => {
  it('is part of npm run lint, over src/ with the checked-in config', () => {
    const scripts = (
      JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['lint']).toContain('npm run lint:imports');
    expect(scripts['lint:imports']).toBe('depcruise --config .dependency-cruiser.mjs src');
  });

  it('fails on a cycle made only of type imports', async () => {
    const run = await lintFixture('type-cycle');
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain('error no-circular');
    expect(run.output).toContain('src/server/features/surveys/survey.ts');
    expect(run.output).toContain('src/server/features/surveys/survey-version.ts');
  });

  it('fails on a feature importing jobs/, a job file by value and the queue by type alike', async () => {
    const run = await lintFixture('feature-imports-job');
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'error features-not-to-jobs: src/server/features/imports/imports.service.ts → src/server/jobs/import-contacts.job.ts',
    );
    expect(run.output).toContain(
      'error features-not-to-jobs: src/server/features/imports/imports.service.ts → src/server/jobs/queue.ts',
    );
  });

  it('fails on http/ importing a feature', async () => {
    const run = await lintFixture('http-imports-feature');
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'error infrastructure-not-to-features: src/server/http/principal.ts → src/server/features/api-keys/api-keys.service.ts',
    );
  });

  it('passes a tree where features use infrastructure one way and the composition root wires them', async () => {
    const run = await lintFixture('clean');
    expect(run.output).toContain('no dependency violations found (5 modules, 6 dependencies cruised)');
    expect(run.exitCode).toBe(0);
  });
});
