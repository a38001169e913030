import { Alert } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface SignupClosedHintProps {
  /** On an invitation the person already has one; they need an account made for them. */
  invited?: boolean;
}

/** Stands where sign-up links would be when the installation has sign-up turned off. */
export function SignupClosedHint({ invited = false }: SignupClosedHintProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconMailForward size={18} aria-hidden />}
      data-testid="signup-closed"
    >
      {invited ? t('auth.signupClosedInvited') : t('auth.signupClosed')}
    </Alert>
  );
}
