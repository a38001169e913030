import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NPS_COLORS, npsCategory } from './nps.js';

/** "Promoter · 9" on the category's tint. */
export function NpsBadge({ score, size = 'lg' }: { score: number; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const category = npsCategory(score);
  const colors = NPS_COLORS[category];
  return (
    <Badge
      size={size}
      radius="sm"
      styles={{ root: { background: colors.tint, color: colors.text, textTransform: 'none' } }}
      data-category={category}
    >
      {t(`contacts.profile.categories.${category}`)} · {score}
    </Badge>
  );
}
