import i18next from 'i18next';

/** Stable ids stored in `industry`; benchmarks will key on them. */
export const INDUSTRIES = [
  'software',
  'ecommerce',
  'banking',
  'insurance',
  'telecom',
  'utilities',
  'healthcare',
  'travel',
  'automotive',
  'education',
  'publicSector',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export function isIndustry(value: string): value is Industry {
  return (INDUSTRIES as readonly string[]).includes(value);
}

/** Select options; a value saved by other means (API) stays selectable as it is. */
export function industryOptions(current: string | null): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [
    { value: '', label: i18next.t('organization.industryNone') },
    ...INDUSTRIES.map((id) => ({ value: id, label: i18next.t(`organization.industries.${id}`) })),
  ];
  if (current && !isIndustry(current)) options.push({ value: current, label: current });
  return options;
}
