import i18next from 'i18next';
import {
  formatInterval as formatOverviewInterval,
  formatScore as formatOverviewScore,
  localeOf,
} from '../analytics/format-metric.js';
import type { TBenchmark } from '../../shared/contracts/benchmarks.js';
import { isIndustry } from '../settings/industries.js';
import { ANY_INDUSTRY } from './benchmark-options.js';

/** Built-in entries whose texts the dashboard carries in German and English. */
const TRANSLATED = ['source-cloud-software-nps', 'source-insurance-nps', 'source-world-class-nps'] as const;
type TranslatedId = (typeof TRANSLATED)[number];

const isTranslated = (id: string): id is TranslatedId => (TRANSLATED as readonly string[]).includes(id);

export interface BenchmarkText {
  label: string;
  source: string;
  method: string;
  note: string | null;
}

/**
 * The words of an entry in the interface language: an untouched built-in entry from the
 * dashboard's texts, anything the organization wrote (edited or own) exactly as written.
 */
export function benchmarkText(entry: TBenchmark): BenchmarkText {
  if (entry.origin === 'builtin' && isTranslated(entry.id)) {
    const id = entry.id;
    return {
      label: i18next.t(`benchmarks.builtin.${id}.label`),
      source: i18next.t(`benchmarks.builtin.${id}.source`),
      method: i18next.t(`benchmarks.builtin.${id}.method`),
      note: i18next.t(`benchmarks.builtin.${id}.note`),
    };
  }
  return { label: entry.label, source: entry.source, method: entry.method, note: entry.note };
}

/** An industry id as its name; an id set through the API shows as it is. */
export function industryName(id: string): string {
  if (id === ANY_INDUSTRY) return i18next.t('benchmarks.anyIndustry');
  return isIndustry(id) ? i18next.t(`organization.industries.${id}`) : id;
}

/** An NPS as the overview writes it: whole points with their sign ("+24"), one format on every screen. */
export function formatNpsPoints(value: number | null): string {
  return formatOverviewScore('nps', value, localeOf(i18next.language));
}

/** An NPS interval as the overview writes it ("+19 – +29"). */
export function formatNpsInterval(ci: { low: number; high: number } | null): string {
  return formatOverviewInterval('nps', ci, localeOf(i18next.language));
}

/** A score in points or percent, at most one decimal. */
export function formatScore(value: number): string {
  return new Intl.NumberFormat(i18next.language === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);
}

/** A difference with its sign ("+4", "−12"). */
export function formatDifference(value: number): string {
  return new Intl.NumberFormat(i18next.language === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(value);
}
