import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import type { TSentimentModel } from '../../shared/contracts/sentiment-model.js';
import { useNumberLocale } from '../analytics/drill-link.js';
import { useSentimentModel, useTrainSentimentModel } from '../api/use-sentiment-model.js';
import { ReportSection } from '../cases/report/report-section.js';
import { formatCount } from '../analytics/format-metric.js';
import { numberFormat } from '../lib/number-locale.js';
import { useSession } from '../session/session-context.js';

/**
 * How the organization's comments are read: the lexicons, or its own model where that reads its
 * held-out comments better — with both figures, so the choice can be checked.
 */
export function SentimentReading() {
  const { t, i18n } = useTranslation();
  const locale = useNumberLocale();
  const { role } = useSession();
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  const state = useSentimentModel(waitingSince);
  const train = useTrainSentimentModel();
  const model = state.data?.model ?? null;
  const training =
    waitingSince !== null &&
    !(model && Date.parse(model.trainedAt) >= waitingSince) &&
    Date.now() - waitingSince < 120_000;
  const auc = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const figure = (f: NonNullable<TSentimentModel['model']>) =>
    t('themesPage.reading.auc', { auc: auc.format(f.auc), low: auc.format(f.low), high: auc.format(f.high) });
  const start = () => {
    setWaitingSince(Date.now());
    train.mutate();
  };
  return (
    <ReportSection
      title={t('themesPage.reading.title')}
      subtitle={t('themesPage.reading.subtitle')}
      testId="sentiment-reading"
    >
      <Stack gap="xs">
        {model === null ? (
          <Text fz="sm" data-testid="reading-none">
            {t('themesPage.reading.none', { min: formatCount(150, locale) })}
          </Text>
        ) : (
          <>
            <Group gap="xs">
              <Text fz="sm" fw={600}>
                {t('themesPage.reading.using')}
              </Text>
              <Badge
                variant="outline"
                color={model.chosen === 'model' ? 'teal' : 'gray'}
                c={model.chosen === 'model' ? 'teal.9' : 'gray.8'}
                data-testid="reading-chosen"
                data-chosen={model.chosen}
              >
                {t(`themesPage.reading.chosen.${model.chosen}`)}
              </Badge>
              <Text fz="xs" c="dimmed">
                {t('themesPage.reading.trainedAt', {
                  at: new Date(model.trainedAt).toLocaleString(i18n.language, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </Text>
            </Group>
            {model.model && model.lexicon ? (
              <Text fz="sm" data-testid="reading-figures">
                {t('themesPage.reading.figures', {
                  model: figure(model.model),
                  lexicon: figure(model.lexicon),
                  n: formatCount(model.heldOut.positive + model.heldOut.negative, locale),
                })}
              </Text>
            ) : (
              <Text fz="sm" data-testid="reading-too-few">
                {t('themesPage.reading.tooFew', {
                  positive: formatCount(model.comments.positive, locale),
                  negative: formatCount(model.comments.negative, locale),
                  min: formatCount(model.minPerClass, locale),
                })}
              </Text>
            )}
          </>
        )}
        {training ? (
          <Progress value={100} animated striped aria-label={t('themesPage.reading.training')} size="sm" />
        ) : null}
        {can(role, 'settings.manage') ? (
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={start}
              loading={training}
              data-testid="reading-train"
            >
              {t(model ? 'themesPage.reading.retrain' : 'themesPage.reading.train')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </ReportSection>
  );
}
