import { Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodHint } from '../../analytics/period-hint.js';
import { REPORT_PRESETS, shiftDay, type ReportPeriod, type ReportPreset } from './report-period.js';

type Choice = ReportPreset | 'custom';
const isPreset = (value: string): value is ReportPreset =>
  (REPORT_PRESETS as readonly string[]).includes(value);

export interface ReportPeriodBarProps {
  period: ReportPeriod;
  /** The API's days for the period (`to` exclusive). */
  range: { from: string; to: string };
  onChange: (period: ReportPeriod) => void;
}

/** The report's period: presets, or two days; each change goes into the address (the page writes it). */
export function ReportPeriodBar({ period, range, onChange }: ReportPeriodBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const choice: Choice = period.kind === 'custom' ? 'custom' : period.preset;
  const choices = [...REPORT_PRESETS, 'custom' as const].map((value) => ({
    value,
    label: t(`cases.report.presets.${value}`),
  }));

  function choose(next: string) {
    // Custom starts from the days shown now, so choosing it changes nothing yet.
    if (next === 'custom') onChange({ kind: 'custom', from: range.from, to: range.to });
    else if (isPreset(next)) onChange({ kind: 'preset', preset: next });
  }

  /** A day typed into either field; an emptied field or an end before the start is not taken. */
  function setDays(from: string, lastDay: string) {
    if (!from || !lastDay || lastDay < from) return;
    onChange({ kind: 'custom', from, to: shiftDay(lastDay, 1) });
  }

  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="report-period-bar"
    >
      <Text id={`${id}-title`} className="sr-only">
        {t('cases.report.period')}
      </Text>
      <Group align="flex-end" gap="md" wrap="wrap" mb="sm">
        <Stack gap={4} w={{ base: '100%', xs: 'auto' }}>
          <Text component="span" fz="sm" fw={500} id={`${id}-period`}>
            {t('cases.report.period')}
          </Text>
          {/* Five choices side by side need about 520 px: a phone gets them as a list. */}
          <SegmentedControl
            visibleFrom="md"
            aria-labelledby={`${id}-period`}
            value={choice}
            onChange={choose}
            data={choices}
            data-testid="report-period"
          />
          <Select
            hiddenFrom="md"
            aria-labelledby={`${id}-period`}
            value={choice}
            onChange={(next) => next && choose(next)}
            data={choices}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
            data-testid="report-period-select"
          />
        </Stack>
        {period.kind === 'custom' ? (
          <>
            <TextInput
              type="date"
              label={t('cases.report.from')}
              value={period.from}
              max={shiftDay(period.to, -1)}
              onChange={(e) => setDays(e.currentTarget.value, shiftDay(period.to, -1))}
              w={160}
              data-testid="report-from"
            />
            <TextInput
              type="date"
              label={t('cases.report.to')}
              // The API's `to` is exclusive; people name the last day they want to see.
              value={shiftDay(period.to, -1)}
              min={period.from}
              onChange={(e) => setDays(period.from, e.currentTarget.value)}
              w={160}
              data-testid="report-to"
            />
          </>
        ) : null}
      </Group>
      <PeriodHint
        label={choice === 'custom' ? null : t(`cases.report.presets.${choice}`)}
        from={range.from}
        to={range.to}
        testId="report-period-hint"
      />
    </Paper>
  );
}
