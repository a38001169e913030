import { Alert, Group } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles.js';
import { ApiError } from '../../api/http.js';
import { useImport } from '../../api/use-import.js';
import { PageHeader } from '../../components/page-header.js';
import { SectionError } from '../../components/section-error.js';
import { SectionLoader } from '../../components/section-loader.js';
import { AppLink } from '../../router/app-link.js';
import { areaPath } from '../../router/routes.js';
import { NoPermission } from '../../settings/no-permission.js';
import { useSession } from '../../session/session-context.js';
import { ImportFileStep } from './import-file-step.js';
import { ImportMappingStep } from './import-mapping-step.js';
import { ImportProgressStep } from './import-progress-step.js';
import { ImportSteps } from './import-steps.js';

/**
 * The CSV import wizard. After the upload the import has its own address (`?id=`), so a reload
 * or a second tab shows the same step: the mapping while it waits, else the progress.
 */
export function ImportPage({ importId }: { importId: string | null }) {
  const { t } = useTranslation();
  const { role } = useSession();
  return (
    <>
      <Group mb="sm">
        <AppLink to={areaPath('contacts')} fz="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('contacts.import.back')}
          </Group>
        </AppLink>
      </Group>
      <PageHeader title={t('contacts.import.title')} subtitle={t('contacts.import.subtitle')} />
      {!can(role, 'data.write') ? (
        <NoPermission />
      ) : importId ? (
        <ImportOf importId={importId} />
      ) : (
        <>
          <ImportSteps current="file" />
          <ImportFileStep />
        </>
      )}
    </>
  );
}

function ImportOf({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const detail = useImport(importId);
  if (detail.isPending) return <SectionLoader />;
  if (detail.isError) {
    if (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 400)) {
      return (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} aria-hidden />}
          role="alert"
          data-testid="import-not-found"
        >
          {t('contacts.import.notFound')}
        </Alert>
      );
    }
    return <SectionError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const data = detail.data;
  if (data.status === 'uploaded' && data.upload) {
    return (
      <>
        <ImportSteps current="mapping" />
        <ImportMappingStep detail={data} upload={data.upload} />
      </>
    );
  }
  return (
    <>
      <ImportSteps current="progress" />
      <ImportProgressStep detail={data} />
    </>
  );
}
