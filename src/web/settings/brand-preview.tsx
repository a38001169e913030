import { ColorSwatch, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const HEX = /^#[0-9a-fA-F]{6}$/;
/** The survey pages' own default when no brand colour is set. */
const DEFAULT_COLOR = '#224690';

/** Black or white text, whichever reads better on the colour (WCAG relative luminance). */
function textOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#111' : '#fff';
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export interface BrandPreviewProps {
  senderName: string;
  brandColor: string;
  logoUrl: string;
}

/** How an invitation's header and button would look with these settings, while typing. */
export function BrandPreview({ senderName, brandColor, logoUrl }: BrandPreviewProps) {
  const { t } = useTranslation();
  const color = HEX.test(brandColor) ? brandColor : DEFAULT_COLOR;
  const logo = logoUrl.trim();
  return (
    <Stack gap={6}>
      <Text fz="sm" fw={500}>
        {t('sendingSettings.preview')}
      </Text>
      <Paper withBorder p="md" radius="md" bg="white" data-testid="brand-preview" aria-label={t('sendingSettings.preview')} component="figure" m={0}>
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap">
            {isHttpsUrl(logo) ? <img src={logo} alt={t('sendingSettings.previewAlt')} height={28} style={{ maxWidth: 140, objectFit: 'contain' }} referrerPolicy="no-referrer" /> : null}
            <Text fw={600} fz="sm" className="wrap-anywhere">
              {senderName.trim() || 'Resonance'}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap" aria-hidden className="brand-scale">
            {Array.from({ length: 11 }, (_, n) => (
              <span key={n} className="brand-scale-point" style={{ borderColor: color, color }}>
                {n}
              </span>
            ))}
          </Group>
          <Group gap="sm">
            <span className="brand-button" style={{ background: color, color: textOn(color) }}>
              {t('sendingSettings.previewButton')}
            </span>
            <ColorSwatch color={color} size={22} aria-hidden data-testid="brand-swatch" />
            <Text fz="xs" c="dimmed" className="tabular">
              {color}
            </Text>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
