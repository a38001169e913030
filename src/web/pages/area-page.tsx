import { Badge, EmptyState, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBulb, IconRoute, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';
import { responsesPath, type Area } from '../router/routes.js';

/** The areas of the navigation that are not built yet; every other area has its own page. */
export type PlannedArea = Extract<Area, 'themes' | 'audits'>;

const ICONS: Record<PlannedArea, Icon> = {
  themes: IconBulb,
  audits: IconRoute,
};

/** Where what already works instead is: the answers with comments, the overview's trend and comparison. */
const TODAY: Record<PlannedArea, string> = {
  themes: responsesPath({ hasComment: 'true' }),
  audits: '/',
};

/**
 * An area that is planned but not built: says so plainly (never as if it ran already), what it
 * will do, and what already works today instead.
 */
export function AreaPage({ area }: { area: PlannedArea }) {
  const { t } = useTranslation();
  const Icon = ICONS[area];
  const steps = t(`areas.${area}.steps`, { returnObjects: true });

  return (
    <>
      <PageHeader title={t(`areas.${area}.title`)} subtitle={t(`areas.${area}.subtitle`)} />
      <Paper withBorder p={{ base: 'lg', sm: 48 }} data-testid={`area-${area}`}>
        <Stack align="center" gap="xl">
          <Badge variant="light" color="gray" size="lg" data-testid="area-planned">
            {t('areas.planned')}
          </Badge>
          <EmptyState
            icon={<Icon size={30} stroke={1.5} aria-hidden />}
            variant="light"
            size="lg"
            title={t(`areas.${area}.emptyTitle`)}
            description={t(`areas.${area}.emptyText`)}
            maw={640}
          />
          <Paper bg="gray.0" p="lg" radius="md" w="100%" maw={560}>
            <Title order={2} fz="sm" tt="uppercase" c="dimmed" mb="sm" style={{ letterSpacing: '0.04em' }}>
              {t('areas.meanwhile')}
            </Title>
            <List type="ordered" spacing="sm" center styles={{ itemWrapper: { alignItems: 'flex-start' } }}>
              {steps.map((step, index) => (
                <List.Item
                  key={step}
                  icon={
                    <ThemeIcon size={24} radius="xl" variant="light">
                      <Text fz="xs" fw={700}>
                        {index + 1}
                      </Text>
                    </ThemeIcon>
                  }
                >
                  <Text fz="sm">{step}</Text>
                </List.Item>
              ))}
            </List>
            <LinkButton to={TODAY[area]} variant="light" mt="md" data-testid="area-today">
              {t(`areas.${area}.action`)}
            </LinkButton>
          </Paper>
        </Stack>
      </Paper>
    </>
  );
}
