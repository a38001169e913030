import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSegments } from '../../api/use-segments.js';
import { formatNumber } from '../../lib/format.js';

export interface SegmentSelectProps {
  label: string;
  value: string;
  onChange: (segmentId: string) => void;
  /** The label of the empty choice: a prompt to choose, or what "no segment" means. */
  emptyLabel: string;
  error?: string | undefined;
  description?: string | undefined;
  disabled?: boolean;
  maw?: number;
  inputWrapperOrder?: ('label' | 'input' | 'description' | 'error')[];
  'data-testid'?: string;
}

/** The organization's saved segments with their current size; '' is the empty choice. */
export function SegmentSelect({
  label,
  value,
  onChange,
  emptyLabel,
  error,
  description,
  disabled = false,
  ...rest
}: SegmentSelectProps) {
  const { t } = useTranslation();
  const segments = useSegments();
  return (
    <NativeSelect
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      disabled={disabled || segments.isPending}
      data={[
        { value: '', label: emptyLabel },
        ...(segments.data ?? []).map((s) => ({
          value: s.id,
          label: t('sending.send.segmentOption', { name: s.name, size: formatNumber(s.contacts) }),
        })),
      ]}
      {...rest}
    />
  );
}
