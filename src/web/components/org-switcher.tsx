import { Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconBuilding, IconCheck, IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSetActiveOrganization } from '../api/use-set-active-organization.js';
import { notifySuccess } from '../lib/notify.js';
import { navigate } from '../router/history.js';
import { useSession } from '../session/session-context.js';

/** Lists the organizations of /api/v1/me; choosing one makes it active for this session. */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const { me, organizationId, organizationName } = useSession();
  const switchTo = useSetActiveOrganization();

  return (
    <Menu
      position="bottom-end"
      width={300}
      shadow="md"
      withinPortal={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <UnstyledButton
          data-testid="org-switcher"
          px="sm"
          py={6}
          style={{
            borderRadius: 'var(--mantine-radius-md)',
            border: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Group gap={8} wrap="nowrap">
            <IconBuilding size={18} stroke={1.6} aria-hidden color="var(--mantine-color-gray-7)" />
            <span className="sr-only">{t('orgSwitcher.label')}</span>
            <Text fz="sm" fw={600} truncate maw={{ base: 120, sm: 220 }}>
              {organizationName}
            </Text>
            <IconChevronDown size={16} aria-hidden color="var(--mantine-color-gray-6)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('orgSwitcher.heading')}</Menu.Label>
        {me.memberships.map((m) => (
          <Menu.Item
            key={m.id}
            data-testid={`org-option-${m.slug}`}
            leftSection={
              m.id === organizationId ? (
                <IconCheck size={16} aria-hidden />
              ) : (
                <span style={{ width: 16, display: 'inline-block' }} />
              )
            }
            rightSection={
              <Badge size="xs" variant="light" color="gray">
                {t(`roles.${m.role}`)}
              </Badge>
            }
            disabled={switchTo.isPending}
            aria-current={m.id === organizationId ? 'true' : undefined}
            onClick={() => {
              if (m.id === organizationId) return;
              switchTo.mutate(m.id, {
                onSuccess: () => notifySuccess(t('orgSwitcher.switched', { name: m.name })),
              });
            }}
          >
            <Text fz="sm" truncate>
              {m.name}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => navigate('/onboarding')}
          data-testid="org-create-another"
        >
          {t('orgSwitcher.create')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
