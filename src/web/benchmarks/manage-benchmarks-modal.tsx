import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBenchmark } from '../../shared/contracts/benchmarks.js';
import { useBenchmarks, useDeleteBenchmark, useRestoreBenchmark } from '../api/use-benchmarks.js';
import { AppModal } from '../components/app-modal.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { notifySuccess } from '../lib/notify.js';
import { ANY_INDUSTRY } from './benchmark-options.js';
import { BenchmarkEntry } from './benchmark-entry.js';
import { BenchmarkForm } from './benchmark-form.js';
import { industryName } from './benchmark-text.js';

export interface ManageBenchmarksModalProps {
  opened: boolean;
  onClose: () => void;
  industry: string | null;
  nps: number | null;
}

/** Everything of the industry, hidden entries included, with edit, hide, show, undo and delete. */
export function ManageBenchmarksModal({ opened, onClose, industry, nps }: ManageBenchmarksModalProps) {
  const { t } = useTranslation();
  const list = useBenchmarks({ ...(industry ? { industry } : {}), includeHidden: true });
  const remove = useDeleteBenchmark();
  const restore = useRestoreBenchmark();
  // undefined: the list; null: a new entry; an entry: editing it.
  const [editing, setEditing] = useState<TBenchmark | null | undefined>(undefined);
  const busy = remove.isPending || restore.isPending;

  const close = () => {
    setEditing(undefined);
    onClose();
  };
  const done = () => notifySuccess(t('benchmarks.changed'));

  function actions(entry: TBenchmark) {
    const button = (label: string, onClick: () => void, testId: string, color = 'ink') => (
      <Button
        size="compact-sm"
        variant="subtle"
        color={color}
        onClick={onClick}
        disabled={busy}
        data-testid={`${testId}-${entry.id}`}
      >
        {label}
      </Button>
    );
    if (entry.hidden)
      return (
        <Group gap={4}>
          {button(
            t('benchmarks.show'),
            () => restore.mutate(entry.id, { onSuccess: done }),
            'benchmark-show',
          )}
        </Group>
      );
    const drop =
      entry.origin === 'builtin'
        ? button(t('benchmarks.hide'), () => remove.mutate(entry.id, { onSuccess: done }), 'benchmark-hide')
        : entry.origin === 'edited'
          ? button(
              t('benchmarks.undoEdit'),
              () => remove.mutate(entry.id, { onSuccess: done }),
              'benchmark-undo',
            )
          : button(
              t('benchmarks.delete'),
              () => remove.mutate(entry.id, { onSuccess: done }),
              'benchmark-delete',
              'red',
            );
    return (
      <Group gap={4} wrap="nowrap">
        {button(t('benchmarks.edit'), () => setEditing(entry), 'benchmark-edit')}
        {drop}
      </Group>
    );
  }

  const title =
    editing === undefined
      ? t('benchmarks.manageTitle', { industry: industryName(industry ?? ANY_INDUSTRY) })
      : editing === null
        ? t('benchmarks.form.addTitle')
        : t('benchmarks.form.editTitle');

  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={title}
      size="lg"
      closeOnClickOutside={editing === undefined}
      data-testid="benchmarks-manage"
    >
      {editing !== undefined ? (
        <BenchmarkForm
          entry={editing}
          industry={industry}
          onDone={() => {
            setEditing(undefined);
          }}
        />
      ) : list.isPending ? (
        <SectionLoader />
      ) : list.isError ? (
        <SectionError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Stack gap="md">
          {list.data.items.length === 0 ? <Text c="dimmed">{t('benchmarks.empty')}</Text> : null}
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((entry) => (
              <BenchmarkEntry key={entry.id} entry={entry} nps={nps} actions={actions(entry)} />
            ))}
          </Stack>
          <Group>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing(null)}
              data-testid="benchmark-add"
            >
              {t('benchmarks.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
