import i18next from 'i18next';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks before a request, with translated messages; the server checks again. */
export function requiredError(value: string): string | null {
  return value.trim().length === 0 ? i18next.t('auth.required') : null;
}

export function emailError(value: string): string | null {
  if (value.trim().length === 0) return i18next.t('auth.required');
  return EMAIL.test(value.trim()) ? null : i18next.t('auth.invalidEmail');
}

export function passwordError(value: string): string | null {
  if (value.length === 0) return i18next.t('auth.required');
  return value.length < 8 ? i18next.t('auth.passwordTooShort') : null;
}

/** Drops the fields without an error; empty means the form is valid. */
export function collectErrors<K extends string>(
  checks: Record<K, string | null>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(checks) as K[]) {
    const message = checks[key];
    if (message) out[key] = message;
  }
  return out;
}
