import { EmptyState, Group, Paper, Stack } from '@mantine/core';
import { IconArrowLeft, IconLifebuoy, IconLock } from '@tabler/icons-react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import type { TCasePatch } from '../../shared/contracts/cases.js';
import { ApiError } from '../api/http.js';
import { useCase } from '../api/use-case.js';
import { useUpdateCase } from '../api/use-update-case.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { AppLink } from '../router/app-link.js';
import { areaPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { CaseApiError } from './case-api-error.js';
import { CaseClocks } from './case-clocks.js';
import { CaseComposer } from './case-composer.js';
import { CaseCustomer } from './case-customer.js';
import { CaseHeader } from './case-header.js';
import { CaseItems } from './case-items.js';
import { CaseStatusActions } from './case-status-actions.js';
import { CaseTimeline } from './case-timeline.js';

/** One case as the agent works it: who and what, the clocks, the conversation, and what to do next. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const back = (
    <Group mb="sm">
      <AppLink to={areaPath('cases')} fz="sm" data-testid="case-back">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('cases.detail.back')}
        </Group>
      </AppLink>
    </Group>
  );
  if (!can(role, 'cases.work'))
    return (
      <>
        {back}
        <PageHeader title={t('cases.page.title')} />
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={18} aria-hidden />}
          data-testid="no-permission"
        >
          {t('cases.page.noPermission', { role: t(`roles.${role}`) })}
        </Alert>
      </>
    );
  return (
    <>
      {back}
      <CaseBody caseId={caseId} />
    </>
  );
}

function CaseBody({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const detail = useCase(caseId);
  const update = useUpdateCase(caseId);
  const change = (patch: TCasePatch) => update.mutate(patch);

  if (detail.isPending) return <SectionLoader />;
  if (detail.isError) {
    if (detail.error instanceof ApiError && detail.error.status === 404)
      return (
        <>
          <PageHeader title={t('cases.detail.notFoundTitle')} />
          <Paper withBorder p="xl" data-testid="case-not-found">
            <EmptyState
              icon={<IconLifebuoy size={28} stroke={1.5} aria-hidden />}
              variant="light"
              title={t('cases.detail.notFoundTitle')}
              description={t('cases.detail.notFoundText')}
            />
          </Paper>
        </>
      );
    return <SectionError error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const data = detail.data;
  return (
    <>
      <CaseHeader detail={data} onChange={change} saving={update.isPending} />
      {update.error ? (
        <Stack mb="lg">
          <CaseApiError error={update.error} />
        </Stack>
      ) : null}
      <div className="contact-grid">
        <Stack gap="lg">
          <CaseItems detail={data} />
          <CaseTimeline detail={data} />
          <CaseComposer key={data.id} detail={data} />
        </Stack>
        <Stack gap="lg" className="case-side">
          <CaseStatusActions
            detail={data}
            onStatus={(status) => change({ status })}
            saving={update.isPending}
          />
          <CaseClocks clocks={data.clocks} />
          <CaseCustomer detail={data} />
        </Stack>
      </div>
    </>
  );
}
