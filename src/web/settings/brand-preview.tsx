import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewStep } from '../../survey-pages/brand-preview-page.js';
import { useSession } from '../session/session-context.js';

export interface BrandPreviewProps {
  senderName: string;
  brandColor: string;
  logoUrl: string;
}

type Render = typeof import('../../survey-pages/brand-preview-page.js').renderBrandPreview;

/**
 * The public survey page as respondents will see it with these settings, while typing: the
 * server's own render function, loaded on demand, shown in a sandboxed frame (no scripts, no
 * forms), so structure, colours, logo and texts are the real page's and not a look-alike.
 */
export function BrandPreview({ senderName, brandColor, logoUrl }: BrandPreviewProps) {
  const { t, i18n } = useTranslation();
  const { organizationName } = useSession();
  const [step, setStep] = useState<PreviewStep>('score');
  const [render, setRender] = useState<{ fn: Render } | null>(null);
  const [height, setHeight] = useState(480);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let live = true;
    void import('../../survey-pages/brand-preview-page.js').then((m) => {
      if (live) setRender({ fn: m.renderBrandPreview });
    });
    return () => {
      live = false;
    };
  }, []);

  const language = i18n.language.startsWith('de') ? 'de' : 'en';
  // As the server does: the sender name, else the organization's name.
  const orgName = senderName.trim() || organizationName;
  const html =
    render?.fn(step, language, {
      orgName,
      brandColor: brandColor.trim() || null,
      logoUrl: logoUrl.trim() || null,
    }) ?? '';

  /** The frame grows to its page, so the preview never scrolls inside the settings page. */
  function fit() {
    const doc = frame.current?.contentDocument;
    if (doc?.body) setHeight(Math.max(200, doc.body.scrollHeight));
  }

  return (
    <Stack gap={6}>
      <Text fz="sm" fw={500} id="brand-preview-label">
        {t('sendingSettings.preview')}
      </Text>
      <SegmentedControl
        size="xs"
        value={step}
        onChange={(value) => setStep(value === 'follow-up' ? 'follow-up' : 'score')}
        data={[
          { value: 'score', label: t('sendingSettings.previewScoreStep') },
          { value: 'follow-up', label: t('sendingSettings.previewFollowUpStep') },
        ]}
        data-testid="brand-preview-step"
        aria-label={t('sendingSettings.previewStep')}
      />
      <Text fz="xs" c="dimmed">
        {t('sendingSettings.previewHint')}
      </Text>
      <iframe
        ref={frame}
        title={t('sendingSettings.previewFrame')}
        srcDoc={html}
        // Same origin only so the frame's height can be read; without allow-scripts nothing in it runs.
        sandbox="allow-same-origin"
        onLoad={fit}
        style={{
          width: '100%',
          height,
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 8,
          background: '#fff',
        }}
        data-testid="brand-preview"
      />
    </Stack>
  );
}
