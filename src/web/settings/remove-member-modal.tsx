import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TAuthMember } from '../api/auth-types.js';
import { useRemoveMember } from '../api/use-remove-member.js';
import { AppModal } from '../components/app-modal.js';
import { notifySuccess } from '../lib/notify.js';

export interface RemoveMemberModalProps {
  member: TAuthMember | null;
  onClose: () => void;
}

export function RemoveMemberModal({ member, onClose }: RemoveMemberModalProps) {
  const { t } = useTranslation();
  const remove = useRemoveMember();
  const name = member?.user.name ?? '';

  return (
    <AppModal opened={member !== null} onClose={onClose} title={t('members.removeTitle', { name })}>
      <Text fz="sm" mb="lg">
        {t('members.removeText', { name })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('members.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          data-testid="member-remove-confirm"
          onClick={() => {
            if (!member) return;
            remove.mutate(member.id, {
              onSuccess: () => {
                notifySuccess(t('members.removed', { name }));
                onClose();
              },
            });
          }}
        >
          {t('members.remove')}
        </Button>
      </Group>
    </AppModal>
  );
}
