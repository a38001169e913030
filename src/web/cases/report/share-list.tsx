import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TCaseShare } from '../../../shared/contracts/cases.js';
import { DrillLink, useNumberLocale } from '../../analytics/drill-link.js';
import { channelLabel } from '../../contacts/channel-labels.js';
import { formatCount } from '../../analytics/format-metric.js';
import { actionLabel, rootCauseLabel } from '../case-labels.js';
import { formatShareInterval, formatShareValue } from './format-share.js';
import { FEW_CASES, groupCasesPath, type ShareDimension } from './report-links.js';
import { ShareWhisker } from './share-whisker.js';

/** A group's name in words: "none" is no team, nobody or nothing recorded; built-in tags translated. */
export function groupLabel(t: TFunction, dimension: ShareDimension, share: TCaseShare): string {
  if (share.key === 'none')
    return dimension === 'team'
      ? t('cases.report.table.noTeam')
      : dimension === 'agent'
        ? t('cases.report.table.noAgent')
        : t('cases.report.table.noValue');
  switch (dimension) {
    case 'channel':
      return channelLabel(share.key);
    case 'rootCause':
      return rootCauseLabel(t, share.key);
    case 'action':
      return actionLabel(t, share.key);
    default:
      // A person or team removed since keeps its id as its name.
      return share.label === 'none' ? share.key : share.label;
  }
}

export interface ShareListProps {
  title: string;
  dimension: ShareDimension;
  shares: readonly TCaseShare[];
  /** The overall share, drawn as a dashed line behind every group. */
  reference: number | null;
  /** Whether the viewer may open the cases list (agents, admins, owners). */
  canLink: boolean;
  testId: string;
}

/** One dimension's groups as bar rows: name, the interval as a whisker, the share, n. */
export function ShareList({ title, dimension, shares, reference, canLink, testId }: ShareListProps) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  return (
    // A heading and its list, not a landmark: the same title ("First response") recurs per dimension.
    <div data-testid={testId}>
      <Text component="h4" fz="sm" fw={600} mb={4} mt={0}>
        {title}
      </Text>
      {shares.length === 0 ? (
        <Text fz="sm" c="dimmed">
          –
        </Text>
      ) : (
        <ul className="share-list">
          <li className="share-row share-head" aria-hidden>
            <span>{t('cases.report.table.group')}</span>
            <span className="share-bar">{t('cases.report.table.interval')}</span>
            <span className="share-value">{t('cases.report.table.share')}</span>
            <span className="share-n">{t('cases.report.table.n')}</span>
          </li>
          {shares.map((share) => {
            const name = groupLabel(t, dimension, share);
            const to = canLink ? groupCasesPath(dimension, share.key) : null;
            const few = share.n < FEW_CASES;
            const interval = formatShareInterval(share, locale);
            return (
              <li
                key={share.key}
                className="share-row"
                data-testid={`${testId}-row`}
                data-key={share.key}
                data-few={few || undefined}
              >
                <span className="share-name">
                  {to ? (
                    <DrillLink
                      to={to}
                      label={t('cases.report.table.casesOf', { name })}
                      fz="sm"
                      data-testid={`${testId}-link`}
                    >
                      {name}
                    </DrillLink>
                  ) : (
                    <Text span fz="sm">
                      {name}
                    </Text>
                  )}
                  {few ? (
                    <Text
                      fz="xs"
                      c="dimmed"
                      title={t('cases.report.table.fewCasesText', { min: FEW_CASES })}
                      data-testid={`${testId}-few`}
                    >
                      {t('cases.report.table.fewCases')}
                    </Text>
                  ) : null}
                </span>
                <span className="share-bar">
                  <ShareWhisker share={share} reference={reference} />
                </span>
                <span className="share-value">
                  <Text span fz="sm" fw={600} data-testid={`${testId}-percent`}>
                    {formatShareValue(share, locale)}
                  </Text>
                  <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    <span className="sr-only">{t('cases.report.table.interval')}: </span>
                    {interval}
                  </Text>
                </span>
                <Text span fz="sm" className="share-n" data-testid={`${testId}-n`}>
                  <span className="sr-only">{t('cases.report.table.n')} = </span>
                  {formatCount(share.n, locale)}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
