import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactFilters } from '../api/use-contacts.js';
import { formatLanguage } from '../lib/format.js';

/** Languages offered as a filter; the API takes any ISO 639-1 code. */
const LANGUAGES = ['de', 'en', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'sv', 'da', 'tr'] as const;

export interface ContactFiltersBarProps {
  value: Required<ContactFilters>;
  onChange: (next: Required<ContactFilters>) => void;
}

/** Search and attribute filters above the contacts table. */
export function ContactFiltersBar({ value, onChange }: ContactFiltersBarProps) {
  const { t } = useTranslation();
  const set = (key: keyof ContactFilters) => (next: string) => onChange({ ...value, [key]: next });
  const active = Object.values(value).some((v) => v.trim().length > 0);

  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search">
      <TextInput
        label={t('contacts.list.search')}
        placeholder={t('contacts.list.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.q}
        onChange={(e) => set('q')(e.currentTarget.value)}
        maxLength={200}
        w={{ base: '100%', sm: 300 }}
        data-testid="contacts-search"
      />
      <TextInput
        label={t('contacts.list.segment')}
        value={value.segment}
        onChange={(e) => set('segment')(e.currentTarget.value)}
        w={170}
        data-testid="contacts-filter-segment"
      />
      <TextInput
        label={t('contacts.list.region')}
        value={value.region}
        onChange={(e) => set('region')(e.currentTarget.value)}
        w={170}
        data-testid="contacts-filter-region"
      />
      <NativeSelect
        label={t('contacts.list.language')}
        value={value.language}
        onChange={(e) => set('language')(e.currentTarget.value)}
        data={[
          { value: '', label: t('contacts.list.anyLanguage') },
          ...LANGUAGES.map((code) => ({ value: code, label: formatLanguage(code) })),
        ]}
        w={170}
        data-testid="contacts-filter-language"
      />
      {active ? (
        <Button variant="subtle" onClick={() => onChange({ q: '', segment: '', region: '', language: '' })}>
          {t('contacts.list.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
