import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useSession } from '../session/session-context.js';
import { InvitationsTable } from './invitations-table.js';
import { InviteMemberForm } from './invite-member-form.js';
import { MembersTable } from './members-table.js';
import { RolesLegend } from './roles-legend.js';
import { SettingsSection } from './settings-section.js';

export function MembersTab() {
  const { t } = useTranslation();
  const { role } = useSession();
  const canManage = can(role, 'members.manage');

  return (
    <Stack gap="lg">
      {canManage ? (
        <SettingsSection title={t('members.inviteTitle')} description={t('members.inviteText')}>
          <InviteMemberForm />
        </SettingsSection>
      ) : (
        <Alert
          color="gray"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          data-testid="members-read-only"
        >
          {t('members.readOnly')}
        </Alert>
      )}
      <SettingsSection title={t('members.title')}>
        <MembersTable canManage={canManage} />
      </SettingsSection>
      <SettingsSection title={t('members.pendingTitle')}>
        <InvitationsTable canManage={canManage} />
      </SettingsSection>
      <SettingsSection title={t('members.rolesTitle')}>
        <RolesLegend />
      </SettingsSection>
    </Stack>
  );
}
