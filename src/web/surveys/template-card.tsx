import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyMetric, TemplateId } from '../../shared/contracts/survey-model.js';

export interface TemplateCardProps {
  templateId: TemplateId;
  metric: SurveyMetric;
  /** Absent for members who may not create surveys. */
  onCreate?: (() => void) | undefined;
}

/** One built-in template: its name, what it measures and when it goes out. */
export function TemplateCard({ templateId, metric, onCreate }: TemplateCardProps) {
  const { t } = useTranslation();
  const name = t(`surveys.templates.${templateId}.name`);
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      data-testid={`template-${templateId}`}
      component="article"
      aria-labelledby={`template-title-${templateId}`}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} fz="md" id={`template-title-${templateId}`}>
            {name}
          </Title>
          <Badge variant="light" radius="sm" tt="none">
            {t(`surveys.metrics.${metric}`)}
          </Badge>
        </Group>
        <Stack gap={2}>
          <Text fz="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {t('surveys.templates.measures')}
          </Text>
          <Text fz="sm">{t(`surveys.templates.${templateId}.measures`)}</Text>
        </Stack>
        <Stack gap={2} style={{ flexGrow: 1 }}>
          <Text fz="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {t('surveys.templates.sent')}
          </Text>
          <Text fz="sm">{t(`surveys.templates.${templateId}.sent`)}</Text>
        </Stack>
        {onCreate ? (
          <Group justify="flex-end">
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={onCreate}
              aria-label={`${t('surveys.templates.create')}: ${name}`}
              data-testid={`template-create-${templateId}`}
            >
              {t('surveys.templates.create')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
