import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, type Role } from '../../shared/roles.js';
import { useInviteMember } from '../api/use-invite-member.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { notifySuccess } from '../lib/notify.js';
import { emailError } from '../lib/validate.js';
import { roleOptions } from './role-options.js';

export function InviteMemberForm() {
  const { t } = useTranslation();
  const invite = useInviteMember();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [error, setError] = useState<string | null>(null);
  const serverErrors = fieldErrorsOf(invite.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = emailError(email);
    setError(found);
    if (found) return;
    const address = email.trim();
    invite.mutate(
      { email: address, role },
      {
        onSuccess: () => {
          notifySuccess(t('members.invited', { email: address }));
          setEmail('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          data-testid="invite-email"
          label={t('members.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={error ?? serverErrors.email}
          style={{ flex: '1 1 280px' }}
        />
        <NativeSelect
          data-testid="invite-role"
          label={t('members.role')}
          data={roleOptions()}
          value={role}
          onChange={(e) => {
            const next = e.currentTarget.value;
            if (isRole(next)) setRole(next);
          }}
          error={serverErrors.role}
          w={180}
        />
        <Button
          type="submit"
          loading={invite.isPending}
          leftSection={<IconSend size={16} aria-hidden />}
          mt={25}
          data-testid="invite-submit"
        >
          {t('members.invite')}
        </Button>
      </Group>
    </form>
  );
}
