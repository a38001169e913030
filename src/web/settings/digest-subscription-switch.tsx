import { Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useDigestSubscription, useUpdateDigestSubscription } from '../api/use-digest-subscription.js';
import { QueryFallback } from '../components/query-fallback.js';
import { notifySuccess } from '../lib/notify.js';
import { useSession } from '../session/session-context.js';
import { SettingsSection } from './settings-section.js';

/**
 * The signed-in person's own weekly digest, for the active organization. Shown only to roles
 * that read analytics, since the digest holds nothing else (the server refuses the others).
 */
export function DigestSubscriptionSwitch() {
  const { role } = useSession();
  if (!can(role, 'analytics.read')) return null;
  return <DigestSubscriptionSection />;
}

function DigestSubscriptionSection() {
  const { t } = useTranslation();
  const subscription = useDigestSubscription();
  const update = useUpdateDigestSubscription();

  return (
    <SettingsSection
      title={t('digest.title')}
      description={t('digest.description')}
      data-testid="digest-subscription"
    >
      {subscription.isSuccess ? (
        <Stack gap={4}>
          <Switch
            label={t('digest.switch')}
            description={t('digest.sentTo', { email: subscription.data.email })}
            // While saving, show the state asked for; a failure falls back to the saved one (and notifies).
            checked={update.isPending ? update.variables.subscribed : subscription.data.subscribed}
            disabled={update.isPending}
            onChange={(event) => {
              const subscribed = event.currentTarget.checked;
              update.mutate(
                { subscribed },
                {
                  onSuccess: () => notifySuccess(t(subscribed ? 'digest.subscribed' : 'digest.unsubscribed')),
                },
              );
            }}
            data-testid="digest-switch"
          />
          {subscription.data.subscribed && subscription.data.lastPeriod ? (
            <Text fz="xs" c="dimmed" pl={54}>
              {t('digest.lastSent', { period: subscription.data.lastPeriod })}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <QueryFallback query={subscription} />
      )}
    </SettingsSection>
  );
}
