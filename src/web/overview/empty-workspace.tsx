import { Button, EmptyState, Paper, Text } from '@mantine/core';
import { IconChartArcs, IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface EmptyWorkspaceProps {
  /** Whether the person may fill the organization with demo data. */
  canFill: boolean;
  filling: boolean;
  onFill: () => void;
}

/** The overview of an organization without contacts or feedback: what will appear, and the demo button. */
export function EmptyWorkspace({ canFill, filling, onFill }: EmptyWorkspaceProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'lg', sm: 48 }} mb="xl">
      <EmptyState
        icon={<IconChartArcs size={30} stroke={1.5} aria-hidden />}
        variant="light"
        size="lg"
        title={t('overview.emptyTitle')}
        description={t('overview.emptyText')}
        maw={620}
        mx="auto"
      >
        <EmptyState.Actions>
          {canFill ? (
            <Button
              size="md"
              leftSection={<IconWand size={18} aria-hidden />}
              loading={filling}
              onClick={onFill}
              data-testid="demo-fill"
            >
              {t('overview.demoFill')}
            </Button>
          ) : (
            <Text c="dimmed" fz="sm" ta="center">
              {t('overview.demoNoPermission')}
            </Text>
          )}
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
