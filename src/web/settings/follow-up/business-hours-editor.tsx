import '@mantine/core/styles/Pill.css';
import { ActionIcon, Button, Group, Pill, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBusinessCalendar } from '../../../shared/contracts/follow-up.js';
import { errorAt, type FieldErrors } from './field-errors.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Weekday = (typeof WEEKDAYS)[number];

export interface BusinessHoursEditorProps {
  value: TBusinessCalendar;
  onChange: (value: TBusinessCalendar) => void;
  disabled: boolean;
  /** Errors under `calendar.` (`timeZone`, `week.1`, `holidays.0`). */
  errors: FieldErrors;
}

/** The browser's IANA zones, with the current one kept even if the list lacks it. */
function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/**
 * A team's business hours: a time zone, per weekday any number of intervals (a lunch break is
 * the gap between two), and holidays.
 */
export function BusinessHoursEditor({ value, onChange, disabled, errors }: BusinessHoursEditorProps) {
  const { t } = useTranslation();
  const zoneList = useMemo(() => zones(value.timeZone), [value.timeZone]);
  const [holiday, setHoliday] = useState('');
  const setDay = (day: Weekday, intervals: { start: string; end: string }[]) => {
    const week = { ...value.week };
    if (intervals.length > 0) week[day] = intervals;
    else delete week[day];
    onChange({ ...value, week });
  };
  const addHoliday = () => {
    if (!holiday || value.holidays.includes(holiday)) return;
    onChange({ ...value, holidays: [...value.holidays, holiday].sort() });
    setHoliday('');
  };

  return (
    <Stack gap="md" data-testid="business-hours">
      <Select
        label={t('followUp.calendar.timeZone')}
        data={zoneList}
        value={value.timeZone}
        onChange={(zone) => zone && onChange({ ...value, timeZone: zone })}
        searchable
        allowDeselect={false}
        disabled={disabled}
        error={errorAt(errors, 'timeZone')}
        maw={320}
        data-testid="calendar-zone"
      />
      <Stack gap={6}>
        <Text fz="sm" c="dimmed">
          {t('followUp.calendar.intervalsHint')}
        </Text>
        {WEEKDAYS.map((day) => {
          const intervals = value.week[day] ?? [];
          const dayName = t(`followUp.calendar.weekdays.${DAY_NAMES[day - 1] ?? 'mon'}`);
          const error = errorAt(errors, `week.${day}`, true);
          return (
            <Stack key={day} gap={4} data-testid={`calendar-day-${day}`}>
              <Group gap="xs" align="center" wrap="wrap">
                <Text fz="sm" fw={500} w={128}>
                  {dayName}
                </Text>
                {intervals.length === 0 ? (
                  <Text fz="sm" c="dimmed">
                    {t('followUp.calendar.closed')}
                  </Text>
                ) : null}
                {intervals.map((interval, i) => (
                  <Group key={i} gap={4} wrap="nowrap">
                    <TextInput
                      type="time"
                      aria-label={`${dayName} ${t('followUp.calendar.from')}`}
                      value={interval.start}
                      onChange={(e) =>
                        setDay(
                          day,
                          intervals.map((x, j) => (j === i ? { ...x, start: e.currentTarget.value } : x)),
                        )
                      }
                      disabled={disabled}
                      error={Boolean(error)}
                      w={128}
                      data-testid={`calendar-${day}-${i}-start`}
                    />
                    <Text fz="sm" aria-hidden>
                      –
                    </Text>
                    <TextInput
                      type="time"
                      aria-label={`${dayName} ${t('followUp.calendar.to')}`}
                      value={interval.end}
                      onChange={(e) =>
                        setDay(
                          day,
                          intervals.map((x, j) => (j === i ? { ...x, end: e.currentTarget.value } : x)),
                        )
                      }
                      disabled={disabled}
                      error={Boolean(error)}
                      w={128}
                      data-testid={`calendar-${day}-${i}-end`}
                    />
                    {disabled ? null : (
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('followUp.calendar.removeInterval', {
                          from: interval.start,
                          to: interval.end,
                          day: dayName,
                        })}
                        onClick={() =>
                          setDay(
                            day,
                            intervals.filter((_, j) => j !== i),
                          )
                        }
                      >
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
                {disabled ? null : (
                  <ActionIcon
                    variant="light"
                    aria-label={t('followUp.calendar.addIntervalFor', { day: dayName })}
                    onClick={() => {
                      const last = intervals[intervals.length - 1];
                      const start = last ? last.end : '09:00';
                      setDay(day, [...intervals, { start, end: last ? '18:00' : '17:00' }]);
                    }}
                    data-testid={`calendar-${day}-add`}
                  >
                    <IconPlus size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              {error ? (
                <Text fz="xs" c="red" role="alert" ml={{ base: 0, xs: 118 }}>
                  {error}
                </Text>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
      <Stack gap={6}>
        <Text fz="sm" fw={500}>
          {t('followUp.calendar.holidays')}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('followUp.calendar.holidaysHint')}
        </Text>
        <Group gap="xs" wrap="wrap">
          {value.holidays.map((date) => (
            <Pill
              key={date}
              size="md"
              withRemoveButton={!disabled}
              onRemove={() => onChange({ ...value, holidays: value.holidays.filter((h) => h !== date) })}
              removeButtonProps={{ 'aria-label': t('followUp.calendar.removeHoliday', { date }) }}
            >
              {date}
            </Pill>
          ))}
        </Group>
        {disabled ? null : (
          <Group gap="xs" align="flex-start">
            <TextInput
              type="date"
              aria-label={t('followUp.calendar.holidays')}
              value={holiday}
              onChange={(e) => setHoliday(e.currentTarget.value)}
              error={errorAt(errors, 'holidays', true)}
              w={180}
              data-testid="calendar-holiday-input"
            />
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={addHoliday}
              disabled={!holiday}
              data-testid="calendar-holiday-add"
            >
              {t('followUp.calendar.addHoliday')}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
