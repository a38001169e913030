import { periodBuckets, periodGrain } from '../../../domain/metrics/period-buckets.js';
import { wilsonInterval } from '../../../domain/metrics/wilson.js';
import { THEME_IDS } from '../../../domain/text/theme-catalog.js';
import {
  THEME_EXAMPLES,
  THEME_GROUP_MIN_COMMENTS,
  type TThemeDetail,
  type TThemeDetailQuery,
} from '../../../shared/contracts/theme-detail.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { analysisDto } from './analysis-dto.js';
import { listThemes } from './list-themes.service.js';
import {
  breakdownRows,
  commentsPerBucket,
  exampleRows,
  mentionsPerBucket,
  themeMentioned,
  type BreakdownDimension,
  type ExampleRow,
  type GroupRow,
} from './theme-detail.repo.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Breakdown groups listed at most; the rest are summed with the thin ones. */
const MAX_GROUPS = 12;

function share(mentions: number, comments: number): TThemeDetail['series'][number]['share'] {
  if (comments <= 0) return null;
  const w = wilsonInterval(Math.min(mentions, comments), comments);
  return {
    percent: round1(w.proportion * 100),
    ci: { low: round1(w.low * 100), high: round1(w.high * 100) },
  };
}

function breakdown(rows: readonly GroupRow[]): TThemeDetail['breakdowns']['channel'] {
  const shown = rows.filter((r) => r.comments >= THEME_GROUP_MIN_COMMENTS).slice(0, MAX_GROUPS);
  const rest = rows.filter((r) => !shown.includes(r));
  return {
    groups: shown.map((r) => ({
      key: r.key,
      mentions: r.mentions,
      comments: r.comments,
      share: share(r.mentions, r.comments),
    })),
    hidden: { groups: rest.length, mentions: rest.reduce((sum, r) => sum + r.mentions, 0) },
  };
}

/**
 * Up to eight recent comments, half that spoke of the theme negatively and half not where both
 * exist (a side with fewer leaves its places to the other), newest first: the page should show
 * what people complain about and what they praise, not only the latest complaints.
 */
function mixExamples(negative: readonly ExampleRow[], other: readonly ExampleRow[]): ExampleRow[] {
  const half = THEME_EXAMPLES / 2;
  const fromNegative = Math.min(negative.length, Math.max(half, THEME_EXAMPLES - other.length));
  const picked = [...negative.slice(0, fromNegative), ...other.slice(0, THEME_EXAMPLES - fromNegative)];
  return picked.sort(
    (a, b) =>
      new Date(b.occurred_at).getTime() - new Date(a.occurred_at).getTime() ||
      (a.item_id < b.item_id ? 1 : -1),
  );
}

/**
 * One theme in a period: its figures as the list shows them (impact with its bootstrap
 * interval, the rising test), its share per day, week or month, where its mentions come from
 * (channel, segment, touchpoint) and recent comments with the words that put them in it.
 * @throws AppError NOT_FOUND for a theme neither in the catalog nor ever found in the organization's comments.
 */
export async function themeDetail(
  db: Db,
  organizationId: string,
  themeId: string,
  q: TThemeDetailQuery,
): Promise<TThemeDetail> {
  const known =
    (THEME_IDS as readonly string[]).includes(themeId) || (await themeMentioned(db, organizationId, themeId));
  if (!known) throw notFound(`Theme "${themeId}"`);
  const from = new Date(`${q.from}T00:00:00Z`);
  const to = new Date(`${q.to}T00:00:00Z`);
  const grain = periodGrain(from, to);
  const dims: BreakdownDimension[] = ['channel', 'segment', 'touchpoint'];
  const [list, mentions, comments, negative, other, ...groups] = await Promise.all([
    listThemes(db, organizationId, q, themeId),
    mentionsPerBucket(db, organizationId, themeId, from, to, grain),
    commentsPerBucket(db, organizationId, from, to, grain),
    exampleRows(db, organizationId, themeId, from, to, true, THEME_EXAMPLES),
    exampleRows(db, organizationId, themeId, from, to, false, THEME_EXAMPLES),
    ...dims.map((d) => breakdownRows(db, organizationId, themeId, from, to, d)),
  ]);
  const theme = list.themes.find((x) => x.id === themeId);
  if (!theme) throw notFound(`Theme "${themeId}"`);
  const mentionsOf = new Map(mentions.map((m) => [m.bucket, m]));
  const commentsOf = new Map(comments.map((c) => [c.bucket, c.comments]));
  const series = periodBuckets(from, to, grain).map((b) => {
    const m = mentionsOf.get(b.start);
    const n = commentsOf.get(b.start) ?? 0;
    return {
      key: b.key,
      from: b.from,
      to: b.to,
      mentions: m?.mentions ?? 0,
      comments: n,
      share: share(m?.mentions ?? 0, n),
      sentiment:
        m?.sentiment === null || m?.sentiment === undefined ? null : Math.round(m.sentiment * 100) / 100,
      isThin: n < THEME_GROUP_MIN_COMMENTS,
    };
  });
  const examples = mixExamples(negative, other).flatMap((r) => {
    const analysis = analysisDto(r.analysis);
    if (!analysis) return [];
    return [
      {
        itemId: r.item_id,
        occurredAt: new Date(r.occurred_at).toISOString(),
        channel: r.channel,
        metric: r.metric,
        score: r.score,
        text: r.text,
        sentiment: Math.round(r.sentiment * 1000) / 1000,
        evidence: analysis.themes.find((x) => x.id === themeId)?.evidence ?? [],
        analysis,
        caseId: r.case_id,
      },
    ];
  });
  const [channel, segment, touchpoint] = groups.map(breakdown) as [
    TThemeDetail['breakdowns']['channel'],
    TThemeDetail['breakdowns']['segment'],
    TThemeDetail['breakdowns']['touchpoint'],
  ];
  return {
    from: q.from,
    to: q.to,
    analysedComments: list.analysedComments,
    npsAnswers: list.npsAnswers,
    theme,
    grain,
    series,
    breakdowns: { channel, segment, touchpoint },
    examples,
  };
}
