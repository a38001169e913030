import { EmptyState, Paper } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Paper withBorder p={48}>
        <EmptyState icon={<IconMapQuestion size={30} stroke={1.5} aria-hidden />} title={t('notFound.text')}>
          <EmptyState.Actions>
            <LinkButton to="/">{t('notFound.back')}</LinkButton>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </>
  );
}
