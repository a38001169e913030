import { z } from 'zod';
import { ZIsoDate } from './common.js';

/**
 * `/api/v1/benchmarks`: the built-in benchmark table (`domain/metrics/benchmarks.ts`) merged with
 * the organization's own entries and its edits of built-in ones. Every entry carries source,
 * year, method and market (STATS.md).
 */

/** The industry ids an organization picks in Settings → Organization (`src/web/settings/industries.ts`). */
export const BENCHMARK_INDUSTRY_IDS = [
  'software',
  'ecommerce',
  'banking',
  'insurance',
  'telecom',
  'utilities',
  'healthcare',
  'travel',
  'automotive',
  'education',
  'publicSector',
  'other',
] as const;

/** An entry with this industry is shown next to every industry (e.g. "world class"). */
export const ANY_INDUSTRY = 'all';

export const BENCHMARK_METRICS = ['nps', 'csat', 'ces'] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

export const BENCHMARK_MARKETS = ['b2b', 'b2c', 'both'] as const;
export type BenchmarkMarket = (typeof BENCHMARK_MARKETS)[number];

/**
 * Score ranges on the scale Resonance shows: NPS in points, CSAT as top-2-box %, CES as % agree.
 * A benchmark on another scale (a CSAT mean of 4.2) has to be converted before it can sit next
 * to our numbers.
 */
export const BENCHMARK_SCORE_RANGE: Readonly<Record<BenchmarkMetric, readonly [number, number]>> = {
  nps: [-100, 100],
  csat: [0, 100],
  ces: [0, 100],
};

export const BENCHMARK_ORIGINS = ['builtin', 'edited', 'own'] as const;
export type TBenchmarkOrigin = (typeof BENCHMARK_ORIGINS)[number];

export const BENCHMARK_LIMITS = {
  industry: 80,
  label: 120,
  source: 300,
  method: 300,
  note: 1000,
  minYear: 1990,
} as const;

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const ZBenchmarkIndustry = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(BENCHMARK_LIMITS.industry, `must be at most ${BENCHMARK_LIMITS.industry} characters`)
  .meta({
    description: `An industry id (software, ecommerce, banking, insurance, …, as in Settings → Organization), or \`${ANY_INDUSTRY}\` for an entry shown with every industry`,
  });

/** The body of POST and PUT: a whole entry. The score's range depends on the metric. */
export const ZBenchmarkInput = z
  .strictObject({
    industry: ZBenchmarkIndustry,
    metric: z.enum(BENCHMARK_METRICS),
    score: z
      .number()
      .finite()
      .meta({ description: 'NPS −100…100 points; CSAT top-2-box % and CES % agree 0…100' }),
    label: text(BENCHMARK_LIMITS.label),
    source: text(BENCHMARK_LIMITS.source).meta({ description: 'Who published it (study, vendor, article)' }),
    year: z
      .number()
      .int('must be a whole year')
      .min(BENCHMARK_LIMITS.minYear, `must be ${BENCHMARK_LIMITS.minYear} or later`)
      .meta({ description: 'Year of the study; not after next year' }),
    method: text(BENCHMARK_LIMITS.method).meta({
      description: 'e.g. consumer panel, vendor customer base, transactional survey',
    }),
    market: z.enum(BENCHMARK_MARKETS),
    note: z
      .string()
      .trim()
      .max(BENCHMARK_LIMITS.note, `must be at most ${BENCHMARK_LIMITS.note} characters`)
      .nullable()
      .optional(),
  })
  .superRefine((v, ctx) => {
    const [min, max] = BENCHMARK_SCORE_RANGE[v.metric];
    if (v.score < min || v.score > max)
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `a ${v.metric.toUpperCase()} benchmark must be between ${min} and ${max}`,
      });
    // A study cannot be from after next year (the clock is read here so the form and the API agree).
    const latest = new Date().getUTCFullYear() + 1;
    if (v.year > latest)
      ctx.addIssue({ code: 'custom', path: ['year'], message: `must be ${latest} or earlier` });
  })
  .meta({ description: 'A benchmark entry: the body of POST and PUT' });
export type TBenchmarkInput = z.infer<typeof ZBenchmarkInput>;

export const ZBenchmark = z
  .object({
    id: z.string().meta({
      description: 'A built-in id (also for an edited or hidden built-in entry) or the uuid of an own entry',
    }),
    origin: z.enum(BENCHMARK_ORIGINS).meta({
      description:
        '`builtin` as shipped, `edited` the organization changed a built-in entry, `own` added by the organization',
    }),
    hidden: z
      .boolean()
      .meta({ description: 'A built-in entry the organization hid (listed only with includeHidden=true)' }),
    industry: z.string(),
    metric: z.enum(BENCHMARK_METRICS),
    score: z.number(),
    label: z.string(),
    source: z.string(),
    year: z.number().int().nullable().meta({ description: 'null when the source gives none' }),
    method: z.string(),
    market: z.enum(BENCHMARK_MARKETS),
    note: z.string().nullable(),
    updatedAt: ZIsoDate.nullable().meta({
      description: 'Last change by the organization; null for an untouched built-in entry',
    }),
  })
  .meta({ id: 'Benchmark' });
export type TBenchmark = z.infer<typeof ZBenchmark>;

export const ZBenchmarksQuery = z.strictObject({
  industry: ZBenchmarkIndustry.optional().meta({
    description: "Default: the organization's industry (Settings → Organization)",
  }),
  includeHidden: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false)
    .meta({ description: 'Also list built-in entries the organization hid' }),
});
export type TBenchmarksQuery = z.infer<typeof ZBenchmarksQuery>;

export const ZBenchmarkList = z
  .object({
    industry: z
      .string()
      .nullable()
      .meta({
        description: `The industry listed; null when none was asked for and the organization chose none (then only \`${ANY_INDUSTRY}\` entries are listed)`,
      }),
    items: z.array(ZBenchmark),
  })
  .meta({ id: 'BenchmarkList' });
export type TBenchmarkList = z.infer<typeof ZBenchmarkList>;

export const ZBenchmarkParams = z.object({ id: z.string().trim().min(1).max(100) });
