import {
  ActionIcon,
  Box,
  Button,
  Group,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNotification } from '../../shared/contracts/notifications.js';
import { useMarkNotificationsRead } from '../api/use-mark-notifications-read.js';
import { useNotifications } from '../api/use-notifications.js';
import { formatDateTime } from '../lib/format.js';
import { navigate } from '../router/history.js';
import { casePath } from '../router/routes.js';

/** Kinds the dashboard has words for (contracts/notifications.ts), kept literal so zod stays out of the chunk. */
const KINDS = [
  'case.assigned',
  'case.joined',
  'case.customer-message',
  'case.warned',
  'case.breached',
  'case.escalated',
  'case.mentioned',
] as const satisfies readonly TNotification['kind'][];

/**
 * The bell in the header: how many notifications are unread (asked every 30 s), the latest in a
 * dropdown, each leading to its case, and "mark all read". Case subjects are text, never HTML.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const list = useNotifications({ enabled: true });
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (n: TNotification) => {
    setOpened(false);
    if (!n.readAt) markRead.mutate([n.id]);
    if (n.case) navigate(casePath(n.case.id));
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={340}
      shadow="md"
      withinPortal={false}
    >
      <Popover.Target>
        {/* The button itself is the popover's target: it carries aria-expanded, which a wrapper div may not. */}
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          radius="xl"
          pos="relative"
          // The count sits over the icon's corner; the button would otherwise clip it.
          style={{ overflow: 'visible' }}
          onClick={() => setOpened((o) => !o)}
          aria-label={unread > 0 ? t('cases.bell.unread', { count: unread }) : t('cases.bell.label')}
          data-testid="bell"
        >
          <IconBell size={20} stroke={1.7} aria-hidden />
          {unread > 0 ? (
            <span className="bell-count" aria-hidden>
              {unread > 99 ? '99+' : unread}
            </span>
          ) : null}
          <span hidden data-testid="bell-count" data-count={unread} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="bell-dropdown">
        <Group justify="space-between" px="md" py="sm" gap="xs" wrap="wrap">
          <Text fw={600} fz="sm">
            {t('cases.bell.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate(undefined)}
            data-testid="bell-mark-all"
          >
            {t('cases.bell.markAllRead')}
          </Button>
        </Group>
        {items.length === 0 ? (
          <Text fz="sm" c="dimmed" px="md" pb="md">
            {t('cases.bell.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
              {items.map((n) => (
                <li key={n.id} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                  <UnstyledButton
                    component="a"
                    {...(n.case ? { href: casePath(n.case.id) } : {})}
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      open(n);
                    }}
                    w="100%"
                    px="md"
                    py="sm"
                    display="block"
                    bg={n.readAt ? 'transparent' : 'ink.0'}
                    data-testid="bell-item"
                    data-read={n.readAt !== null}
                  >
                    <Group gap={8} wrap="nowrap" align="flex-start">
                      <Box
                        mt={6}
                        w={8}
                        h={8}
                        style={{
                          borderRadius: 999,
                          flex: 'none',
                          background: n.readAt ? 'transparent' : 'var(--mantine-color-ink-8)',
                        }}
                        aria-hidden
                      />
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text fz="sm" fw={n.readAt ? 400 : 600}>
                          {(KINDS as readonly string[]).includes(n.kind)
                            ? t(`cases.bell.kinds.${n.kind}`)
                            : n.kind}
                        </Text>
                        <Text fz="sm" className="wrap-anywhere" lineClamp={2}>
                          {n.case ? `#${n.case.number} ${n.case.subject}` : t('cases.bell.caseGone')}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                        </Text>
                      </Stack>
                    </Group>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
