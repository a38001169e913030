import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const STEPS = ['file', 'mapping', 'progress'] as const;
export type ImportStep = (typeof STEPS)[number];

/** Where the wizard stands: three numbered steps, the current one marked for screen readers too. */
export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <Group
      component="ol"
      gap="xl"
      mb="xl"
      p={0}
      m={0}
      aria-label={t('contacts.import.steps.label')}
      style={{ listStyle: 'none' }}
      wrap="wrap"
    >
      {STEPS.map((step, index) => {
        const done = index < at;
        const active = index === at;
        return (
          <Group
            component="li"
            key={step}
            gap="xs"
            aria-current={active ? 'step' : undefined}
            data-testid={`import-step-${step}`}
          >
            <ThemeIcon
              size={28}
              radius="xl"
              variant={active || done ? 'filled' : 'light'}
              color={active || done ? 'ink' : 'gray'}
            >
              {done ? (
                <IconCheck size={16} aria-hidden />
              ) : (
                <Text fz="sm" fw={700} c={active ? 'white' : 'dark.6'}>
                  {index + 1}
                </Text>
              )}
            </ThemeIcon>
            <Text fz="sm" fw={active ? 700 : 500} c={active ? 'dark.8' : 'dimmed'}>
              {t(`contacts.import.steps.${step}`)}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
