import { EmptyState, Group, Paper, Stack } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { ApiError } from '../api/http.js';
import { useContactProfile } from '../api/use-contact-profile.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { AppLink } from '../router/app-link.js';
import { areaPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { ContactDetails } from './contact-details.js';
import { ContactNpsCard } from './contact-nps-card.js';
import { ContactPrivacySection } from './contact-privacy-section.js';
import { ContactTimeline } from './contact-timeline.js';
import { npsHistory } from './nps.js';
import { PendingSection } from './pending-section.js';

/** One customer on one page: who they are, where they stand, and everything they told us. */
export function ContactPage({ externalId }: { externalId: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const profile = useContactProfile(externalId);
  const points = useMemo(() => npsHistory(profile.data?.timeline ?? []), [profile.data]);

  const back = (
    <Group mb="sm">
      <AppLink to={areaPath('contacts')} fz="sm" data-testid="customer-back">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('contacts.profile.back')}
        </Group>
      </AppLink>
    </Group>
  );

  if (profile.isPending) {
    return (
      <>
        {back}
        <SectionLoader />
      </>
    );
  }
  if (profile.isError) {
    if (profile.error instanceof ApiError && profile.error.status === 404) {
      return (
        <>
          {back}
          <PageHeader title={t('contacts.profile.notFoundTitle')} />
          <Paper withBorder p="xl" data-testid="customer-not-found">
            <EmptyState
              icon={<IconUserQuestion size={28} stroke={1.5} aria-hidden />}
              variant="light"
              title={externalId}
              description={t('contacts.profile.notFoundText')}
            />
          </Paper>
        </>
      );
    }
    return (
      <>
        {back}
        <SectionError error={profile.error} onRetry={() => void profile.refetch()} />
      </>
    );
  }

  const { contact, aliases, timeline } = profile.data;
  const subtitle = [contact.email, contact.segment, contact.region]
    .filter((v): v is string => Boolean(v))
    .join(' · ');
  return (
    <>
      {back}
      <PageHeader
        title={contact.name ?? contact.externalId}
        {...(subtitle ? { subtitle } : {})}
        titleTestId="customer-name"
      />
      <Stack gap="lg">
        <div className="contact-grid">
          <ContactDetails contact={contact} aliases={aliases} />
          <ContactNpsCard points={points} />
        </div>
        <div className="contact-grid">
          <ContactTimeline timeline={timeline} />
          <Stack gap="lg" align="stretch" style={{ alignSelf: 'start' }}>
            <PendingSection
              title={t('contacts.profile.casesTitle')}
              text={t('contacts.profile.casesEmpty')}
              data-testid="customer-cases"
            />
            <PendingSection
              title={t('contacts.profile.complaintsTitle')}
              text={t('contacts.profile.complaintsEmpty')}
              data-testid="customer-complaints"
            />
            {can(role, 'data.write') ? (
              <ContactPrivacySection
                externalId={contact.externalId}
                displayName={contact.name ?? contact.externalId}
              />
            ) : null}
          </Stack>
        </div>
      </Stack>
    </>
  );
}
