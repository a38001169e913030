import { Button, Checkbox, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEventType } from '../../../shared/contracts/webhook-events.js';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import type { TCreatedWebhookEndpoint } from '../../api/contract-types.js';
import { ApiError } from '../../api/http.js';
import { useCreateWebhookEndpoint } from '../../api/use-create-webhook-endpoint.js';
import { useUpdateWebhookEndpoint } from '../../api/use-update-webhook-endpoint.js';
import { FormError } from '../../components/form-error.js';
import { notifySuccess } from '../../lib/notify.js';
import { EVENT_TYPES } from './webhook-event-types.js';
import {
  clientFieldErrors,
  endpointFieldOf,
  serverFieldError,
  type EndpointField,
} from './webhook-field-error.js';

export interface EndpointFormProps {
  /** null for a new endpoint. */
  endpoint: TWebhookEndpoint | null;
  onCreated: (created: TCreatedWebhookEndpoint) => void;
  onDone: () => void;
}

/** Adds an endpoint or changes one: URL, events, description, on/off. The server checks the URL's address. */
export function EndpointForm({ endpoint, onCreated, onDone }: EndpointFormProps) {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  const update = useUpdateWebhookEndpoint();
  const saving = endpoint ? update : create;
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [eventTypes, setEventTypes] = useState<string[]>(endpoint ? [...endpoint.eventTypes] : []);
  const [isEnabled, setIsEnabled] = useState(endpoint?.isEnabled ?? true);
  const [errors, setErrors] = useState<Partial<Record<EndpointField, string>>>({});
  const idPrefix = endpoint ? `webhook-${endpoint.id}` : 'webhook-new';

  const serverErrors: Partial<Record<EndpointField, string>> = {};
  if (saving.error instanceof ApiError) {
    for (const d of saving.error.details) {
      const field = d.field?.replace(/^body\./, '') ?? '';
      const at = endpointFieldOf(field);
      if (at) serverErrors[at] ??= serverFieldError(field, d.message);
    }
  }
  const tooMany = saving.error instanceof ApiError && saving.error.code === 'CONFLICT';
  const formError = saving.error && Object.keys(serverErrors).length === 0 && !tooMany ? saving.error : null;
  const errorOf = (field: EndpointField) => errors[field] ?? serverErrors[field];

  function touched(field: EndpointField) {
    if (errors[field]) setErrors(({ [field]: _cleared, ...rest }) => rest);
    if (saving.isError) saving.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = clientFieldErrors({ url, eventTypes, description });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      url: url.trim(),
      eventTypes: EVENT_TYPES.filter((type) => eventTypes.includes(type)),
      description: description.trim() === '' ? null : description.trim(),
      isEnabled,
    };
    if (endpoint) {
      update.mutate(
        { id: endpoint.id, patch: body },
        {
          onSuccess: () => {
            notifySuccess(t('integrations.form.saved'));
            onDone();
          },
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          onCreated(created);
          onDone();
        },
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={saving.isPending} data-testid="webhook-form">
      <Stack gap="md">
        <Title order={3} fz="md">
          {endpoint ? t('integrations.form.editTitle') : t('integrations.form.newTitle')}
        </Title>
        <TextInput
          data-testid="webhook-url"
          label={t('integrations.form.url')}
          description={t('integrations.form.urlHint')}
          placeholder={t('integrations.form.urlPlaceholder')}
          type="url"
          required
          autoComplete="off"
          spellCheck={false}
          value={url}
          onChange={(e) => {
            setUrl(e.currentTarget.value);
            touched('url');
          }}
          error={errorOf('url')}
        />
        <Checkbox.Group
          label={t('integrations.form.events')}
          description={t('integrations.form.eventsHint')}
          required
          value={eventTypes}
          onChange={(value) => {
            setEventTypes(value);
            touched('eventTypes');
          }}
          error={errorOf('eventTypes')}
          data-testid="webhook-events"
        >
          <Stack gap="xs" mt="xs">
            {EVENT_TYPES.map((type: WebhookEventType) => (
              <Checkbox
                key={type}
                value={type}
                id={`${idPrefix}-event-${type}`}
                data-testid={`webhook-event-${type}`}
                label={
                  <Text fz="sm" span ff="monospace">
                    {type}
                  </Text>
                }
                description={t(`integrations.eventTypes.${type}`)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          data-testid="webhook-description"
          label={t('integrations.form.description')}
          description={t('integrations.form.descriptionHint')}
          placeholder={t('integrations.form.descriptionPlaceholder')}
          maxLength={500}
          value={description}
          onChange={(e) => {
            setDescription(e.currentTarget.value);
            touched('description');
          }}
          error={errorOf('description')}
        />
        <Switch
          data-testid="webhook-enabled"
          label={t('integrations.form.enabled')}
          description={t('integrations.form.enabledHint')}
          checked={isEnabled}
          onChange={(e) => setIsEnabled(e.currentTarget.checked)}
        />
        {tooMany ? (
          <Text fz="sm" c="red.9" role="alert">
            {t('integrations.form.errors.tooMany')}
          </Text>
        ) : null}
        <FormError error={formError} />
        <Group gap="sm">
          <Button type="submit" loading={saving.isPending} data-testid="webhook-save">
            {endpoint ? t('integrations.form.save') : t('integrations.form.create')}
          </Button>
          <Button variant="default" onClick={onDone} data-testid="webhook-cancel">
            {t('integrations.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
