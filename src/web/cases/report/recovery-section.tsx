import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseReport } from '../../../shared/contracts/cases.js';
import { ReportSection } from './report-section.js';
import { ShareHeadline } from './share-headline.js';
import { ShareList } from './share-list.js';

const GROUPS = [
  ['team', 'byTeam'],
  ['agent', 'byAgent'],
  ['rootCause', 'byRootCause'],
  ['action', 'byAction'],
] as const;

/** Whether recovered detractors came back: 7–10 and 9–10 after resolution, per team, agent, root cause, action. */
export function RecoverySection({ report, canLink }: { report: TCaseReport; canLink: boolean }) {
  const { t } = useTranslation();
  const r = report.recovery;
  return (
    <ReportSection
      title={t('cases.report.recovery.title')}
      subtitle={t('cases.report.recovery.subtitle')}
      testId="report-recovery"
    >
      {r.all.n === 0 ? (
        <Text fz="sm" c="dimmed" maw={720} data-testid="report-recovery-none">
          {t('cases.report.recovery.none')}
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ShareHeadline
              label={t('cases.report.recovery.recovered')}
              share={r.all}
              countKey="cases.report.recovery.of"
              testId="recovery-all"
            />
            <ShareHeadline
              label={t('cases.report.recovery.promoters')}
              share={r.promoters}
              countKey="cases.report.recovery.of"
              testId="recovery-promoters"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            {GROUPS.map(([dimension, field]) => (
              <ShareList
                key={dimension}
                title={t(`cases.report.recovery.${field}`)}
                dimension={dimension}
                shares={r[field]}
                reference={r.all.percent}
                canLink={canLink}
                testId={`recovery-${dimension}`}
              />
            ))}
          </SimpleGrid>
        </>
      )}
    </ReportSection>
  );
}
