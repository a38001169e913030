import i18next from 'i18next';
import { ApiError, NETWORK_ERROR } from '../api/http.js';

/**
 * What to tell a person about a failed request: our own translation for codes we know,
 * otherwise the server's message (which names the problem precisely, in English).
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return i18next.t('errors.network');
    const key = `errors.${error.code}`;
    // Validation messages name the field; they beat a generic translation.
    if (error.code !== 'VALIDATION_FAILED' && i18next.exists(key))
      return String(i18next.t(key as 'errors.generic'));
    return error.message;
  }
  return i18next.t('errors.generic');
}

/** Field errors of a failed request, keyed by form field name. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}
