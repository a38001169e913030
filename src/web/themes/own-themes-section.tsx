import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOwnTheme } from '../../shared/contracts/theme-discovery.js';
import { useDeleteOwnTheme, useOwnThemes, useUpdateOwnTheme } from '../api/use-theme-discovery.js';
import { useNumberLocale } from '../analytics/drill-link.js';
import { formatCount } from '../analytics/format-metric.js';
import { ReportSection } from '../cases/report/report-section.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { errorMessage } from '../lib/error-message.js';
import { NameDialog } from './name-dialog.js';

/** The organization's own themes with rename and delete, and the progress of the replay a change starts. */
export function OwnThemesSection() {
  const { t, i18n } = useTranslation();
  const locale = useNumberLocale();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const own = useOwnThemes();
  const update = useUpdateOwnTheme();
  const remove = useDeleteOwnTheme();
  const [renaming, setRenaming] = useState<TOwnTheme | null>(null);
  const [deleting, setDeleting] = useState<TOwnTheme | null>(null);

  let body;
  if (own.isPending) body = <SectionLoader />;
  else if (own.isError) body = <SectionError error={own.error} onRetry={() => void own.refetch()} />;
  else {
    const replay = own.data.replay;
    body = (
      <>
        {replay && replay.status !== 'done' ? (
          <Stack gap={4} data-testid="own-themes-replay">
            <Text fz="sm">
              {t('themeDiscovery.own.replaying', {
                done: formatCount(replay.done, locale),
                total: formatCount(replay.total, locale),
              })}
            </Text>
            <Progress
              value={replay.total > 0 ? (replay.done / replay.total) * 100 : 0}
              animated
              aria-label={t('themeDiscovery.own.replaying', { done: replay.done, total: replay.total })}
            />
          </Stack>
        ) : replay ? (
          <Text fz="xs" c="dimmed" data-testid="own-themes-replay-done">
            {t('themeDiscovery.own.replayDone')}
          </Text>
        ) : null}
        {own.data.themes.length === 0 ? (
          <Text fz="sm">{t('themeDiscovery.own.none')}</Text>
        ) : (
          <ul className="own-theme-list" data-testid="own-themes-list">
            {own.data.themes.map((theme) => (
              <li key={theme.id} className="own-theme-row" data-theme={theme.id}>
                <div className="own-theme-text">
                  <Text fw={600}>{theme.name[lang]}</Text>
                  <Text fz="xs" c="dimmed">
                    {t('themeDiscovery.own.terms', {
                      terms: [...new Set([...theme.terms.de, ...theme.terms.en])].join(', '),
                    })}
                  </Text>
                </div>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setRenaming(theme)}
                  >
                    {t('themeDiscovery.own.rename')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => setDeleting(theme)}
                  >
                    {t('themeDiscovery.own.delete')}
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <ReportSection
      title={t('themeDiscovery.own.title')}
      subtitle={t('themeDiscovery.own.subtitle')}
      testId="own-themes-section"
    >
      {body}
      {renaming ? (
        <NameDialog
          title={t('themeDiscovery.own.renameTitle')}
          fields={[
            { key: 'en', label: t('themeDiscovery.promote.nameEn'), initial: renaming.name.en },
            { key: 'de', label: t('themeDiscovery.promote.nameDe'), initial: renaming.name.de },
          ]}
          busy={update.isPending}
          error={update.error ? errorMessage(update.error) : null}
          onClose={() => {
            update.reset();
            setRenaming(null);
          }}
          onSubmit={(v) =>
            update.mutate(
              { id: renaming.id, body: { name: { en: v.en ?? '', de: v.de ?? '' } } },
              { onSuccess: () => setRenaming(null) },
            )
          }
        />
      ) : null}
      {deleting ? (
        <Modal
          opened
          centered
          onClose={() => setDeleting(null)}
          title={t('themeDiscovery.own.deleteTitle', { name: deleting.name[lang] })}
        >
          <Stack gap="sm">
            <Text fz="sm">{t('themeDiscovery.own.deleteText')}</Text>
            {remove.error ? (
              <Text fz="sm" c="red.8" role="alert">
                {errorMessage(remove.error)}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('themeDiscovery.candidates.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
              >
                {t('themeDiscovery.own.confirmDelete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </ReportSection>
  );
}
