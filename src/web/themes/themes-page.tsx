import { Box, Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { IconBulb, IconMessages } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useThemes } from '../api/use-themes.js';
import { utcToday } from '../analytics/overview-url.js';
import { useNumberLocale } from '../analytics/drill-link.js';
import { formatCount } from '../analytics/format-metric.js';
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
import { followLink, navigate, useLocation } from '../router/history.js';
import { areaPath } from '../router/routes.js';
import { SentimentReading } from './sentiment-reading.js';
import { can } from '../../shared/roles.js';
import { useSession } from '../session/session-context.js';
import { CandidateThemesSection } from './candidate-themes-section.js';
import { OwnThemesSection } from './own-themes-section.js';
import { ThemeList } from './theme-list.js';
import './themes.css';

/**
 * The Themes page (issue 16): what the period's comments are about — read on this server in
 * German and English — how often, in what tone, and what each theme costs the NPS with its
 * interval. The period sits in the address, as on the follow-up report.
 */
export function ThemesPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const locale = useNumberLocale();
  const { search } = useLocation();
  const [today] = useState(() => utcToday(new Date()));
  const period = useMemo(() => parseReportPeriod(search), [search]);
  const range = useMemo(() => reportRange(period, today), [period, today]);
  const themes = useThemes(range);
  const setPeriod = (next: ReportPeriod) =>
    navigate(`${areaPath('themes')}${reportPeriodSearch(next)}`, { replace: true });

  let body;
  if (themes.isPending) body = <SectionLoader />;
  else if (themes.isError) body = <SectionError error={themes.error} onRetry={() => void themes.refetch()} />;
  else {
    const r = themes.data;
    const mentioned = r.themes.filter((x) => x.mentions > 0);
    const quiet = r.themes.filter((x) => x.mentions === 0);
    body =
      r.analysedComments === 0 ? (
        <Paper withBorder p={{ base: 'lg', sm: 48 }} mb="lg" data-testid="themes-empty">
          <EmptyState
            icon={<IconBulb size={30} stroke={1.5} aria-hidden />}
            variant="light"
            size="lg"
            title={t('themesPage.empty.title')}
            description={t('themesPage.empty.text')}
            maw={680}
            mx="auto"
          >
            <Group justify="center" mt="md">
              <Button
                component="a"
                href={areaPath('feedback')}
                onClick={(e) => followLink(e, areaPath('feedback'))}
                variant="default"
                leftSection={<IconMessages size={16} aria-hidden />}
              >
                {t('themesPage.empty.action')}
              </Button>
            </Group>
          </EmptyState>
        </Paper>
      ) : (
        <div data-fetching={themes.isPlaceholderData || undefined} aria-busy={themes.isPlaceholderData}>
          <Text fz="sm" c="dimmed" mb="md" data-testid="themes-summary">
            {t('themesPage.summary', {
              comments: formatCount(r.analysedComments, locale),
              answers: formatCount(r.npsAnswers, locale),
            })}
          </Text>
          <ReportSection
            title={t('themesPage.list.title')}
            subtitle={t('themesPage.list.subtitle')}
            testId="themes-section"
          >
            {mentioned.length > 0 ? (
              <ThemeList themes={mentioned} search={reportPeriodSearch(period)} />
            ) : (
              <Text fz="sm">{t('themesPage.list.none')}</Text>
            )}
            {quiet.length > 0 ? (
              <Text fz="xs" c="dimmed" data-testid="themes-quiet">
                {t('themesPage.list.quiet', {
                  names: quiet.map((x) => x.name[localeLang(locale)]).join(', '),
                })}
              </Text>
            ) : null}
          </ReportSection>
          <SentimentReading />
          <Text fz="xs" c="dimmed" maw={760} data-testid="themes-method">
            {t('themesPage.method')}
          </Text>
        </div>
      );
  }

  return (
    <>
      <PageHeader
        title={t('themesPage.title')}
        subtitle={t('themesPage.subtitle')}
        titleTestId="themes-title"
      />
      <ReportPeriodBar period={period} range={range} onChange={setPeriod} />
      {body}
      {can(role, 'settings.manage') ? (
        <Box mt="lg">
          <CandidateThemesSection range={range} />
          <OwnThemesSection />
        </Box>
      ) : null}
    </>
  );
}

const localeLang = (locale: string): 'de' | 'en' => (locale.startsWith('de') ? 'de' : 'en');
