import i18next from 'i18next';

const KNOWN = [
  'login',
  'purchase',
  'feature_used',
  'offer_ignored',
  'support_contact',
  'subscription_cancelled',
] as const;
type KnownType = (typeof KNOWN)[number];

function isKnown(value: string): value is KnownType {
  return (KNOWN as readonly string[]).includes(value);
}

/** "12 logins", or "3 × trial_started" for a custom type. */
export function eventSummary(type: string, count: number): string {
  if (isKnown(type)) return i18next.t(`contacts.events.${type}`, { count });
  return i18next.t('contacts.events.custom', { count, type: type.replace(/_/g, ' ') });
}

/** Monday 00:00 UTC of the ISO week holding `at`. */
export function weekStart(at: Date): Date {
  const day = (at.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day));
}
