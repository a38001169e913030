import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMe } from '../../shared/contracts/organization.js';
import { ApiError } from '../api/http.js';
import { useCreateOrganization } from '../api/use-create-organization.js';
import { AuthLayout } from '../components/auth-layout.js';
import { FormError } from '../components/form-error.js';
import { errorMessage, fieldErrorsOf } from '../lib/error-message.js';
import { SLUG_PATTERN, slugify } from '../../shared/slugify.js';
import { collectErrors, requiredError } from '../lib/validate.js';
import { AppLink } from '../router/app-link.js';
import { navigate } from '../router/history.js';

type Field = 'name' | 'slug';

const SLUG_TAKEN = new Set(['ORGANIZATION_ALREADY_EXISTS', 'ORGANIZATION_SLUG_ALREADY_TAKEN', 'CONFLICT']);

/** A signed-in person creates an organization and becomes its owner. */
export function OnboardingPage({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const create = useCreateOrganization();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = fieldErrorsOf(create.error);
  // A taken slug is a problem of that field, not of the whole form.
  const slugTaken = create.error instanceof ApiError && SLUG_TAKEN.has(create.error.code);
  const isFirst = me.memberships.length === 0;
  const effectiveSlug = slugTouched ? slug : slugify(name);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = collectErrors<Field>({
      name: requiredError(name),
      slug:
        requiredError(effectiveSlug) ??
        (SLUG_PATTERN.test(effectiveSlug) ? null : t('onboarding.slugInvalid')),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { name: name.trim(), slug: effectiveSlug },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  }

  return (
    <AuthLayout
      title={isFirst ? t('onboarding.title') : t('onboarding.anotherTitle')}
      subtitle={isFirst ? t('onboarding.subtitle') : t('onboarding.anotherSubtitle')}
      footer={
        isFirst ? (
          <Stack gap={4}>
            <Text c="dimmed" fz="sm">
              {t('onboarding.signedInAs', { email: me.user.email })}
            </Text>
            <Text c="dimmed" fz="sm">
              {t('onboarding.pendingInvite')}
            </Text>
          </Stack>
        ) : (
          <Text ta="center" fz="sm">
            <AppLink to="/">{t('onboarding.cancel')}</AppLink>
          </Text>
        )
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            data-testid="org-name"
            label={t('onboarding.name')}
            placeholder={t('onboarding.namePlaceholder')}
            autoComplete="organization"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name ?? serverErrors.name}
          />
          <TextInput
            data-testid="org-slug"
            label={t('onboarding.slug')}
            description={t('onboarding.slugHint')}
            required
            value={effectiveSlug}
            onChange={(e) => {
              setSlugTouched(true);
              setSlug(e.currentTarget.value.toLowerCase());
            }}
            error={errors.slug ?? (slugTaken ? errorMessage(create.error) : serverErrors.slug)}
            leftSection={
              <Text fz="sm" c="dimmed" pl={4}>
                /
              </Text>
            }
          />
          <FormError error={slugTaken ? null : create.error} />
          <Button type="submit" size="md" loading={create.isPending} data-testid="org-create">
            {t('onboarding.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
