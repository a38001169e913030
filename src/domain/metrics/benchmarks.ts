import {
  ANY_INDUSTRY,
  type BenchmarkMarket,
  type BenchmarkMetric,
} from '../../shared/contracts/benchmarks.js';

/**
 * Built-in benchmark entries. STATS.md: every benchmark carries source, year, method and B2B/B2C,
 * and consumer-panel studies (Temkin/XMI, Forrester, NICE Satmetrix) and vendor customer-base
 * studies (e.g. Retently) differ a lot, so an organization may edit, hide or add entries.
 *
 * Only figures our design documents give are built in — nothing is made up here. They all come
 * from one German web guide on NPS psychology, which names no author, publisher, year, study or
 * method for them ("origin of those two figures unverified"); `year` is therefore null and the
 * method says so, so the dashboard can show the entries for what they are. The source is cited
 * the way a reader would cite it, by the guide's own title (test/user-facing-wording.test.ts).
 */

export interface Benchmark {
  readonly id: string;
  /** An industry id of Settings → Organization, ANY_INDUSTRY, or an organization's own industry id. */
  readonly industry: string;
  readonly metric: BenchmarkMetric;
  readonly score: number;
  readonly label: string;
  readonly source: string;
  /** Year of the study; null when the source does not give one. */
  readonly year: number | null;
  readonly method: string;
  /** 'both' also where the source does not say which market it measured. */
  readonly market: BenchmarkMarket;
  readonly note: string | null;
}

const GUIDE =
  '„Ihr Weg vom NPS-Score zum Wachstumshebel“ [Your path from NPS score to growth lever], German web guide on NPS psychology; author, publisher and year not stated';
const GUIDE_QUOTING = `${GUIDE}. It quotes the figure without naming a study`;
const UNSTATED = 'Not stated by the source; origin of the figure unverified';
const REPLACE_NOTE =
  'The source names no study, year, method or market. Prefer a study you can cite: consumer panels (Temkin/XMI, Forrester, NICE Satmetrix) and vendor customer-base studies (e.g. Retently) differ a lot, and a company’s own transactional NPS usually runs above panel NPS.';

export const BUILTIN_BENCHMARKS: readonly Benchmark[] = [
  {
    id: 'source-cloud-software-nps',
    industry: 'software',
    metric: 'nps',
    score: 39,
    label: 'Cloud software',
    source: GUIDE_QUOTING,
    year: null,
    method: UNSTATED,
    market: 'both',
    note: `The guide: an NPS of 40 may be excellent in the cloud industry (benchmark 39). ${REPLACE_NOTE}`,
  },
  {
    id: 'source-insurance-nps',
    industry: 'insurance',
    metric: 'nps',
    score: 80,
    label: 'Insurance',
    source: GUIDE_QUOTING,
    year: null,
    method: UNSTATED,
    market: 'both',
    note: `The guide: an NPS of 40 would be alarming in insurance (benchmark 80). ${REPLACE_NOTE}`,
  },
  {
    id: 'source-world-class-nps',
    industry: ANY_INDUSTRY,
    metric: 'nps',
    score: 70,
    label: 'World class (above 70)',
    source: GUIDE,
    year: null,
    method: 'A rule of thumb, not a measured average',
    market: 'both',
    note: 'The guide calls companies with an NPS above 70 “world class”, across industries.',
  },
];

export function builtinBenchmark(id: string): Benchmark | undefined {
  return BUILTIN_BENCHMARKS.find((b) => b.id === id);
}

/** Whether an entry belongs next to `industry`: its own industry, or one shown with every industry. */
export function appliesToIndustry(entryIndustry: string, industry: string | null): boolean {
  return entryIndustry === ANY_INDUSTRY || (industry !== null && entryIndustry === industry);
}
