import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface SurveySectionProps {
  title: string;
  description?: ReactNode;
  /** Right of the title: a switch or a badge. */
  aside?: ReactNode;
  children?: ReactNode;
  /** The heading's id, for content that refers to it (a chart labelled by the title). */
  titleId?: string;
  'data-testid'?: string;
}

/** A titled card on a survey's page; the title names the region for screen readers. */
export function SurveySection({ title, description, aside, children, titleId, ...rest }: SurveySectionProps) {
  const ownId = useId();
  const id = titleId ?? ownId;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id} {...rest}>
      <Stack gap="md">
        <Stack gap={4}>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              gap: 'var(--mantine-spacing-sm)',
              flexWrap: 'wrap',
            }}
          >
            <Title order={2} fz="lg" id={id}>
              {title}
            </Title>
            {aside}
          </div>
          {description ? (
            <Text fz="sm" c="dimmed" maw={760}>
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
