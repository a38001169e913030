import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError } from '../api/http.js';
import { errorMessage } from '../lib/error-message.js';

/**
 * A refused change, with every field the API named ("rootCause: must not be empty"), so the
 * agent sees what to fix even where no form field shows it.
 */
export function CaseApiError({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? Object.entries(error.fieldErrors()) : [];
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} aria-hidden />}
      role="alert"
      data-testid="case-error"
    >
      {errorMessage(error)}
      {fields.length > 0 ? (
        <List size="sm" mt={4}>
          {fields.map(([field, message]) => (
            <List.Item key={field} data-field={field}>
              <code>{field}</code>: {message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
