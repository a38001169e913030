import { Button, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateSsoProviderRequest } from '../../shared/contracts/sso.js';
import { ApiError } from '../api/http.js';
import { useCreateSsoProvider } from '../api/use-create-sso-provider.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';
import { clientFieldError, isSsoField, serverFieldError, type SsoField } from './sso-field-error.js';
import { SsoRedirectUri } from './sso-redirect-uri.js';

type Values = Record<SsoField, string>;
const EMPTY: Values = { providerId: '', issuer: '', domain: '', clientId: '', clientSecret: '' };

/** Registers the organization's OpenID Connect provider; the server discovers its endpoints. */
export function CreateSsoProviderForm() {
  const { t } = useTranslation();
  const create = useCreateSsoProvider();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Values>>({});

  const serverErrors: Partial<Values> = {};
  if (create.error instanceof ApiError) {
    for (const [field, message] of Object.entries(create.error.fieldErrors())) {
      if (isSsoField(field)) serverErrors[field] ??= serverFieldError(field, message);
    }
  }
  // Errors that belong to a field show there; the rest above the button.
  const formError = create.error && Object.keys(serverErrors).length === 0 ? create.error : null;
  const errorOf = (field: SsoField) => errors[field] ?? serverErrors[field];

  function change(field: SsoField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) {
      setErrors((e) => {
        const { [field]: _cleared, ...rest } = e;
        return rest;
      });
    }
    if (create.isError) create.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // The contract the server validates with, checked here first for instant, translated feedback.
    const parsed = ZCreateSsoProviderRequest.safeParse(values);
    if (!parsed.success) {
      const found: Partial<Values> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (isSsoField(field)) found[field] ??= clientFieldError(field, values[field]);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        notifySuccess(t('sso.added', { providerId: created.providerId, domain: created.domain }));
        setValues(EMPTY);
      },
    });
  }

  const field = (name: SsoField) => ({
    value: values[name],
    onChange: (e: { currentTarget: { value: string } }) => change(name, e.currentTarget.value),
    error: errorOf(name),
    required: true,
  });

  return (
    <form onSubmit={submit} noValidate aria-busy={create.isPending}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            data-testid="sso-provider-id"
            label={t('sso.providerId')}
            description={t('sso.providerIdHint')}
            placeholder={t('sso.providerIdPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            maxLength={63}
            {...field('providerId')}
          />
          <TextInput
            data-testid="sso-domain"
            label={t('sso.domain')}
            description={t('sso.domainHint')}
            placeholder="acme.com"
            autoComplete="off"
            spellCheck={false}
            {...field('domain')}
          />
        </SimpleGrid>
        <TextInput
          data-testid="sso-issuer"
          label={t('sso.issuer')}
          description={t('sso.issuerHint')}
          placeholder="https://acme.okta.com"
          type="url"
          autoComplete="off"
          spellCheck={false}
          {...field('issuer')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            data-testid="sso-client-id"
            label={t('sso.clientId')}
            autoComplete="off"
            spellCheck={false}
            {...field('clientId')}
          />
          <PasswordInput
            data-testid="sso-client-secret"
            label={t('sso.clientSecret')}
            autoComplete="new-password"
            {...field('clientSecret')}
          />
        </SimpleGrid>
        <SsoRedirectUri providerId={values.providerId.trim()} />
        <FormError error={formError} />
        <Group gap="md">
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconPlus size={16} aria-hidden />}
            data-testid="sso-save"
          >
            {t('sso.save')}
          </Button>
          {create.isPending ? (
            <Text fz="sm" c="dimmed" role="status" data-testid="sso-saving">
              {t('sso.saving')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
