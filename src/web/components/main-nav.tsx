import { Divider, NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconBulb,
  IconClipboardList,
  IconLayoutDashboard,
  IconLifebuoy,
  IconInbox,
  IconMessages,
  IconRoute,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { followLink } from '../router/history.js';
import { can, type Permission } from '../../shared/roles.js';
import { areaPath, type Area, type Route } from '../router/routes.js';
import { useSession } from '../session/session-context.js';

const ICONS: Record<Area, Icon> = {
  overview: IconLayoutDashboard,
  surveys: IconClipboardList,
  responses: IconMessages,
  feedback: IconInbox,
  contacts: IconAddressBook,
  cases: IconLifebuoy,
  themes: IconBulb,
  audits: IconRoute,
  settings: IconSettings,
};

const MAIN: readonly Area[] = [
  'overview',
  'surveys',
  'responses',
  'feedback',
  'contacts',
  'cases',
  'themes',
  'audits',
];

/** Areas shown only to roles with this permission; the others are everyone's. */
const NEEDS: Partial<Record<Area, Permission>> = { cases: 'cases.work' };

function activeArea(route: Route): Area | null {
  if (route.name === 'area') return route.area;
  if (route.name === 'settings') return 'settings';
  if (route.name === 'contact' || route.name === 'contacts-import') return 'contacts';
  if (route.name === 'survey') return 'surveys';
  if (route.name === 'case' || route.name === 'case-report') return 'cases';
  if (route.name === 'theme') return 'themes';
  return null;
}

export function MainNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const current = activeArea(route);
  const visible = MAIN.filter((area) => {
    const permission = NEEDS[area];
    return permission === undefined || can(role, permission);
  });

  const link = (area: Area) => {
    const Icon = ICONS[area];
    const to = areaPath(area);
    const active = current === area;
    return (
      <NavLink
        key={area}
        component="a"
        href={to}
        onClick={(event) => followLink(event, to)}
        label={t(`nav.${area}`)}
        leftSection={<Icon size={19} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
        fw={active ? 600 : 500}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
        data-testid={`nav-${area}`}
      />
    );
  };

  return (
    <Stack gap={2} h="100%">
      {visible.map(link)}
      <Divider my="sm" mt="auto" />
      {link('settings')}
    </Stack>
  );
}
