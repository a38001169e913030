import { Button, EmptyState, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconChartArcs, IconCircleCheck, IconCreditCard, IconKey, IconSettings, IconUsersPlus, IconWand, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../shared/roles.js';
import { ApiError } from '../api/http.js';
import { useFillDemo } from '../api/use-fill-demo.js';
import { GettingStartedCard } from '../components/getting-started-card.js';
import { PageHeader } from '../components/page-header.js';
import { formatNumber } from '../lib/format.js';
import { notifyError, notifyInfo } from '../lib/notify.js';
import { settingsPath, type SettingsTab } from '../router/routes.js';
import { useSession } from '../session/session-context.js';

const STEPS = [
  { key: 'team', icon: IconUsersPlus, tab: 'members', permission: 'members.manage' },
  { key: 'apiKey', icon: IconKey, tab: 'api-keys', permission: 'apiKeys.manage' },
  { key: 'organization', icon: IconSettings, tab: 'organization', permission: 'settings.manage' },
  { key: 'plan', icon: IconCreditCard, tab: 'plan', permission: 'org.read' },
] as const satisfies readonly { key: string; icon: Icon; tab: SettingsTab; permission: Permission }[];

export function OverviewPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const fillDemo = useFillDemo();
  const canWrite = can(role, 'data.write');
  const steps = STEPS.filter((s) => can(role, s.permission));

  return (
    <>
      <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />
      <Paper withBorder p={{ base: 'lg', sm: 48 }} mb="xl">
        {fillDemo.isSuccess ? (
          <EmptyState
            icon={<IconCircleCheck size={30} stroke={1.5} aria-hidden />}
            variant="light"
            color="teal"
            size="lg"
            title={t('overview.demoFilledTitle')}
            description={t('overview.demoFilled', { contacts: formatNumber(fillDemo.data.contacts), feedbackItems: formatNumber(fillDemo.data.feedbackItems) })}
            maw={620}
            mx="auto"
            role="status"
            data-testid="demo-filled"
          />
        ) : (
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
              {canWrite ? (
                <Button
                  size="md"
                  leftSection={<IconWand size={18} aria-hidden />}
                  loading={fillDemo.isPending}
                  onClick={() =>
                    fillDemo.mutate(undefined, {
                      onError: (error) => {
                        if (error instanceof ApiError && error.code === 'CONFLICT') notifyInfo(t('overview.demoExists'));
                        else notifyError(error);
                      },
                    })
                  }
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
        )}
      </Paper>
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
