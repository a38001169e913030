import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSegments } from '../api/use-segments.js';
import { formatNumber } from '../lib/format.js';

export interface SegmentPickerProps {
  value: string | null;
  onChange: (segmentId: string | null) => void;
}

/** Saved segments; choosing one lists its members instead of the filtered list. */
export function SegmentPicker({ value, onChange }: SegmentPickerProps) {
  const { t } = useTranslation();
  const segments = useSegments();
  const items = segments.data ?? [];
  if (items.length === 0 && value === null) return null;
  return (
    <NativeSelect
      label={t('contacts.list.savedSegment')}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[
        { value: '', label: t('contacts.list.noSegment') },
        ...items.map((s) => ({
          value: s.id,
          label: t('contacts.list.segmentOption', { name: s.name, size: formatNumber(s.contacts) }),
        })),
      ]}
      w={{ base: '100%', sm: 260 }}
      data-testid="contacts-segment"
    />
  );
}
