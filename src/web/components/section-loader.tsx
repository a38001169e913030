import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SectionLoader() {
  const { t } = useTranslation();
  return (
    <Center py={64} role="status">
      <Loader size="sm" aria-label={t('app.loading')} />
    </Center>
  );
}
