import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EXTRA_QUESTION_TYPES, type ExtraQuestionType } from './builder-draft.js';

/** Optional extra questions to add after the score: single choice, rating or open answer. */
export function AddQuestionButtons({
  onAdd,
  disabled,
}: {
  onAdd: (type: ExtraQuestionType) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="section" aria-label={t('builder.addQuestion')}>
      <Text fz="sm" fw={600}>
        {t('builder.addQuestion')}
      </Text>
      <Group gap="xs">
        {EXTRA_QUESTION_TYPES.map((type) => (
          <Button
            key={type}
            variant="default"
            size="sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onAdd(type)}
            disabled={disabled}
            data-testid={`builder-add-${type}`}
          >
            {t(`builder.addTypes.${type}`)}
          </Button>
        ))}
      </Group>
      <Text fz="xs" c="dimmed">
        {t('builder.addHint')}
      </Text>
    </Stack>
  );
}
