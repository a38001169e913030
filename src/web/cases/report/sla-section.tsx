import { SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseReport } from '../../../shared/contracts/cases.js';
import { ReportSection } from './report-section.js';
import { ShareHeadline } from './share-headline.js';
import { ShareList } from './share-list.js';

const DIMENSIONS = [
  ['channel', 'byChannel'],
  ['team', 'byTeam'],
  ['agent', 'byAgent'],
] as const;

/** % of first-response and resolution targets met, overall and per channel, team and agent. */
export function SlaSection({ report, canLink }: { report: TCaseReport; canLink: boolean }) {
  const { t } = useTranslation();
  const targets = [
    ['firstResponse', report.slaFirstResponse],
    ['resolution', report.slaResolution],
  ] as const;
  const none = report.slaFirstResponse.all.n === 0 && report.slaResolution.all.n === 0;
  return (
    <ReportSection
      title={t('cases.report.sla.title')}
      subtitle={t('cases.report.sla.subtitle')}
      testId="report-sla"
    >
      {none ? (
        <Text fz="sm" c="dimmed" data-testid="report-sla-none">
          {t('cases.report.sla.none')}
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {targets.map(([target, sla]) => (
              <ShareHeadline
                key={target}
                label={t(`cases.report.sla.${target}`)}
                share={sla.all}
                countKey="cases.report.sla.met"
                testId={`sla-${target}`}
              />
            ))}
          </SimpleGrid>
          {DIMENSIONS.map(([dimension, field]) => (
            <div key={dimension}>
              <Title order={3} fz="md" mb="xs">
                {t(`cases.report.sla.${field}`)}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
                {targets.map(([target, sla]) => (
                  <ShareList
                    key={target}
                    title={t(`cases.report.sla.${target}`)}
                    dimension={dimension}
                    shares={sla[field]}
                    reference={sla.all.percent}
                    canLink={canLink}
                    testId={`sla-${target}-${dimension}`}
                  />
                ))}
              </SimpleGrid>
            </div>
          ))}
        </>
      )}
    </ReportSection>
  );
}
