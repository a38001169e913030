import { Box, Paper, SimpleGrid, Title } from '@mantine/core';
import { IconCreditCard, IconKey, IconSettings, IconUsersPlus, type Icon } from '@tabler/icons-react';
import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorkspaceSummary } from '../../shared/contracts/workspace.js';
import { can, type Permission } from '../../shared/roles.js';
import { ApiError } from '../api/http.js';
import { useFillDemo } from '../api/use-fill-demo.js';
import { useWorkspaceSummary } from '../api/use-workspace-summary.js';
import { DeferredSection } from '../components/deferred-section.js';
import { GettingStartedCard } from '../components/getting-started-card.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { notifyError, notifyInfo } from '../lib/notify.js';
import { DemoFilledNotice } from '../overview/demo-filled-notice.js';
import { EmptyWorkspace } from '../overview/empty-workspace.js';
import { WorkspaceGlance } from '../overview/workspace-glance.js';
import { settingsPath, type SettingsTab } from '../router/routes.js';
import { useSession } from '../session/session-context.js';

// The analytics are most of the overview's code; a chunk of their own keeps the first download small.
const AnalyticsDashboard = lazy(async () => ({
  default: (await import('../analytics/analytics-dashboard.js')).AnalyticsDashboard,
}));

const STEPS = [
  { key: 'team', icon: IconUsersPlus, tab: 'members', permission: 'members.manage' },
  { key: 'apiKey', icon: IconKey, tab: 'api-keys', permission: 'apiKeys.manage' },
  { key: 'organization', icon: IconSettings, tab: 'organization', permission: 'settings.manage' },
  { key: 'plan', icon: IconCreditCard, tab: 'plan', permission: 'org.read' },
] as const satisfies readonly { key: string; icon: Icon; tab: SettingsTab; permission: Permission }[];

function hasData(summary: TWorkspaceSummary): boolean {
  return summary.contacts > 0 || summary.feedbackItems > 0;
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const summary = useWorkspaceSummary();
  const fillDemo = useFillDemo();
  const steps = STEPS.filter((s) => can(role, s.permission));
  const withData = summary.isSuccess && hasData(summary.data);
  // The analytics are a large tree: rendered as a transition, which React splits into short
  // slices, while the loader stays; the page does not freeze when the summary arrives.
  const showAnalytics = useDeferredValue(withData);

  function fill() {
    fillDemo.mutate(undefined, {
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'CONFLICT') {
          notifyInfo(t('overview.demoExists'));
          void summary.refetch();
        } else notifyError(error);
      },
    });
  }

  const header = <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />;

  if (showAnalytics && summary.isSuccess) {
    // With data, the analytics are the page; what the workspace holds follows below them.
    return (
      <>
        {header}
        {fillDemo.data ? (
          <Box mb="lg">
            <DemoFilledNotice result={fillDemo.data} />
          </Box>
        ) : null}
        {/* One boundary for both, so the glance appears below the analytics rather than being pushed down by them. */}
        <Suspense fallback={<SectionLoader />}>
          <AnalyticsDashboard />
          <DeferredSection height={{ base: 600, md: 300 }}>
            <WorkspaceGlance summary={summary.data} />
          </DeferredSection>
        </Suspense>
      </>
    );
  }

  let top;
  if (summary.isPending || withData) {
    top = (
      <Paper withBorder mb="xl">
        <SectionLoader />
      </Paper>
    );
  } else if (summary.isError) {
    top = (
      <Box mb="xl">
        <SectionError error={summary.error} onRetry={() => void summary.refetch()} />
      </Box>
    );
  } else if (fillDemo.isSuccess) {
    // Filled, but the summary has not caught up yet (its refetch failed): still confirm the fill.
    top = (
      <Paper withBorder p={{ base: 'lg', sm: 'xl' }} mb="xl">
        <DemoFilledNotice result={fillDemo.data} />
      </Paper>
    );
  } else {
    top = <EmptyWorkspace canFill={can(role, 'data.write')} filling={fillDemo.isPending} onFill={fill} />;
  }

  return (
    <>
      {header}
      {top}
      <Title order={2} fz="lg" mb="md">
        {t('overview.stepsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {steps.map((step) => (
          <GettingStartedCard
            key={step.key}
            icon={step.icon}
            title={t(`overview.steps.${step.key}.title`)}
            text={t(`overview.steps.${step.key}.text`)}
            action={t(`overview.steps.${step.key}.action`)}
            to={settingsPath(step.tab)}
            testId={`start-${step.key}`}
          />
        ))}
      </SimpleGrid>
    </>
  );
}
