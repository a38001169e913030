import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../shared/roles.js';
import { useCancelInvitation } from '../api/use-cancel-invitation.js';
import { useInvitations } from '../api/use-invitations.js';
import { formatDate } from '../lib/format.js';
import { notifySuccess } from '../lib/notify.js';
import { QueryFallback } from '../components/query-fallback.js';

export function InvitationsTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const cancel = useCancelInvitation();

  if (!invitations.isSuccess) return <QueryFallback query={invitations} />;
  if (invitations.data.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="invitations-empty">
        {t('members.noPending')}
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" data-testid="invitations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.email')}</Table.Th>
            <Table.Th>{t('members.role')}</Table.Th>
            <Table.Th>{t('members.expires')}</Table.Th>
            {canManage ? (
              <Table.Th>
                <span className="sr-only">{t('members.actions')}</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.data.map((invitation) => (
            <Table.Tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
              <Table.Td>
                <Text fz="sm">{invitation.email}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">
                  {isRole(invitation.role) ? t(`roles.${invitation.role}`) : invitation.role}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{formatDate(invitation.expiresAt)}</Text>
              </Table.Td>
              {canManage ? (
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('members.cancelInvitationLabel', { email: invitation.email })}
                    loading={cancel.isPending && cancel.variables === invitation.id}
                    data-testid={`invitation-cancel-${invitation.id}`}
                    onClick={() =>
                      cancel.mutate(invitation.id, {
                        onSuccess: () =>
                          notifySuccess(t('members.invitationCancelled', { email: invitation.email })),
                      })
                    }
                  >
                    {t('members.cancelInvitation')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
