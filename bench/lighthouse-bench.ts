/**
 * First-load performance of the dashboard (issue 11): Lighthouse, mobile with its default
 * simulated throttling, on the real server process (`src/server/main.ts` on PGlite, the built
 * dashboard from dist/web) for
 *   - the sign-in page, signed out,
 *   - the overview, signed in to an organization filled with the demo data,
 *   - a survey's public link page: the baseline, measured the same way in the same run.
 * Each page BENCH_LIGHTHOUSE_RUNS times (3 by default) in a fresh Chromium; the median run (by
 * score) is printed: performance score, largest contentful paint, total blocking time and the
 * bytes transferred. The target is a score of at least 90 on sign-in and the overview.
 * Debian's Chromium (CHROMIUM_PATH, /usr/bin/chromium by default); nothing is downloaded.
 * BENCH_LIGHTHOUSE_REPORTS=<dir> keeps each run's full Lighthouse report (JSON) there;
 * BENCH_LIGHTHOUSE_PAGES=sign-in,overview measures only those (ids: survey, sign-in, overview).
 * `tsx bench/lighthouse-bench.ts` runs it alone, as does `npm run bench -- lighthouse`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/helpers/browser.js';
import { startServer, type RunningServer } from '../test/e2e/helpers/server.js';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const REPORTS = process.env.BENCH_LIGHTHOUSE_REPORTS;
const ONLY = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',');
const TARGET_SCORE = 90;
const root = fileURLToPath(new URL('..', import.meta.url));

interface PageResult {
  score: number;
  lcpMs: number;
  tbtMs: number;
  transferredBytes: number;
}

interface BenchPage {
  name: string;
  /** Names the saved reports. */
  id: string;
  path: string;
  cookie?: string;
  target?: number;
}

/** POST as the dashboard does: JSON with the server's own Origin (cookie requests need it). */
async function post(server: RunningServer, path: string, body: unknown, cookie?: string): Promise<Response> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A person with an organization filled with the demo data, signed in; returns their cookie and a live survey's public link. */
export async function demoWorkspace(server: RunningServer): Promise<{ cookie: string; linkPath: string }> {
  const signUp = await post(server, '/api/auth/sign-up/email', {
    email: 'lighthouse@example.test',
    password: 'bench-password-1',
    name: 'Bench',
  });
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const org = (await (
    await post(
      server,
      '/api/auth/organization/create',
      { name: 'Lighthouse GmbH', slug: 'lighthouse-gmbh' },
      cookie,
    )
  ).json()) as { id: string };
  await post(server, '/api/auth/organization/set-active', { organizationId: org.id }, cookie);
  await post(server, '/api/v1/demo', {}, cookie);
  const survey = (await (
    await post(server, '/api/v1/surveys', { name: 'Lighthouse NPS', template: 'relationship-nps' }, cookie)
  ).json()) as { id: string };
  await post(server, `/api/v1/surveys/${survey.id}/status`, { status: 'live' }, cookie);
  const link = await fetch(`${server.url}/api/v1/surveys/${survey.id}/delivery`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: JSON.stringify({ isLinkEnabled: true }),
  });
  const linkUrl = ((await link.json()) as { linkUrl?: string | null }).linkUrl;
  if (!link.ok || !linkUrl) throw new Error(`public link: ${link.status}`);
  return { cookie, linkPath: new URL(linkUrl).pathname };
}

/** One Lighthouse run (performance only, its mobile defaults) in a fresh Chromium. */
async function runLighthouse(
  url: string,
  cookie: string | undefined,
  reportName: string,
): Promise<PageResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (REPORTS) {
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(`${REPORTS}/${reportName}.json`, JSON.stringify(lhr, null, 1));
    }
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      transferredBytes: numeric('total-byte-weight'),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * One run, tried a second time when Lighthouse reports no result (on a loaded machine a run
 * now and then sees no paint at all, NO_FCP); the failure is printed, not hidden.
 */
async function runOnce(url: string, cookie: string | undefined, reportName: string): Promise<PageResult> {
  try {
    return await runLighthouse(url, cookie, reportName);
  } catch (err) {
    console.log(`  (${reportName}: ${err instanceof Error ? err.message : String(err)}; running it again)`);
    return runLighthouse(url, cookie, reportName);
  }
}

function line(name: string, r: PageResult, runs: PageResult[], target?: number): string {
  const verdict =
    target === undefined
      ? 'baseline'
      : r.score >= target
        ? `target ≥ ${target}: met`
        : `target ≥ ${target}: MISSED`;
  return `${name.padEnd(34)} performance ${String(r.score).padStart(3)} | LCP ${(r.lcpMs / 1000).toFixed(1)} s | TBT ${Math.round(r.tbtMs)} ms | ${(r.transferredBytes / 1024).toFixed(0)} KiB | ${verdict} | runs: ${runs.map((x) => x.score).join(', ')}`;
}

export async function lighthouseBench(): Promise<void> {
  // The server serves dist/web as it is: build it first when a source is newer.
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
  const server = await startServer();
  try {
    const { cookie, linkPath } = await demoWorkspace(server);
    const pages: BenchPage[] = [
      { name: 'survey page /l/<key> (baseline)', id: 'survey', path: linkPath },
      { name: 'sign-in /sign-in', id: 'sign-in', path: '/sign-in', target: TARGET_SCORE },
      { name: 'overview / (demo data)', id: 'overview', path: '/', cookie, target: TARGET_SCORE },
    ];
    console.log(`Lighthouse ${RUNS}× per page, mobile, simulated throttling (median run by score):`);
    for (const page of pages) {
      if (ONLY && !ONLY.includes(page.id)) continue;
      const runs: PageResult[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await runOnce(`${server.url}${page.path}`, page.cookie, `${page.id}-${i + 1}`));
      const sorted = [...runs].sort((a, b) => a.score - b.score);
      const median = sorted[Math.floor(sorted.length / 2)];
      if (median) console.log(line(page.name, median, runs, page.target));
    }
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  lighthouseBench().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
