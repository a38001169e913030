import {
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contracts/common.js';
import type { TOrganization } from '../../shared/contracts/organization.js';
import { useUpdateOrganizationSettings } from '../api/use-update-organization-settings.js';
import { isLanguage } from '../i18n/i18n.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { formatDate } from '../lib/format.js';
import { currencyName, formatMoney } from '../lib/format-money.js';
import { localeOf } from '../lib/number-locale.js';
import { notifySuccess } from '../lib/notify.js';
import { industryOptions } from './industries.js';

export interface OrganizationSettingsFormProps {
  organization: TOrganization;
  disabled: boolean;
}

export function OrganizationSettingsForm({ organization, disabled }: OrganizationSettingsFormProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const update = useUpdateOrganizationSettings();
  const [language, setLanguage] = useState<Language>(organization.defaultLanguage);
  const [industry, setIndustry] = useState(organization.industry ?? '');
  const [currency, setCurrency] = useState(organization.currency);
  // Every ISO 4217 code the browser knows, named in the interface language ("CHF – Swiss Franc").
  const currencies = useMemo(
    () =>
      Intl.supportedValuesOf('currency').map((code) => ({
        value: code,
        label: `${code} – ${currencyName(code, locale)}`,
      })),
    [locale],
  );
  const serverErrors = fieldErrorsOf(update.error);
  const changed =
    language !== organization.defaultLanguage ||
    industry !== (organization.industry ?? '') ||
    currency !== organization.currency;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { defaultLanguage: language, industry: industry === '' ? null : industry, currency },
      { onSuccess: () => notifySuccess(t('organization.saved')) },
    );
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Stack gap={2}>
            <Text fz="sm" c="dimmed">
              {t('organization.name')}
            </Text>
            <Text fw={600} data-testid="org-settings-name">
              {organization.name}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text fz="sm" c="dimmed">
              {t('organization.slug')}
            </Text>
            <Text fw={600}>{organization.slug}</Text>
          </Stack>
          <Stack gap={2}>
            <Text fz="sm" c="dimmed">
              {t('organization.created')}
            </Text>
            <Text fw={600}>{formatDate(organization.createdAt)}</Text>
          </Stack>
        </SimpleGrid>
        <Stack gap={6}>
          <Text fz="sm" fw={500} id="default-language-label">
            {t('organization.defaultLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="default-language-label"
            data-testid="org-default-language"
            w="fit-content"
            disabled={disabled}
            value={language}
            onChange={(value) => {
              if (isLanguage(value)) setLanguage(value);
            }}
            data={[
              { value: 'de', label: t('language.de') },
              { value: 'en', label: t('language.en') },
            ]}
          />
          <Text fz="xs" c="dimmed" maw={560}>
            {t('organization.defaultLanguageHint')}
          </Text>
          {serverErrors.defaultLanguage ? (
            <Text fz="xs" c="red">
              {serverErrors.defaultLanguage}
            </Text>
          ) : null}
        </Stack>
        <NativeSelect
          data-testid="org-industry"
          label={t('organization.industry')}
          description={t('organization.industryHint')}
          data={industryOptions(organization.industry)}
          value={industry}
          disabled={disabled}
          onChange={(e) => setIndustry(e.currentTarget.value)}
          error={serverErrors.industry}
          maw={360}
        />
        <Select
          data-testid="org-currency"
          label={t('analytics.currency.label')}
          description={t('analytics.currency.hint', { example: formatMoney(1234, currency, locale) })}
          data={currencies}
          value={currency}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('analytics.currency.none')}
          disabled={disabled}
          onChange={(value) => value && setCurrency(value)}
          error={serverErrors.currency}
          maw={360}
        />
        {disabled ? null : (
          <Group>
            <Button
              type="submit"
              disabled={!changed}
              loading={update.isPending}
              data-testid="org-settings-save"
            >
              {t('organization.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
