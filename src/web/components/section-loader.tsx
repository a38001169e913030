import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SectionLoader() {
  const { t } = useTranslation();
  return (
    <Center py={64} role="status">
      {/* The loader is a plain span: a label on it is not announced (and axe refuses it). */}
      <Loader size="sm" aria-hidden />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}
