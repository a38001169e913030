import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TThemeDetail } from '../../shared/contracts/theme-detail.js';
import { channelLabel } from '../feedback/item-labels.js';
import { formatDateTime } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { casePath, feedbackPath } from '../router/routes.js';
import { analysisMarks } from '../text/analysis-marks.js';
import { HighlightedComment } from '../text/highlighted-comment.js';
import { TONE_COLOR, TONE_TEXT, toneOf } from './theme-tone.js';

type Example = TThemeDetail['examples'][number];

/** The feedback inbox narrowed to the one instant the item was given: the answer itself. */
function answerPath(example: Example): string {
  const at = new Date(example.occurredAt);
  return feedbackPath({ from: at.toISOString(), to: new Date(at.getTime() + 1).toISOString() });
}

/**
 * Recent comments that mention the theme, each drawn with the words that put it in the theme
 * (underlined) and those that set its tone (tinted) — as text nodes, never as HTML — with
 * where and when it was given, its score, and links to the answer and the case holding it.
 */
export function ThemeExamples({
  examples,
  themeName,
  themeId,
}: {
  examples: readonly Example[];
  themeName: string;
  themeId: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="theme-examples" data-testid="theme-examples">
      {examples.map((e) => {
        const tone = toneOf(e.sentiment) ?? 'neutral';
        return (
          <li key={e.itemId} className="theme-example" data-testid="theme-example" data-tone={tone}>
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="outline" color={TONE_COLOR[tone]} c={TONE_TEXT[tone]} size="sm">
                  {t(`themeDetail.examples.${tone}`)}
                </Badge>
                <Text span fz="xs" c="dimmed">
                  {formatDateTime(e.occurredAt)} · {channelLabel(t, { channel: e.channel })}
                  {e.metric !== null && e.score !== null
                    ? ` · ${e.metric === 'rating' ? '★' : e.metric.toUpperCase()} ${e.score}`
                    : ''}
                </Text>
              </Group>
              <Text fz="sm" className="theme-example-text">
                <HighlightedComment
                  text={e.text}
                  marks={analysisMarks(e.analysis, () => themeName, themeId)}
                />
              </Text>
              <Group gap="md">
                <AppLink to={answerPath(e)} fz="xs" data-testid="theme-example-answer">
                  {t('themeDetail.examples.answer')}
                </AppLink>
                {e.caseId ? (
                  <AppLink to={casePath(e.caseId)} fz="xs" data-testid="theme-example-case">
                    {t('themeDetail.examples.case')}
                  </AppLink>
                ) : null}
              </Group>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
