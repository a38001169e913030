import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseReport } from '../../../shared/contracts/cases.js';
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
  const id = useId();
  const targets = [
    ['firstResponse', report.slaFirstResponse],
    ['resolution', report.slaResolution],
  ] as const;
  const none = report.slaFirstResponse.all.n === 0 && report.slaResolution.all.n === 0;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      mb="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="report-sla"
    >
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id={`${id}-title`}>
            {t('cases.report.sla.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('cases.report.sla.subtitle')}
          </Text>
        </div>
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
      </Stack>
    </Paper>
  );
}
