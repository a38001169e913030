import { Button, EmptyState, Group, SimpleGrid, Text } from '@mantine/core';
import { IconArrowsJoin, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TThemeCandidate } from '../../shared/contracts/theme-discovery.js';
import {
  useDiscoverThemes,
  useDismissCandidate,
  useMergeCandidates,
  usePromoteCandidate,
  useRenameCandidate,
  useSplitCandidate,
  useThemeCandidates,
} from '../api/use-theme-discovery.js';
import { useNumberLocale } from '../analytics/drill-link.js';
import { formatCount } from '../analytics/format-metric.js';
import { ReportSection } from '../cases/report/report-section.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { errorMessage } from '../lib/error-message.js';
import { notifyError } from '../lib/notify.js';
import { CandidateCard } from './candidate-card.js';
import { NameDialog } from './name-dialog.js';
import { PromoteThemeDialog } from './promote-theme-dialog.js';

/**
 * Candidate themes for admins: discovery over the page's period, then rename, merge (select
 * several), split, dismiss or promote each group.
 */
export function CandidateThemesSection({ range }: { range: { from: string; to: string } }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const candidates = useThemeCandidates(true);
  const discover = useDiscoverThemes();
  const rename = useRenameCandidate();
  const merge = useMergeCandidates();
  const split = useSplitCandidate();
  const dismiss = useDismissCandidate();
  const promote = usePromoteCandidate();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [renaming, setRenaming] = useState<TThemeCandidate | null>(null);
  const [promoting, setPromoting] = useState<TThemeCandidate | null>(null);
  const busy =
    rename.isPending || merge.isPending || split.isPending || dismiss.isPending || promote.isPending;

  const select = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  let body;
  if (candidates.isPending) body = <SectionLoader />;
  else if (candidates.isError)
    body = <SectionError error={candidates.error} onRetry={() => void candidates.refetch()} />;
  else if (candidates.data.candidates.length === 0)
    body = (
      <EmptyState
        icon={<IconSparkles size={26} stroke={1.5} aria-hidden />}
        variant="light"
        title={t('themeDiscovery.candidates.emptyTitle')}
        description={t('themeDiscovery.candidates.emptyText')}
        data-testid="candidates-empty"
      />
    );
  else
    body = (
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        component="ul"
        className="candidate-list"
        data-testid="candidate-list"
      >
        {candidates.data.candidates.map((c) => (
          <CandidateCard
            key={c.id}
            candidate={c}
            selected={selected.has(c.id)}
            busy={busy}
            onSelect={(on) => select(c.id, on)}
            onRename={() => setRenaming(c)}
            onSplit={() => split.mutate(c.id, { onError: notifyError })}
            onDismiss={() => dismiss.mutate(c.id, { onError: notifyError })}
            onPromote={() => setPromoting(c)}
          />
        ))}
      </SimpleGrid>
    );

  const chosen = [...selected].filter((id) => candidates.data?.candidates.some((c) => c.id === id));
  return (
    <ReportSection
      title={t('themeDiscovery.candidates.title')}
      subtitle={t('themeDiscovery.candidates.subtitle')}
      testId="candidates-section"
    >
      <Group gap="sm">
        <Button
          onClick={() => discover.mutate(range, { onError: notifyError })}
          loading={discover.isPending}
          leftSection={<IconSparkles size={16} aria-hidden />}
          data-testid="candidates-discover"
        >
          {t('themeDiscovery.candidates.discover')}
        </Button>
        {chosen.length >= 2 ? (
          <Button
            variant="default"
            leftSection={<IconArrowsJoin size={16} aria-hidden />}
            loading={merge.isPending}
            onClick={() =>
              merge.mutate(chosen, { onSuccess: () => setSelected(new Set()), onError: notifyError })
            }
            data-testid="candidates-merge"
          >
            {t('themeDiscovery.candidates.merge', { count: chosen.length })}
          </Button>
        ) : null}
      </Group>
      <div aria-live="polite">
        {discover.isPending ? (
          <Text fz="sm" c="dimmed">
            {t('themeDiscovery.candidates.discovering')}
          </Text>
        ) : discover.data ? (
          <Text fz="sm" c="dimmed" data-testid="candidates-result">
            {t('themeDiscovery.candidates.result', {
              grouped: formatCount(discover.data.grouped, locale),
              unclustered: formatCount(discover.data.unclustered, locale),
            })}
          </Text>
        ) : null}
      </div>
      {body}
      {renaming ? (
        <NameDialog
          title={t('themeDiscovery.candidates.renameTitle')}
          fields={[
            {
              key: 'name',
              label: t('themeDiscovery.candidates.name'),
              initial: renaming.name ?? renaming.terms.join(', '),
            },
          ]}
          busy={rename.isPending}
          error={rename.error ? errorMessage(rename.error) : null}
          onClose={() => {
            rename.reset();
            setRenaming(null);
          }}
          onSubmit={(v) =>
            rename.mutate({ id: renaming.id, name: v.name ?? '' }, { onSuccess: () => setRenaming(null) })
          }
        />
      ) : null}
      {promoting ? (
        <PromoteThemeDialog
          candidate={promoting}
          busy={promote.isPending}
          error={promote.error ? errorMessage(promote.error) : null}
          onClose={() => {
            promote.reset();
            setPromoting(null);
          }}
          onSubmit={(body) =>
            promote.mutate({ id: promoting.id, body }, { onSuccess: () => setPromoting(null) })
          }
        />
      ) : null}
    </ReportSection>
  );
}
