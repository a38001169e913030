import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../shared/roles.js';

export function RolesLegend() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {ROLES.map((role) => (
        <Stack key={role} gap={4}>
          <Badge variant="light" color={role === 'owner' ? 'ink' : 'gray'} w="fit-content">
            {t(`roles.${role}`)}
          </Badge>
          <Text fz="sm" c="dimmed">
            {t(`roleDescriptions.${role}`)}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
