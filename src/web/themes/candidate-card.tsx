import '@mantine/core/styles/Blockquote.css';
import '@mantine/core/styles/Checkbox.css';
import { Badge, Blockquote, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsSplit, IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TThemeCandidate } from '../../shared/contracts/theme-discovery.js';

/** One candidate theme: its name or telling words, size, example comments (as text, never HTML) and its actions. */
export function CandidateCard({
  candidate,
  selected,
  busy,
  onSelect,
  onRename,
  onSplit,
  onDismiss,
  onPromote,
}: {
  candidate: TThemeCandidate;
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onRename: () => void;
  onSplit: () => void;
  onDismiss: () => void;
  onPromote: () => void;
}) {
  const { t } = useTranslation();
  const label = candidate.name ?? candidate.terms.slice(0, 3).join(', ');
  return (
    <Paper withBorder p="md" component="li" data-testid="candidate-card" data-candidate={candidate.id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <Checkbox
              mt={3}
              checked={selected}
              onChange={(e) => onSelect(e.currentTarget.checked)}
              aria-label={t('themeDiscovery.candidates.select', { name: label })}
              data-testid="candidate-select"
            />
            <Text fw={600} className="candidate-label">
              {label}
            </Text>
          </Group>
          <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
            {t('themeDiscovery.candidates.size', { count: candidate.size })}
          </Badge>
        </Group>
        <Group gap={6} aria-label={t('themeDiscovery.candidates.terms')}>
          {candidate.terms.map((term) => (
            <Badge key={term} variant="outline" color="ink" tt="none" fw={500}>
              {term}
            </Badge>
          ))}
        </Group>
        <Stack gap={6} aria-label={t('themeDiscovery.candidates.examples')}>
          {candidate.examples.map((e) => (
            <Blockquote key={e.itemId} p="xs" fz="sm" className="candidate-example">
              {e.text}
            </Blockquote>
          ))}
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconCheck size={14} aria-hidden />}
            onClick={onPromote}
            disabled={busy}
            data-testid="candidate-promote"
          >
            {t('themeDiscovery.candidates.promote')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={onRename}
            disabled={busy}
          >
            {t('themeDiscovery.candidates.rename')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowsSplit size={14} aria-hidden />}
            onClick={onSplit}
            disabled={busy || candidate.size < 2}
          >
            {t('themeDiscovery.candidates.split')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={onDismiss}
            disabled={busy}
          >
            {t('themeDiscovery.candidates.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
