import { Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../shared/roles.js';
import type { TAuthMember } from '../api/auth-types.js';
import { useMembers } from '../api/use-members.js';
import { useUpdateMemberRole } from '../api/use-update-member-role.js';
import { formatDate } from '../lib/format.js';
import { notifySuccess } from '../lib/notify.js';
import { useSession } from '../session/session-context.js';
import { RemoveMemberModal } from './remove-member-modal.js';
import { roleOptions } from './role-options.js';
import { QueryFallback } from '../components/query-fallback.js';

export function MembersTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const members = useMembers();
  const updateRole = useUpdateMemberRole();
  const [removing, setRemoving] = useState<TAuthMember | null>(null);

  if (!members.isSuccess) return <QueryFallback query={members} />;

  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.joined')}</Table.Th>
              {canManage ? (
                <Table.Th>
                  <span className="sr-only">{t('members.actions')}</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => {
              const isSelf = member.userId === me.user.id;
              const roleLabel = isRole(member.role) ? t(`roles.${member.role}`) : member.role;
              return (
                <Table.Tr key={member.id} data-testid={`member-${member.user.email}`}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <div>
                        <Text fz="sm" fw={600}>
                          {member.user.name}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {member.user.email}
                        </Text>
                      </div>
                      {isSelf ? (
                        <Badge size="xs" variant="light" color="gray">
                          {t('members.you')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {canManage && !isSelf ? (
                      <NativeSelect
                        size="xs"
                        w={140}
                        aria-label={t('members.changeRole', { name: member.user.name })}
                        data={roleOptions()}
                        value={member.role}
                        disabled={updateRole.isPending}
                        data-testid={`member-role-${member.id}`}
                        onChange={(e) => {
                          const role = e.currentTarget.value;
                          if (!isRole(role)) return;
                          updateRole.mutate(
                            { memberId: member.id, role },
                            {
                              onSuccess: () =>
                                notifySuccess(
                                  t('members.roleChanged', {
                                    name: member.user.name,
                                    role: t(`roles.${role}`),
                                  }),
                                ),
                            },
                          );
                        }}
                      />
                    ) : (
                      <Badge variant="light" color={member.role === 'owner' ? 'ink' : 'gray'}>
                        {roleLabel}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{formatDate(member.createdAt)}</Text>
                  </Table.Td>
                  {canManage ? (
                    <Table.Td ta="right">
                      {isSelf ? null : (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('members.removeLabel', { name: member.user.name })}
                          onClick={() => setRemoving(member)}
                          data-testid={`member-remove-${member.id}`}
                        >
                          {t('members.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RemoveMemberModal member={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
