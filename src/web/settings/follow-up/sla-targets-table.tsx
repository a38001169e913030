import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSlaTargetRow } from '../../../shared/contracts/follow-up.js';
import { errorAt, type FieldErrors } from './field-errors.js';
import { SLA_CHANNELS, SLA_METRIC_LIST as SLA_METRICS, SLA_PRIORITIES } from './follow-up-options.js';

type SlaMetric = (typeof SLA_METRICS)[number];
const FIELD = {
  firstResponse: 'firstResponseMinutes',
  nextResponse: 'nextResponseMinutes',
  resolution: 'resolutionMinutes',
} as const satisfies Record<SlaMetric, keyof TSlaTargetRow>;

/** Whether a metric of a row counts business hours (its own setting, else the row's). */
const inBusinessHours = (row: TSlaTargetRow, m: SlaMetric) => row.businessHoursFor?.[m] ?? row.businessHours;

/**
 * The row with one metric's hours changed, stored the way the API reads it: `businessHours` is
 * the first response's, `businessHoursFor` only names the metrics that differ from it.
 */
function withHours(row: TSlaTargetRow, metric: SlaMetric, business: boolean): TSlaTargetRow {
  const flags = Object.fromEntries(
    SLA_METRICS.map((m) => [m, m === metric ? business : inBusinessHours(row, m)]),
  ) as Record<SlaMetric, boolean>;
  const differ = SLA_METRICS.filter((m) => flags[m] !== flags.firstResponse);
  const { businessHoursFor: _old, ...rest } = row;
  void _old;
  return {
    ...rest,
    businessHours: flags.firstResponse,
    ...(differ.length > 0 ? { businessHoursFor: Object.fromEntries(differ.map((m) => [m, flags[m]])) } : {}),
  };
}

export interface SlaTargetsTableProps {
  rows: readonly TSlaTargetRow[];
  onChange: (rows: TSlaTargetRow[]) => void;
  /** Errors under `sla.targets.`. */
  errors: FieldErrors;
  disabled: boolean;
}

/** Targets per channel and priority: minutes for first response, next response and resolution, each in business hours or 24/7. */
export function SlaTargetsTable({ rows, onChange, errors, disabled }: SlaTargetsTableProps) {
  const { t } = useTranslation();
  const setRow = (i: number, row: TSlaTargetRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  const narrow = useMediaQuery('(max-width: 48em)');
  const hoursOptions = [
    { value: 'business', label: t('followUp.sla.businessHours') },
    { value: 'all', label: t('followUp.sla.allDay') },
  ];

  /** One row's controls; on a phone each carries its visible label, in the table the column says it. */
  const cells = (row: TSlaTargetRow, i: number, labelled: boolean) => {
    const name = (what: string) =>
      labelled ? { label: what } : { 'aria-label': `${what} · ${t('followUp.sla.row', { n: i + 1 })}` };
    return {
      channel: (
        <Select
          {...name(t('followUp.sla.channel'))}
          data={SLA_CHANNELS.map((c) => ({ value: c, label: t(`followUp.channels.${c}`) }))}
          value={row.channel}
          onChange={(v) => v && setRow(i, { ...row, channel: v as TSlaTargetRow['channel'] })}
          allowDeselect={false}
          disabled={disabled}
          error={errorAt(errors, String(i))}
          w={labelled ? undefined : 160}
        />
      ),
      priority: (
        <Select
          {...name(t('followUp.sla.priority'))}
          data={SLA_PRIORITIES.map((p) => ({ value: p, label: t(`followUp.priorities.${p}`) }))}
          value={row.priority}
          onChange={(v) => v && setRow(i, { ...row, priority: v as TSlaTargetRow['priority'] })}
          allowDeselect={false}
          disabled={disabled}
          w={labelled ? undefined : 160}
        />
      ),
      metrics: SLA_METRICS.map((m) => {
        const label = labelled
          ? t(`followUp.sla.${m}`)
          : `${t(`followUp.sla.${m}`)} · ${t('followUp.sla.row', { n: i + 1 })}`;
        return (
          <Stack key={m} gap={4}>
            <NumberInput
              {...(labelled ? { label } : { 'aria-label': `${label} (${t('followUp.sla.minutes')})` })}
              placeholder={t('followUp.sla.noTarget')}
              value={row[FIELD[m]] ?? ''}
              onChange={(v) => setRow(i, { ...row, [FIELD[m]]: typeof v === 'number' ? v : null })}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              suffix={` ${t('followUp.sla.minutes')}`}
              disabled={disabled}
              error={errorAt(errors, `${i}.${FIELD[m]}`)}
              w={labelled ? undefined : 160}
              data-testid={`sla-${i}-${m}`}
            />
            <Select
              aria-label={`${label}: ${t('followUp.sla.hours')}`}
              data={hoursOptions}
              value={inBusinessHours(row, m) ? 'business' : 'all'}
              onChange={(v) => v && setRow(i, withHours(row, m, v === 'business'))}
              allowDeselect={false}
              disabled={disabled}
              w={labelled ? undefined : 160}
            />
          </Stack>
        );
      }),
      remove: disabled ? null : (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('followUp.sla.removeRow', { n: i + 1 })}
          onClick={() => onChange(rows.filter((_, j) => j !== i))}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      ),
    };
  };

  return (
    <Stack gap="sm">
      {narrow ? (
        <Stack gap="sm" data-testid="sla-targets">
          {rows.map((row, i) => {
            const c = cells(row, i, true);
            return (
              <Paper key={i} withBorder p="sm" data-testid={`sla-row-${i}`}>
                <Stack gap="sm">
                  <Group justify="space-between" wrap="nowrap">
                    <Text fz="sm" fw={600}>
                      {t('followUp.sla.row', { n: i + 1 })}
                    </Text>
                    {c.remove}
                  </Group>
                  <SimpleGrid cols={2} spacing="xs">
                    {c.channel}
                    {c.priority}
                  </SimpleGrid>
                  {c.metrics}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" data-testid="sla-targets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followUp.sla.channel')}</Table.Th>
                <Table.Th>{t('followUp.sla.priority')}</Table.Th>
                {SLA_METRICS.map((m) => (
                  <Table.Th key={m}>{t(`followUp.sla.${m}`)}</Table.Th>
                ))}
                <Table.Th>
                  <VisuallyHidden>{t('followUp.sla.remove')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => {
                const c = cells(row, i, false);
                return (
                  <Table.Tr key={i} data-testid={`sla-row-${i}`}>
                    <Table.Td>{c.channel}</Table.Td>
                    <Table.Td>{c.priority}</Table.Td>
                    {c.metrics.map((cell, k) => (
                      <Table.Td key={k}>{cell}</Table.Td>
                    ))}
                    <Table.Td>{c.remove}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('followUp.sla.noTarget')}
        </Text>
      ) : null}
      {disabled ? null : (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              onChange([
                ...rows,
                {
                  channel: 'email',
                  priority: 'urgent',
                  firstResponseMinutes: 60,
                  nextResponseMinutes: 60,
                  resolutionMinutes: 480,
                  businessHours: false,
                },
              ])
            }
          >
            {t('followUp.sla.addRow')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
