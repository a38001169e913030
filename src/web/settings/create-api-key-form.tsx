import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateApiKeyRequest, type TCreateApiKeyResponse } from '../../shared/contracts/api-keys.js';
import { useCreateApiKey } from '../api/use-create-api-key.js';
import { fieldErrorsOf } from '../lib/error-message.js';

export function CreateApiKeyForm({ onCreated }: { onCreated: (created: TCreateApiKeyResponse) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const serverErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    // The same contract the server validates with.
    const parsed = ZCreateApiKeyRequest.safeParse({ name });
    if (!parsed.success) {
      setError(
        name.trim().length === 0
          ? t('auth.required')
          : (parsed.error.issues[0]?.message ?? t('errors.generic')),
      );
      return;
    }
    setError(null);
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        setName('');
        onCreated(created);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          data-testid="apikey-name"
          label={t('apiKeys.name')}
          placeholder={t('apiKeys.namePlaceholder')}
          required
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error ?? serverErrors.name}
          style={{ flex: '1 1 280px' }}
          maw={420}
        />
        <Button
          type="submit"
          loading={create.isPending}
          leftSection={<IconPlus size={16} aria-hidden />}
          mt={25}
          data-testid="apikey-create"
        >
          {t('apiKeys.create')}
        </Button>
      </Group>
    </form>
  );
}
