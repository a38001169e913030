import { Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The server's QR code SVG as an image, never as markup in the page: an <img> cannot run
 * scripts or pick up the page's styles, whatever the string holds. The same data URL downloads
 * it as a file for print.
 */
export function QrCodeImage({ svg, fileName }: { svg: string; fileName: string }) {
  const { t } = useTranslation();
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return (
    <Stack gap="xs" align="center">
      <img
        src={src}
        alt={t('sending.channels.link.qrAlt')}
        width={176}
        height={176}
        className="qr-code"
        data-testid="link-qr"
      />
      <Button
        component="a"
        href={src}
        download={fileName}
        variant="default"
        size="xs"
        leftSection={<IconDownload size={14} aria-hidden />}
        data-testid="link-qr-download"
      >
        {t('sending.channels.link.download')}
      </Button>
    </Stack>
  );
}
