import i18next from 'i18next';

function locale(): string {
  return i18next.language === 'de' ? 'de-DE' : 'en-GB';
}

export function formatDate(value: Date | string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(value: Date | string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
