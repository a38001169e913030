import {
  Alert,
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLoyaltyCategory, TLoyaltyEconomics } from '../../shared/contracts/loyalty.js';
import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import { useLoyalty } from '../api/use-loyalty.js';
import { NPS_COLORS } from '../contacts/nps.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { formatPercent } from '../lib/format-percent.js';
import { localeOf } from '../lib/number-locale.js';
import { useFormatMoney } from '../lib/use-format-money.js';
import { formatInterval, formatStat } from './format-stat.js';
import { loyaltyParams } from './loyalty-window.js';

type Share = TLoyaltyCategory['retention'];

function ShareCell({ share, testId }: { share: Share; testId: string }) {
  const { t, i18n } = useTranslation();
  if (!share) {
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        {t('responses.loyalty.notYet')}
      </Text>
    );
  }
  return (
    <Stack gap={0} data-testid={testId} data-value={share.percent}>
      <Text fz="sm" fw={600}>
        {formatPercent(share.percent, localeOf(i18n.language))}
      </Text>
      <Text fz="xs" c="dimmed">
        {formatInterval(share.low, share.high, 0, (v) => formatPercent(v, localeOf(i18n.language)))} · n ={' '}
        {formatNumber(share.eligible)}
      </Text>
    </Stack>
  );
}

function categoryDot(category: TLoyaltyCategory['category']): string {
  return category === 'non-respondent' ? '#adb5bd' : NPS_COLORS[category].dot;
}

function LoyaltyTable({ data }: { data: TLoyaltyEconomics }) {
  const { t, i18n } = useTranslation();
  const money = useFormatMoney();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={t('responses.loyalty.tableLabel')} data-testid="loyalty-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('responses.loyalty.columns.category')}</Table.Th>
            <Table.Th ta="right">{t('responses.loyalty.columns.customers')}</Table.Th>
            <Table.Th>{t('responses.loyalty.columns.retention')}</Table.Th>
            <Table.Th>{t('responses.loyalty.columns.repurchase')}</Table.Th>
            <Table.Th ta="right">{t('responses.loyalty.columns.revenue')}</Table.Th>
            <Table.Th>{t('responses.loyalty.columns.clv')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.categories.map((c) => (
            <Table.Tr key={c.category} data-testid={`loyalty-row-${c.category}`}>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  <span
                    aria-hidden
                    style={{
                      width: 10,
                      height: 10,
                      borderRadius: 5,
                      background: categoryDot(c.category),
                      flexShrink: 0,
                    }}
                  />
                  <Text fz="sm" fw={600}>
                    {t(`responses.loyalty.categories.${c.category}`)}
                  </Text>
                  {c.isThin ? (
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {t('responses.loyalty.thin')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td ta="right" data-testid={`loyalty-customers-${c.category}`} data-value={c.customers}>
                {formatNumber(c.customers)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={c.retention} testId={`loyalty-retention-${c.category}`} />
              </Table.Td>
              <Table.Td>
                <ShareCell share={c.repurchase} testId={`loyalty-repurchase-${c.category}`} />
              </Table.Td>
              <Table.Td ta="right" data-testid={`loyalty-revenue-${c.category}`} data-value={c.revenue}>
                <Text fz="sm">{money(c.revenue)}</Text>
                <Text fz="xs" c="dimmed">
                  {c.revenueShare === null ? '–' : formatPercent(c.revenueShare, localeOf(i18n.language))}
                </Text>
              </Table.Td>
              <Table.Td data-testid={`loyalty-clv-${c.category}`} data-value={c.clv?.estimate ?? ''}>
                {c.clv ? (
                  <>
                    <Text fz="sm" fw={600}>
                      {money(c.clv.estimate)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {c.clv.low === null && c.clv.high === null
                        ? t('responses.loyalty.noInterval')
                        : formatInterval(c.clv.low, c.clv.high, 0, money)}
                    </Text>
                  </>
                ) : (
                  <Text fz="sm" c="dimmed">
                    –
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Headline({
  label,
  value,
  detail,
  testId,
  dataValue,
}: {
  label: string;
  value: string;
  detail: string;
  testId: string;
  dataValue: number | string;
}) {
  return (
    <Paper bg="gray.0" p="md" radius="md">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} data-testid={testId} data-value={dataValue}>
        {value}
      </Text>
      <Text fz="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

/** The sources' claims, each beside what this company's own customers show. */
function Claims({ data }: { data: TLoyaltyEconomics }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'de' ? 'de' : 'en';
  const byCategory = new Map(data.categories.map((c) => [c.category, c]));
  const ratio = data.promoterDetractorClvRatio;
  const ours = (key: string): string => {
    if (key === 'repurchase') {
      const p = byCategory.get('promoter')?.repurchase;
      const a = byCategory.get('passive')?.repurchase;
      if (!p || !a) return t('responses.loyalty.ownNotYet');
      return t('responses.loyalty.ownRepurchase', {
        promoters: formatPercent(p.percent, localeOf(lang)),
        passives: formatPercent(a.percent, localeOf(lang)),
      });
    }
    if (!ratio) return t('responses.loyalty.ownNotYet');
    return t('responses.loyalty.ownRatio', {
      ratio: formatStat(ratio.estimate, 1),
      interval: formatInterval(ratio.low, ratio.high, 1),
    });
  };
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  return (
    <Stack gap="xs" data-testid="loyalty-claims">
      <Title order={3} fz="sm">
        {t('responses.loyalty.claimsTitle')}
      </Title>
      <Table verticalSpacing="xs" aria-label={t('responses.loyalty.claimsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('responses.loyalty.claimColumn')}</Table.Th>
            <Table.Th>{t('responses.loyalty.oursColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.claims.map((claim) => {
            const source = sources.get(claim.sourceKey);
            return (
              <Table.Tr key={claim.key} data-testid={`loyalty-claim-${claim.key}`}>
                <Table.Td>
                  <Text fz="sm">{claim.statement[lang]}</Text>
                  {source ? (
                    <Text fz="xs" c="dimmed">
                      {source.url ? (
                        <Anchor href={source.url} target="_blank" rel="noreferrer" fz="xs">
                          {source.citation}
                        </Anchor>
                      ) : source.key === 'popular-claim' ? (
                        t('responses.loyalty.popularClaimCitation')
                      ) : (
                        source.citation
                      )}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {ours(claim.key)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/**
 * Loyalty economics (C12) per NPS category at survey time: customers, 12-month retention and
 * repurchase with intervals, revenue and its share, CLV with a bootstrap interval, the
 * promoter/detractor CLV ratio and the revenue detractors hold — labelled as association, with
 * the sources' claims beside the company's own figures.
 */
export function LoyaltyPanel({ filters }: { filters: TMetricFilters }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { params, usesViewPeriod } = useMemo(
    () => loyaltyParams(filters, new Date().toISOString().slice(0, 10)),
    [filters],
  );
  const loyalty = useLoyalty(params);
  const data = loyalty.data;
  const lang = i18n.language === 'de' ? 'de' : 'en';
  const money = useFormatMoney();

  let body;
  if (loyalty.isPending) body = <SectionLoader />;
  else if (loyalty.isError)
    body = <SectionError error={loyalty.error} onRetry={() => void loyalty.refetch()} />;
  else if (data) {
    const detractors = data.categories.find((c) => c.category === 'detractor');
    const ratio = data.promoterDetractorClvRatio;
    body = (
      <Stack gap="md">
        <Text fz="sm" c="dimmed" data-testid="loyalty-window">
          {t('responses.loyalty.window', {
            from: formatDate(data.window.from),
            to: formatDate(new Date(Date.parse(data.window.to) - 1)),
            respondents: formatNumber(data.respondents),
            contacts: formatNumber(data.contacts),
          })}{' '}
          {usesViewPeriod ? '' : t('responses.loyalty.defaultWindow')}
        </Text>
        {data.respondents === 0 ? (
          <Alert color="gray" variant="light" data-testid="loyalty-empty">
            {t('responses.loyalty.empty')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Headline
            label={t('responses.loyalty.ratio')}
            value={ratio ? `${formatStat(ratio.estimate, 1)}×` : '–'}
            detail={
              ratio
                ? t('responses.loyalty.ratioDetail', { interval: formatInterval(ratio.low, ratio.high, 1) })
                : t('responses.loyalty.ratioMissing')
            }
            testId="loyalty-ratio"
            dataValue={ratio?.estimate ?? ''}
          />
          <Headline
            label={t('responses.loyalty.detractorRevenue')}
            value={detractors ? money(detractors.revenue) : '–'}
            detail={
              detractors?.revenueShare !== null && detractors?.revenueShare !== undefined
                ? t('responses.loyalty.detractorShare', {
                    share: formatPercent(detractors.revenueShare, localeOf(lang)),
                  })
                : ''
            }
            testId="loyalty-detractor-revenue"
            dataValue={detractors?.revenue ?? ''}
          />
        </SimpleGrid>
        <LoyaltyTable data={data} />
        <Claims data={data} />
        <List size="xs" c="dimmed" spacing={2}>
          <List.Item>{data.definitions.retention[lang]}</List.Item>
          <List.Item>{data.definitions.clv[lang]}</List.Item>
          <List.Item>
            {t('responses.loyalty.bootstrap', {
              resamples: formatNumber(data.definitions.bootstrap.resamples),
            })}
          </List.Item>
        </List>
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`${id}-title`} data-testid="loyalty-panel">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id={`${id}-title`}>
            {t('responses.loyalty.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('responses.loyalty.subtitle')}
          </Text>
        </Stack>
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          title={t('responses.loyalty.associationTitle')}
          data-testid="loyalty-association"
        >
          {t('responses.loyalty.associationText')}
        </Alert>
        {body}
      </Stack>
    </Paper>
  );
}
