import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TThemeDetail } from '../../shared/contracts/theme-detail.js';
import { DrillLink, useNumberLocale } from '../analytics/drill-link.js';
import { formatCount } from '../analytics/format-metric.js';
import { channelLabel } from '../feedback/item-labels.js';
import { formatPercent } from '../lib/format-percent.js';
import { responsesPath } from '../router/routes.js';

type Breakdowns = TThemeDetail['breakdowns'];
type Dimension = keyof Breakdowns;
const DIMENSIONS: readonly Dimension[] = ['channel', 'segment', 'touchpoint'];

/**
 * Where a theme's mentions come from, per channel, segment and touchpoint: each group's
 * mentions (a link to its answers) and the share of its comments that mention the theme, drawn
 * as a bar with its interval on one scale per dimension. Thin groups are summed in one line.
 */
export function ThemeBreakdown({
  breakdowns,
  themeId,
  range,
}: {
  breakdowns: Breakdowns;
  themeId: string;
  range: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg" data-testid="theme-breakdown">
      {DIMENSIONS.map((dimension) => {
        const { groups, hidden } = breakdowns[dimension];
        const reach = Math.max(10, ...groups.map((g) => g.share?.ci.high ?? 0));
        return (
          <Stack key={dimension} gap="xs" data-testid={`theme-breakdown-${dimension}`}>
            <Title order={3} fz="sm">
              {t(`themeDetail.breakdown.${dimension}`)}
            </Title>
            {groups.length === 0 ? (
              <Text fz="sm" c="dimmed">
                {t('themeDetail.breakdown.empty')}
              </Text>
            ) : (
              <ul className="theme-groups">
                {groups.map((g) => {
                  const name =
                    g.key === null
                      ? t('themeDetail.breakdown.none')
                      : dimension === 'channel'
                        ? channelLabel(t, { channel: g.key })
                        : g.key;
                  const mentionsText = t('themeDetail.breakdown.mentions', {
                    count: g.mentions,
                    formatted: formatCount(g.mentions, locale),
                  });
                  return (
                    <li key={g.key ?? ''} className="theme-group" data-testid="theme-group">
                      <div className="theme-group-head">
                        <Text span fz="sm" fw={600} className="theme-group-name">
                          {name}
                        </Text>
                        <DrillLink
                          to={responsesPath({
                            theme: themeId,
                            from: range.from,
                            to: range.to,
                            ...(g.key === null ? {} : { [dimension]: g.key }),
                          })}
                          label={t('themeDetail.breakdown.open', { group: name, mentions: mentionsText })}
                          fz="sm"
                          c="blue.8"
                        >
                          {mentionsText}
                        </DrillLink>
                      </div>
                      {g.share ? (
                        <>
                          <div className="share-bar" aria-hidden>
                            <div
                              className="share-bar-range"
                              style={{
                                left: `${(g.share.ci.low / reach) * 100}%`,
                                width: `${((g.share.ci.high - g.share.ci.low) / reach) * 100}%`,
                              }}
                            />
                            <div
                              className="share-bar-dot"
                              style={{ left: `${(g.share.percent / reach) * 100}%` }}
                            />
                          </div>
                          <Text fz="xs" c="dimmed">
                            {t('themeDetail.breakdown.share', {
                              share: formatPercent(g.share.percent, locale),
                              comments: formatCount(g.comments, locale),
                              low: formatPercent(g.share.ci.low, locale),
                              high: formatPercent(g.share.ci.high, locale),
                            })}
                          </Text>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
            {hidden.groups > 0 ? (
              <Text fz="xs" c="dimmed" data-testid="theme-breakdown-hidden">
                {t('themeDetail.breakdown.hidden', {
                  count: hidden.groups,
                  mentions: formatCount(hidden.mentions, locale),
                  groups: formatCount(hidden.groups, locale),
                })}
              </Text>
            ) : null}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
