import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TMe } from '../../shared/contracts/organization.js';
import { isRole } from '../../shared/roles.js';
import { ApiError } from '../api/http.js';
import { useAcceptInvitation } from '../api/use-accept-invitation.js';
import { isSignupOpen, useInstance } from '../api/use-instance.js';
import { useInvitation } from '../api/use-invitation.js';
import { useRejectInvitation } from '../api/use-reject-invitation.js';
import { useSignOut } from '../api/use-sign-out.js';
import { AuthLayout } from '../components/auth-layout.js';
import { FormError } from '../components/form-error.js';
import { LinkButton } from '../components/link-button.js';
import { SignupClosedHint } from '../components/signup-closed-hint.js';
import { formatDate } from '../lib/format.js';
import { notifySuccess } from '../lib/notify.js';
import { AppLink } from '../router/app-link.js';
import { navigate, withNext } from '../router/history.js';

export interface AcceptInvitationPageProps {
  invitationId: string;
  me: TMe | null;
}

/** Where the invitation mail links to. Signed-out visitors sign in or up first and come back. */
export function AcceptInvitationPage({ invitationId, me }: AcceptInvitationPageProps) {
  const { t } = useTranslation();
  const here = `/accept-invitation/${encodeURIComponent(invitationId)}`;
  const invitation = useInvitation(invitationId, me !== null);
  const accept = useAcceptInvitation();
  const reject = useRejectInvitation();
  const signOut = useSignOut();
  const instance = useInstance();

  if (!me) {
    return (
      <AuthLayout
        title={t('invitation.signedOutTitle')}
        subtitle={
          isSignupOpen(instance.data)
            ? t('invitation.signedOutText')
            : t('invitation.signedOutTextSignInOnly')
        }
      >
        <Stack gap="sm">
          <LinkButton to={withNext('/sign-in', here)} size="md" data-testid="invitation-signin">
            {t('invitation.signIn')}
          </LinkButton>
          {isSignupOpen(instance.data) ? (
            <LinkButton
              to={withNext('/sign-up', here)}
              size="md"
              variant="default"
              data-testid="invitation-signup"
            >
              {t('invitation.signUp')}
            </LinkButton>
          ) : (
            <SignupClosedHint invited />
          )}
        </Stack>
      </AuthLayout>
    );
  }

  const toDashboard =
    me.memberships.length > 0 ? (
      <Text ta="center" fz="sm">
        <AppLink to="/">{t('invitation.toDashboard')}</AppLink>
      </Text>
    ) : undefined;

  if (invitation.isPending) {
    return (
      <AuthLayout title={t('invitation.title')}>
        <Loader aria-label={t('app.loading')} />
      </AuthLayout>
    );
  }

  if (invitation.isError || reject.isSuccess) {
    const wrongRecipient = invitation.error instanceof ApiError && invitation.error.status === 403;
    return (
      <AuthLayout title={t('invitation.title')} footer={toDashboard}>
        <Stack gap="lg">
          <Alert
            color={reject.isSuccess ? 'gray' : 'orange'}
            variant="light"
            role="alert"
            data-testid="invitation-invalid"
          >
            {reject.isSuccess
              ? t('invitation.declined')
              : wrongRecipient
                ? t('invitation.wrongRecipient', { email: me.user.email })
                : t('invitation.invalid')}
          </Alert>
          {wrongRecipient ? (
            <Button
              variant="default"
              loading={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, { onSuccess: () => navigate(withNext('/sign-in', here)) })
              }
            >
              {t('invitation.switchAccount')}
            </Button>
          ) : null}
        </Stack>
      </AuthLayout>
    );
  }

  const details = invitation.data;
  const role = isRole(details.role) ? t(`roles.${details.role}`) : details.role;
  return (
    <AuthLayout title={t('invitation.title')} footer={toDashboard}>
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="lg">
          <Group align="flex-start" wrap="nowrap" gap="md">
            <IconMailOpened size={28} stroke={1.5} color="var(--mantine-color-ink-8)" aria-hidden />
            <Stack gap={6}>
              <Text fw={600} data-testid="invitation-details">
                {t('invitation.details', {
                  inviter: details.inviterEmail,
                  organization: details.organizationName,
                  role,
                })}
              </Text>
              <Group gap="xs">
                <Badge variant="light">{role}</Badge>
                <Text fz="sm" c="dimmed">
                  {t('invitation.expires', { date: formatDate(details.expiresAt) })}
                </Text>
              </Group>
            </Stack>
          </Group>
        </Paper>
        <FormError error={accept.error} />
        <Group grow>
          <Button
            variant="default"
            size="md"
            loading={reject.isPending}
            disabled={accept.isPending}
            onClick={() => reject.mutate(invitationId)}
            data-testid="invitation-decline"
          >
            {t('invitation.decline')}
          </Button>
          <Button
            size="md"
            loading={accept.isPending}
            disabled={reject.isPending}
            data-testid="invitation-accept"
            onClick={() =>
              accept.mutate(invitationId, {
                onSuccess: () => {
                  notifySuccess(t('invitation.joined', { organization: details.organizationName }));
                  navigate('/', { replace: true });
                },
              })
            }
          >
            {t('invitation.accept')}
          </Button>
        </Group>
      </Stack>
    </AuthLayout>
  );
}
