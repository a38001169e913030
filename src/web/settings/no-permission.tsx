import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context.js';

export function NoPermission() {
  const { t } = useTranslation();
  const { role } = useSession();
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />} data-testid="no-permission">
      {t('settings.noPermission', { role: t(`roles.${role}`) })}
    </Alert>
  );
}
