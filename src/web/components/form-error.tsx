import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../lib/error-message.js';

/** The reason a form could not be sent, right above its submit button. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} aria-hidden />}
      role="alert"
      data-testid="form-error"
    >
      {errorMessage(error)}
    </Alert>
  );
}
