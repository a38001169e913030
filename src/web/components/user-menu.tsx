import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../api/use-sign-out.js';
import { changeLanguage, currentLanguage } from '../i18n/i18n.js';
import { navigate } from '../router/history.js';
import { useSession } from '../session/session-context.js';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => p?.[0]?.toUpperCase() ?? '').join('') || '?';
}

export function UserMenu() {
  const { t } = useTranslation();
  const { me, role } = useSession();
  const signOut = useSignOut();

  return (
    <Menu
      position="bottom-end"
      width={260}
      shadow="md"
      withinPortal={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" p={4} style={{ borderRadius: 'var(--mantine-radius-xl)' }}>
          <Group gap={6} wrap="nowrap">
            <Avatar size={32} radius="xl" color="ink" variant="light" aria-hidden>
              {initials(me.user.name)}
            </Avatar>
            <IconChevronDown size={16} aria-hidden color="var(--mantine-color-gray-6)" />
            <span className="sr-only">{t('userMenu.label', { name: me.user.name })}</span>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py="xs">
          <Text fz="sm" fw={600} truncate>
            {me.user.name}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
          <Text fz="xs" c="dimmed" mt={2}>
            {t(`roles.${role}`)}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Label id="user-menu-language">{t('language.label')}</Menu.Label>
        <div role="group" aria-labelledby="user-menu-language" data-testid="language-switch">
          {(['de', 'en'] as const).map((language) => {
            const checked = currentLanguage() === language;
            return (
              <Menu.Item
                key={language}
                aria-current={checked ? 'true' : undefined}
                lang={language}
                leftSection={
                  checked ? (
                    <IconCheck size={16} aria-hidden />
                  ) : (
                    <span style={{ width: 16, display: 'inline-block' }} />
                  )
                }
                onClick={() => void changeLanguage(language)}
                data-testid={`language-${language}`}
              >
                {t(`language.${language}`)}
              </Menu.Item>
            );
          })}
        </div>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          data-testid="sign-out"
          onClick={() =>
            signOut.mutate(undefined, { onSuccess: () => navigate('/sign-in', { replace: true }) })
          }
        >
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
