import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportPath, type ResponseFilters } from './response-filters.js';

/**
 * Downloads of exactly the listed answers. Plain links: the browser sends the session cookie
 * and saves the attachment itself, however large the file (the server streams it).
 */
export function ExportButtons({ filters }: { filters: ResponseFilters }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={exportPath(format, filters, i18n.language)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          data-testid={`responses-export-${format}`}
        >
          {t(`responses.export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
