import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDimension } from '../../shared/contracts/metrics.js';
import { useMetricsDimensionValues } from '../api/use-metrics.js';
import { filterKeyOf } from './overview-url.js';
import { useDimensionLabel } from './use-dimension-label.js';

/** Stands for answers without a value: listed so people see they exist, but the API cannot filter on "none". */
const UNKNOWN = '\u0000unknown';

export interface DimensionFilterProps {
  dimension: TDimension;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** One dimension's filter; its options are the values in the organization's answers, loaded when the list opens. */
export function DimensionFilter({ dimension, value, onChange }: DimensionFilterProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const values = useMetricsDimensionValues(dimension, opened);
  const label = useDimensionLabel(dimension);
  const keys = value && !values.keys.includes(value) ? [value, ...values.keys] : values.keys;
  const data = keys.map((key) =>
    key === ''
      ? { value: UNKNOWN, label: t('analytics.filters.unknown'), disabled: true }
      : { value: key, label: label(key) },
  );

  return (
    <Select
      label={t(`analytics.dimensions.${dimension}`)}
      placeholder={t('analytics.filters.all')}
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(next && next !== UNKNOWN ? next : undefined)}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={values.isPending ? t('analytics.filters.loading') : t('analytics.filters.nothing')}
      searchable
      clearable
      w={{ base: '100%', xs: 170 }}
      comboboxProps={{ width: 260, position: 'bottom-start' }}
      data-testid={`filter-${filterKeyOf(dimension)}`}
    />
  );
}
