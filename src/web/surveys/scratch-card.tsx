import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A sixth card beside the templates: a survey with one headline question, to word freely. */
export function ScratchCard({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="article"
      aria-labelledby="template-title-blank"
      data-testid="template-blank"
      style={{ borderStyle: 'dashed' }}
    >
      <Stack gap="sm" h="100%">
        <Title order={3} fz="md" id="template-title-blank">
          {t('builder.scratch.title')}
        </Title>
        <Text fz="sm" style={{ flexGrow: 1 }}>
          {t('builder.scratch.text')}
        </Text>
        <Group justify="flex-end">
          <Button
            variant="light"
            leftSection={<IconPencilPlus size={16} aria-hidden />}
            onClick={onCreate}
            aria-label={`${t('builder.scratch.create')}: ${t('builder.scratch.title')}`}
            data-testid="template-create-blank"
          >
            {t('builder.scratch.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
