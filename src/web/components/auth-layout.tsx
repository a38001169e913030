import { Box, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconBulb, IconHeartHandshake, IconInbox, IconRepeat } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';
import { Logo } from './logo.js';

export interface AuthLayoutProps {
  title: string;
  subtitle?: string;
  children: ReactNode;
  footer?: ReactNode;
}

const LOOP = [
  { key: 'collect', icon: IconInbox },
  { key: 'inner', icon: IconHeartHandshake },
  { key: 'outer', icon: IconBulb },
  { key: 'predict', icon: IconAlertTriangle },
  { key: 'close', icon: IconRepeat },
] as const;

/** The frame of every account screen: what Resonance is on the left, the form on the right. */
export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · Resonance`;
  }, [title]);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0} mih="100vh">
      <Box component="aside" className="auth-brand" visibleFrom="md" p={56} aria-label={t('app.tagline')}>
        <Stack h="100%" justify="space-between" gap="xl">
          <Logo inverted />
          <Stack gap="xl" maw={440}>
            <Title order={2} c="white" fz={30} lh={1.25}>
              {t('brand.headline')}
            </Title>
            <List spacing="md" center>
              {LOOP.map(({ key, icon: Icon }) => (
                <List.Item
                  key={key}
                  icon={
                    <ThemeIcon size={32} radius="xl" color="rgba(255,255,255,0.14)">
                      <Icon size={18} stroke={1.7} aria-hidden />
                    </ThemeIcon>
                  }
                >
                  <Text c="rgba(255,255,255,0.92)">{t(`brand.loop.${key}`)}</Text>
                </List.Item>
              ))}
            </List>
          </Stack>
          <Text fz="sm" c="rgba(255,255,255,0.75)">
            {t('brand.footnote')}
          </Text>
        </Stack>
      </Box>
      <Stack gap={0} bg="white">
        <Group component="header" justify="space-between" p="lg">
          <Box hiddenFrom="md">
            <Logo />
          </Box>
          <Box ml="auto">
            <LanguageSwitch />
          </Box>
        </Group>
        <Box
          component="main"
          id="main"
          flex={1}
          px="lg"
          pb={64}
          pt={{ base: 'md', md: 0 }}
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
        >
          <Paper w="100%" maw={420} p={0} bg="transparent">
            <Stack gap="xs" mb="xl">
              <Title order={1} fz={26}>
                {title}
              </Title>
              {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
            </Stack>
            {children}
            {footer ? <Box mt="xl">{footer}</Box> : null}
          </Paper>
        </Box>
      </Stack>
    </SimpleGrid>
  );
}
