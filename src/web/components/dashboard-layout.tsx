import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import type { Route } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { Logo } from './logo.js';
import { MainNav } from './main-nav.js';
import { NotificationBell } from './notification-bell.js';
import { OrgSwitcher } from './org-switcher.js';
import { UserMenu } from './user-menu.js';

export interface DashboardLayoutProps {
  route: Route;
  children: ReactNode;
}

export function DashboardLayout({ route, children }: DashboardLayoutProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const [navOpen, { toggle, close }] = useDisclosure(false);

  // On small screens the navigation is a drawer: close it after choosing a page.
  useEffect(() => close(), [route, close]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 244, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
        padding={0}
      >
        <AppShell.Header px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpen}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
              />
              <Logo size={26} compact />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <OrgSwitcher />
              {/* Notifications are about cases: only people who work them get any. */}
              {can(role, 'cases.work') ? <NotificationBell /> : null}
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
          <MainNav route={route} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} bg="var(--app-surface)">
          <div
            style={{
              maxWidth: 1120,
              margin: '0 auto',
              padding: 'var(--mantine-spacing-xl) var(--mantine-spacing-lg) 64px',
            }}
          >
            {children}
          </div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
