/** Where a deadline stands at `now`: whole minutes left, or whole minutes overdue. */
export interface Countdown {
  overdue: boolean;
  minutes: number;
}

const MINUTE = 60_000;

/**
 * Minutes are rounded up both ways: 30 seconds left is "in 1 min", not "in 0 min", and a deadline
 * passed a moment ago is "overdue by 1 min" at once, so the two never meet at zero.
 */
export function countdown(dueAt: string, now: number): Countdown {
  const ms = Date.parse(dueAt) - now;
  if (ms > 0) return { overdue: false, minutes: Math.ceil(ms / MINUTE) };
  return { overdue: true, minutes: Math.max(1, Math.ceil(-ms / MINUTE)) };
}

const UNITS = {
  en: { day: 'd', hour: 'h', minute: 'min' },
  de: { day: 'Tg.', hour: 'Std.', minute: 'Min.' },
} as const;

/**
 * A span of minutes in its two largest units, as an agent reads it at a glance: "35 min",
 * "2 h 10 min", "1 d 3 h" ("2 Std. 10 Min." in German). A zero second part is left out ("2 h").
 */
export function formatDuration(minutes: number, language: string): string {
  const unit = UNITS[language === 'de' ? 'de' : 'en'];
  const total = Math.max(0, Math.round(Math.abs(minutes)));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days > 0) {
    parts.push(`${days} ${unit.day}`);
    if (hours > 0) parts.push(`${hours} ${unit.hour}`);
  } else if (hours > 0) {
    parts.push(`${hours} ${unit.hour}`);
    if (mins > 0) parts.push(`${mins} ${unit.minute}`);
  } else parts.push(`${mins} ${unit.minute}`);
  return parts.join(' ');
}
