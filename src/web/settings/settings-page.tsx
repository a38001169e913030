import { Tabs } from '@mantine/core';
import {
  IconCreditCard,
  IconBuilding,
  IconKey,
  IconLifebuoy,
  IconMailbox,
  IconWebhook,
  IconSend,
  IconShieldLock,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../shared/roles.js';
import { PageHeader } from '../components/page-header.js';
import { useActiveTabInView } from '../components/use-active-tab-in-view.js';
import { navigate } from '../router/history.js';
import { settingsPath, SETTINGS_TABS, type SettingsTab } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { ApiKeysTab } from './api-keys-tab.js';
import { FollowUpTab } from './follow-up/follow-up-tab.js';
import { IntegrationsTab } from './integrations/integrations-tab.js';
import { MembersTab } from './members-tab.js';
import { NoPermission } from './no-permission.js';
import { OrganizationTab } from './organization-tab.js';
import { OutboxTab } from './outbox-tab.js';
import { PlanTab } from './plan-tab.js';
import { SendingTab } from './sending-tab.js';
import { SsoTab } from './sso-tab.js';

const TABS: Record<
  SettingsTab,
  {
    /** A key under `settings.tabs`, or the tab's own full key (Follow-up and Integrations keep their texts apart). */
    label:
      | 'members'
      | 'apiKeys'
      | 'sso'
      | 'plan'
      | 'organization'
      | 'sending'
      | 'outbox'
      | 'followUp.tab'
      | 'integrations.tab';
    icon: Icon;
    permission: Permission;
    render: () => ReactNode;
  }
> = {
  members: { label: 'members', icon: IconUsers, permission: 'org.read', render: () => <MembersTab /> },
  'api-keys': { label: 'apiKeys', icon: IconKey, permission: 'apiKeys.manage', render: () => <ApiKeysTab /> },
  // Signing in through the organization's IdP grants membership, so owners only (like members).
  sso: { label: 'sso', icon: IconShieldLock, permission: 'members.manage', render: () => <SsoTab /> },
  plan: { label: 'plan', icon: IconCreditCard, permission: 'org.read', render: () => <PlanTab /> },
  organization: {
    label: 'organization',
    icon: IconBuilding,
    permission: 'org.read',
    render: () => <OrganizationTab />,
  },
  sending: { label: 'sending', icon: IconSend, permission: 'org.read', render: () => <SendingTab /> },
  'follow-up': {
    label: 'followUp.tab',
    icon: IconLifebuoy,
    permission: 'org.read',
    render: () => <FollowUpTab />,
  },
  // The webhooks API is settings.manage: owners and admins.
  integrations: {
    label: 'integrations.tab',
    icon: IconWebhook,
    permission: 'settings.manage',
    render: () => <IntegrationsTab />,
  },
  outbox: { label: 'outbox', icon: IconMailbox, permission: 'settings.manage', render: () => <OutboxTab /> },
};

export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const visible = SETTINGS_TABS.filter((id) => can(role, TABS[id].permission));
  const allowed = can(role, TABS[tab].permission);
  const listRef = useActiveTabInView<HTMLDivElement>(tab);
  const tabLabel = (label: (typeof TABS)[SettingsTab]['label']) =>
    label === 'followUp.tab' || label === 'integrations.tab' ? t(label) : t(`settings.tabs.${label}`);

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Tabs
        value={tab}
        onChange={(value) => value && navigate(settingsPath(value as SettingsTab))}
        keepMounted={false}
      >
        <Tabs.List
          ref={listRef}
          mb="xl"
          style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'none' }}
        >
          {visible.map((id) => {
            const TabIcon = TABS[id].icon;
            return (
              <Tabs.Tab
                key={id}
                value={id}
                leftSection={<TabIcon size={16} stroke={1.7} aria-hidden />}
                data-testid={`settings-tab-${id}`}
              >
                {tabLabel(TABS[id].label)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {allowed ? <Tabs.Panel value={tab}>{TABS[tab].render()}</Tabs.Panel> : <NoPermission />}
      </Tabs>
    </>
  );
}
