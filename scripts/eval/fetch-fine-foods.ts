/**
 * The `small_fine_foods` data of the R package modeldata (MIT; Amazon fine-food reviews with a
 * "great"/"other" score): `training_data` (4,000 rows) and `testing_data` (1,000 rows), each with
 * `product`, `review` and `score`. Debian packages it as r-cran-modeldata; we take the package's
 * lazy-load database from there (no R needed) and cache it, and the reviews as JSON, under
 * `.cache/eval-text/` (git-ignored: the data is not ours to commit).
 *
 * `tsx scripts/eval/fetch-fine-foods.ts` fills the cache; `loadFineFoods()` reads it, filling it
 * first when needed.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asDataFrame, stringColumn } from './r-data-frame.js';
import { readLazyLoadObjects } from './r-lazyload.js';

export const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.cache/eval-text');
/** Where the package's `Rdata.rdx` / `Rdata.rdb` are kept: the base name readLazyLoadObjects takes. */
export const MODELDATA_BASE = join(CACHE_DIR, 'modeldata', 'Rdata');
const JSON_PATH = join(CACHE_DIR, 'small-fine-foods.json');
const PACKAGE = 'r-cran-modeldata';
const DATA_IN_PACKAGE = 'usr/lib/R/site-library/modeldata/data';

export interface Review {
  readonly product: string;
  readonly review: string;
  /** The customer's rating as the package codes it: "great" (5 stars) or "other". */
  readonly score: 'great' | 'other';
}

export interface FineFoods {
  readonly training: readonly Review[];
  readonly testing: readonly Review[];
}

function run(command: string, args: readonly string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Downloads the Debian package into a temporary directory and keeps only its data files. */
function downloadModeldata(): void {
  const work = mkdtempSync(join(tmpdir(), 'modeldata-'));
  try {
    try {
      run('apt-get', ['download', PACKAGE], work);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        [
          `Could not download the Debian package ${PACKAGE} with apt-get (${reason}).`,
          'This step needs a Debian or Ubuntu system with that package in its sources (apt-get update may help).',
          `Elsewhere: put Rdata.rdx and Rdata.rdb from the R package modeldata's data/ folder (CRAN, MIT)`,
          `into ${dirname(MODELDATA_BASE)}/ and run this again.`,
        ].join('\n'),
        { cause: error },
      );
    }
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${PACKAGE} left no .deb in ${work}`);
    run('dpkg-deb', ['-x', deb, 'extracted'], work);
    mkdirSync(dirname(MODELDATA_BASE), { recursive: true });
    for (const ext of ['rdx', 'rdb'])
      copyFileSync(join(work, 'extracted', DATA_IN_PACKAGE, `Rdata.${ext}`), `${MODELDATA_BASE}.${ext}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function reviewsOf(frame: ReturnType<typeof asDataFrame>, name: string): Review[] {
  const products = stringColumn(frame, 'product');
  const reviews = stringColumn(frame, 'review');
  const scores = stringColumn(frame, 'score');
  return reviews.map((review, i) => {
    const score = scores[i];
    if (review === null || (score !== 'great' && score !== 'other'))
      throw new Error(
        `${name} row ${i + 1}: review ${JSON.stringify(review)} with score ${JSON.stringify(score)}`,
      );
    return { product: products[i] ?? '', review, score };
  });
}

/** Reads the reviews out of the cached lazy-load database (downloading it when missing). */
export function extractFineFoods(): FineFoods {
  if (!existsSync(`${MODELDATA_BASE}.rdx`) || !existsSync(`${MODELDATA_BASE}.rdb`)) downloadModeldata();
  const objects = readLazyLoadObjects(MODELDATA_BASE, ['training_data', 'testing_data']);
  const frame = (name: string) => asDataFrame(objects.get(name) ?? { kind: 'null' });
  return {
    training: reviewsOf(frame('training_data'), 'training_data'),
    testing: reviewsOf(frame('testing_data'), 'testing_data'),
  };
}

/** The reviews from the JSON cache, extracting (and downloading) them first when it is missing. */
export function loadFineFoods(): FineFoods {
  if (existsSync(JSON_PATH)) return JSON.parse(readFileSync(JSON_PATH, 'utf8')) as FineFoods;
  const data = extractFineFoods();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(JSON_PATH, JSON.stringify(data));
  return data;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const data = loadFineFoods();
    const great = (reviews: readonly Review[]) => reviews.filter((r) => r.score === 'great').length;
    console.log(
      `small_fine_foods cached in ${CACHE_DIR}: training ${data.training.length} reviews ` +
        `(${great(data.training)} great), testing ${data.testing.length} (${great(data.testing)} great)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
