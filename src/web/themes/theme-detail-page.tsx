import { Anchor, Badge, EmptyState, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconBulb, IconTrendingUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TThemeDetail } from '../../shared/contracts/theme-detail.js';
import { ApiError } from '../api/http.js';
import { useThemeDetail } from '../api/use-theme-detail.js';
import { DrillLink, useNumberLocale } from '../analytics/drill-link.js';
import { formatBucket, formatCount } from '../analytics/format-metric.js';
import { utcToday } from '../analytics/overview-url.js';
import { ReportPeriodBar } from '../cases/report/report-period-bar.js';
import {
  parseReportPeriod,
  reportPeriodSearch,
  reportRange,
  type ReportPeriod,
} from '../cases/report/report-period.js';
import { ReportSection } from '../cases/report/report-section.js';
import '../cases/report/case-report.css';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatPercent } from '../lib/format-percent.js';
import { numberFormat, type NumberLocale } from '../lib/number-locale.js';
import { AppLink } from '../router/app-link.js';
import { followLink, navigate, useLocation } from '../router/history.js';
import { areaPath, responsesPath, themePath } from '../router/routes.js';
import { ImpactWhisker } from './impact-whisker.js';
import { ShareChart, type ShareChartPoint } from './share-chart.js';
import { ThemeBreakdown } from './theme-breakdown.js';
import { ThemeExamples } from './theme-examples.js';
import { TONE_COLOR, TONE_TEXT, toneOf } from './theme-tone.js';
import './themes.css';
import './theme-detail.css';

type Detail = TThemeDetail;

/** A day bucket as "3 Nov"; weeks and months as the dashboard's trends write them. */
function bucketLabel(key: string, locale: NumberLocale): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!day) return formatBucket(key, locale);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${key}T00:00:00Z`),
  );
}

/**
 * One theme of the Themes page (issue 16): how its share of the comments moved over the period,
 * with its interval; how it is spoken of; its NPS impact with the bootstrap interval; whether it
 * is rising against its baseline; where it comes from; and recent comments with the words that
 * put them in it. Every number leads to the answers behind it. The period sits in the address,
 * as on the Themes page, so the way back keeps it.
 */
export function ThemeDetailPage({ themeId }: { themeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const { search } = useLocation();
  const [today] = useState(() => utcToday(new Date()));
  const period = useMemo(() => parseReportPeriod(search), [search]);
  const range = useMemo(() => reportRange(period, today), [period, today]);
  const detail = useThemeDetail(themeId, range);
  const setPeriod = (next: ReportPeriod) =>
    navigate(themePath(themeId, reportPeriodSearch(next)), { replace: true });
  const backTo = `${areaPath('themes')}${reportPeriodSearch(period)}`;

  const notFound = detail.isError && detail.error instanceof ApiError && detail.error.status === 404;
  const name = detail.data?.theme.name[lang] ?? (notFound ? t('themeDetail.notFound.title') : themeId);

  let body;
  if (detail.isPending) body = <SectionLoader />;
  else if (notFound)
    body = (
      <EmptyPanel
        testId="theme-not-found"
        title={t('themeDetail.notFound.title')}
        text={t('themeDetail.notFound.text')}
        backTo={backTo}
      />
    );
  else if (detail.isError) body = <SectionError error={detail.error} onRetry={() => void detail.refetch()} />;
  else if (detail.data.theme.mentions === 0)
    body = (
      <EmptyPanel
        testId="theme-empty"
        title={t('themeDetail.empty.title', { name })}
        text={t('themeDetail.empty.text')}
        backTo={backTo}
      />
    );
  else
    body = (
      <div data-fetching={detail.isPlaceholderData || undefined} aria-busy={detail.isPlaceholderData}>
        <Figures d={detail.data} range={range} />
        <ReportSection
          title={t('themeDetail.chart.title')}
          subtitle={t('themeDetail.chart.subtitle', {
            grain: t(`themeDetail.chart.grain.${detail.data.grain}`),
          })}
          testId="theme-chart-section"
        >
          <ShareTrend d={detail.data} name={name} />
        </ReportSection>
        <ReportSection
          title={t('themeDetail.breakdown.title')}
          subtitle={t('themeDetail.breakdown.subtitle')}
          testId="theme-breakdown-section"
        >
          <ThemeBreakdown breakdowns={detail.data.breakdowns} themeId={themeId} range={range} />
        </ReportSection>
        <ReportSection
          title={t('themeDetail.examples.title')}
          subtitle={t('themeDetail.examples.subtitle')}
          testId="theme-examples-section"
        >
          <ThemeExamples examples={detail.data.examples} themeName={name} themeId={themeId} />
        </ReportSection>
        <Text fz="xs" c="dimmed" maw={760} data-testid="theme-method">
          {t('themeDetail.method')}
        </Text>
      </div>
    );

  return (
    <>
      <Anchor
        href={backTo}
        onClick={(e) => followLink(e, backTo)}
        fz="sm"
        display="inline-flex"
        mb="xs"
        style={{ alignItems: 'center', gap: 4 }}
        data-testid="theme-back"
      >
        <IconArrowLeft size={14} aria-hidden />
        {t('themeDetail.back')}
      </Anchor>
      <PageHeader title={name} subtitle={t('themeDetail.subtitle')} titleTestId="theme-title" />
      <ReportPeriodBar period={period} range={range} onChange={setPeriod} />
      {body}
    </>
  );
}

function EmptyPanel({
  testId,
  title,
  text,
  backTo,
}: {
  testId: string;
  title: string;
  text: string;
  backTo: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'lg', sm: 48 }} mb="lg" data-testid={testId}>
      <EmptyState
        icon={<IconBulb size={30} stroke={1.5} aria-hidden />}
        variant="light"
        size="lg"
        title={title}
        description={text}
        maw={680}
        mx="auto"
      >
        <Group justify="center" mt="md">
          <AppLink to={backTo} fz="sm">
            {t('themeDetail.back')}
          </AppLink>
        </Group>
      </EmptyState>
    </Paper>
  );
}

/** The headline figures: mentions and share, tone, NPS impact, and the rising test. */
function Figures({ d, range }: { d: Detail; range: { from: string; to: string } }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const theme = d.theme;
  const points = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const q = numberFormat(locale, { maximumSignificantDigits: 2 });
  const tone = toneOf(theme.sentiment);
  const nps = theme.nps && !theme.nps.hidden ? theme.nps : null;
  const answersHref = responsesPath({ theme: theme.id, from: range.from, to: range.to });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="lg" data-testid="theme-figures">
      <Paper withBorder p="md" data-testid="theme-figure-mentions">
        <Stack gap={4}>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('themeDetail.figures.mentions')}
          </Text>
          <Text fz={28} fw={700} lh={1.1} data-testid="theme-mentions">
            {formatCount(theme.mentions, locale)}
          </Text>
          {theme.share ? (
            <Text fz="sm">
              {t('themeDetail.figures.shareOf', {
                share: formatPercent(theme.share.percent, locale, 1),
                comments: formatCount(d.analysedComments, locale),
              })}
              <Text span display="block" fz="xs" c="dimmed">
                {t('themeDetail.figures.shareInterval', {
                  low: formatPercent(theme.share.ci.low, locale, 1),
                  high: formatPercent(theme.share.ci.high, locale, 1),
                })}
              </Text>
            </Text>
          ) : null}
          <DrillLink
            to={answersHref}
            label={t('themeDetail.figures.answers', {
              count: theme.mentions,
              formatted: formatCount(theme.mentions, locale),
            })}
            fz="sm"
            c="blue.8"
            data-testid="theme-answers-link"
          >
            {t('themeDetail.figures.answers', {
              count: theme.mentions,
              formatted: formatCount(theme.mentions, locale),
            })}
          </DrillLink>
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-testid="theme-figure-tone">
        <Stack gap={6}>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('themeDetail.figures.tone')}
          </Text>
          {tone ? (
            <Badge variant="outline" color={TONE_COLOR[tone]} c={TONE_TEXT[tone]} size="lg" data-tone={tone}>
              {t(`themesPage.tone.${tone}`)}
            </Badge>
          ) : null}
          {theme.negativeShare !== null ? (
            <Text fz="sm">
              {t('themeDetail.figures.negativeShare', { share: formatPercent(theme.negativeShare, locale) })}
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-testid="theme-figure-impact">
        <Stack gap={4}>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('themeDetail.figures.impact')}
          </Text>
          {nps ? (
            <>
              <Text
                fz={28}
                fw={700}
                lh={1.1}
                {...(nps.ci.high < 0 ? { c: 'red.8' } : {})}
                data-testid="theme-impact"
              >
                {t('themeDetail.figures.impactValue', { value: points.format(nps.impact) })}
              </Text>
              <ImpactWhisker
                impact={nps.impact}
                low={nps.ci.low}
                high={nps.ci.high}
                reach={Math.max(5, Math.abs(nps.ci.low), Math.abs(nps.ci.high))}
                thin={nps.ci.low < 0 && nps.ci.high > 0}
              />
              <Text fz="xs" c="dimmed" data-testid="theme-impact-interval">
                {t('themeDetail.figures.impactInterval', {
                  low: points.format(nps.ci.low),
                  high: points.format(nps.ci.high),
                })}
              </Text>
              <Text fz="xs" c="dimmed">
                {t('themeDetail.figures.impactAnswers', {
                  with: points.format(nps.npsWith),
                  without: points.format(nps.npsWithout),
                  answers: formatCount(nps.answers, locale),
                })}
              </Text>
            </>
          ) : (
            <Text fz="sm" c="dimmed">
              {theme.nps ? t('themeDetail.figures.impactFew') : t('themeDetail.figures.impactNone')}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-testid="theme-figure-rising">
        <Stack gap={6}>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('themeDetail.figures.trend')}
          </Text>
          {theme.rising?.rising ? (
            <>
              <Badge
                variant="light"
                color="orange"
                c="orange.9"
                size="lg"
                leftSection={<IconTrendingUp size={14} aria-hidden />}
                data-testid="theme-rising"
              >
                {t('themeDetail.figures.rising')}
              </Badge>
              <Text fz="sm">
                {t('themeDetail.figures.risingText', {
                  baseline: formatPercent(theme.rising.baselineShare, locale, 1),
                  share: formatPercent(theme.share?.percent ?? 0, locale, 1),
                  q: q.format(theme.rising.qValue),
                })}
              </Text>
            </>
          ) : theme.rising ? (
            <>
              <Text fz="sm" fw={600}>
                {t('themeDetail.figures.steady')}
              </Text>
              <Text fz="sm">
                {t('themeDetail.figures.steadyText', {
                  baseline: formatPercent(theme.rising.baselineShare, locale, 1),
                  q: q.format(theme.rising.qValue),
                })}
              </Text>
            </>
          ) : (
            <>
              <Text fz="sm" fw={600}>
                {t('themeDetail.figures.untested')}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('themeDetail.figures.untestedText')}
              </Text>
            </>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

/** The share per bucket as chart points, each leading to its bucket's answers. */
function ShareTrend({ d, name }: { d: Detail; name: string }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const points: ShareChartPoint[] = d.series.map((p) => {
    const label = bucketLabel(p.key, locale);
    return {
      key: p.key,
      score: p.share?.percent ?? null,
      ci: p.share?.ci ?? null,
      isThin: p.isThin,
      label,
      description: p.share
        ? t('themeDetail.chart.point', {
            bucket: label,
            share: formatPercent(p.share.percent, locale, 1),
            comments: formatCount(p.comments, locale),
            mentions: formatCount(p.mentions, locale),
            low: formatPercent(p.share.ci.low, locale, 1),
            high: formatPercent(p.share.ci.high, locale, 1),
          })
        : t('themeDetail.chart.pointEmpty', { bucket: label }),
      href: responsesPath({ theme: d.theme.id, from: p.from, to: p.to }),
    };
  });
  return (
    <ShareChart
      points={points}
      label={t('themeDetail.chart.label', { name, grain: t(`themeDetail.chart.grain.${d.grain}`) })}
    />
  );
}
