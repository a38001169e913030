import { Alert, Anchor, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TImportDetail } from '../../../shared/contracts/imports.js';
import { LinkButton } from '../../components/link-button.js';
import { formatNumber, formatPercent } from '../../lib/format.js';
import { areaPath, contactsImportPath, feedbackPath } from '../../router/routes.js';
import { ImportErrorsTable } from './import-errors-table.js';
import { ImportStat } from './import-stat.js';

/** Step 3: the background import, read every second until it is done or failed. */
export function ImportProgressStep({ detail }: { detail: TImportDetail }) {
  const { t } = useTranslation();
  const finished = detail.status === 'done' || detail.status === 'failed';
  const share = detail.status === 'done' ? 1 : detail.progress;
  const feedback = detail.kind === 'feedback';

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'lg', sm: 'xl' }}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2} fz="lg">
              {t('contacts.import.progressTitle', { file: detail.filename })}
            </Title>
            <Text fz="sm" c="dimmed" role="status" data-testid="import-status">
              {t(`contacts.import.status.${detail.status}`)}
            </Text>
          </Stack>
          <Stack gap={6} data-testid="import-progress" data-status={detail.status} data-progress={share}>
            <Group justify="space-between">
              <Text fz="sm" fw={600} id={`import-progress-label-${detail.id}`}>
                {t('contacts.import.progressLabel')}
              </Text>
              <Text fz="sm" c="dimmed">
                {formatPercent(share)}
              </Text>
            </Group>
            <Progress.Root size="lg" radius="xl">
              <Progress.Section
                value={share * 100}
                color={detail.status === 'failed' ? 'red.8' : detail.status === 'done' ? 'green.8' : 'ink'}
                animated={!finished}
                aria-labelledby={`import-progress-label-${detail.id}`}
              />
            </Progress.Root>
          </Stack>
          <SimpleGrid
            component="dl"
            cols={{ base: feedback ? 2 : 3, sm: feedback ? 4 : 3 }}
            m={0}
            spacing="lg"
          >
            <ImportStat
              label={t('contacts.import.processed')}
              value={formatNumber(detail.processedRows)}
              data-testid="import-processed"
            />
            <ImportStat
              label={t('contacts.import.imported')}
              value={formatNumber(detail.okRows)}
              data-testid="import-imported"
            />
            {feedback ? (
              <ImportStat
                label={t('contacts.import.feedback.duplicates')}
                value={formatNumber(detail.duplicateRows)}
                data-testid="import-duplicates"
              />
            ) : null}
            <ImportStat
              label={t('contacts.import.errors')}
              value={formatNumber(detail.errorRows)}
              data-testid="import-error-count"
            />
          </SimpleGrid>
          {detail.status === 'done' ? (
            <Alert
              color="green"
              variant="light"
              icon={<IconCircleCheck size={18} aria-hidden />}
              data-testid="import-done"
            >
              <Stack gap="sm" align="flex-start">
                <Text fz="sm" fw={700} c="#1b5e2a">
                  {t('contacts.import.status.done')}
                </Text>
                <Text fz="sm">
                  {t(feedback ? 'contacts.import.feedback.doneText' : 'contacts.import.doneText', {
                    ok: formatNumber(detail.okRows),
                  })}
                </Text>
                <Group gap="sm">
                  {feedback ? (
                    <LinkButton to={feedbackPath()} size="sm" data-testid="import-to-feedback">
                      {t('contacts.import.feedback.toFeedback')}
                    </LinkButton>
                  ) : (
                    <LinkButton to={areaPath('contacts')} size="sm" data-testid="import-to-contacts">
                      {t('contacts.import.toContacts')}
                    </LinkButton>
                  )}
                  <LinkButton to={contactsImportPath()} size="sm" variant="default">
                    {t('contacts.import.startAnother')}
                  </LinkButton>
                </Group>
              </Stack>
            </Alert>
          ) : null}
          {detail.status === 'failed' ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} aria-hidden />}
              role="alert"
              data-testid="import-failed"
            >
              <Text fz="sm" fw={700} c="red.9">
                {t('contacts.import.status.failed')}
              </Text>
              <Text fz="sm">{t('contacts.import.failedText', { reason: detail.failure ?? '' })}</Text>
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      {detail.errorRows > 0 || detail.errors.length > 0 ? (
        <Paper withBorder p={{ base: 'lg', sm: 'xl' }}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Stack gap={4}>
                <Title order={2} fz="lg">
                  {t('contacts.import.errorsTitle')}
                </Title>
                <Text fz="sm" c="dimmed">
                  {t('contacts.import.errorsText')}
                </Text>
              </Stack>
              <Anchor
                href={`/api/v1/imports/${encodeURIComponent(detail.id)}/errors.csv`}
                download
                fz="sm"
                data-testid="import-errors-download"
              >
                <Group gap={4} component="span">
                  <IconDownload size={16} aria-hidden />
                  {t('contacts.import.downloadErrors')}
                </Group>
              </Anchor>
            </Group>
            <ImportErrorsTable errors={detail.errors} />
            {detail.errorRows > detail.errors.length ? (
              <Text fz="xs" c="dimmed">
                {t('contacts.import.errorsMore', {
                  shown: formatNumber(detail.errors.length),
                  total: formatNumber(detail.errorRows),
                })}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
