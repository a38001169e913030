import i18next from 'i18next';

export type EndpointField = 'url' | 'eventTypes' | 'description';

/**
 * The server's message about a field, in the reader's language where we know it: the address
 * policy's refusals name the host and the address it resolved to, which stay as they are.
 */
export function serverFieldError(field: string, message: string): string {
  if (field === 'url') {
    const refused = /^(\S+) resolves to (\S+), a /.exec(message);
    if (refused)
      return i18next.t('integrations.form.errors.refused', { host: refused[1], address: refused[2] });
    const unresolvable = /^the host (\S+) could not be resolved/.exec(message);
    if (unresolvable) return i18next.t('integrations.form.errors.unresolvable', { host: unresolvable[1] });
    if (message.includes('at most')) return i18next.t('integrations.form.errors.urlTooLong');
    return i18next.t('integrations.form.errors.url');
  }
  if (field.startsWith('eventTypes')) return i18next.t('integrations.form.errors.eventsRequired');
  if (field === 'description') return i18next.t('integrations.form.errors.descriptionTooLong');
  return message;
}

/** Which form field a server detail belongs to (`eventTypes.0` is the event list). */
export function endpointFieldOf(field: string): EndpointField | null {
  if (field === 'url' || field === 'description') return field;
  if (field === 'eventTypes' || field.startsWith('eventTypes.')) return 'eventTypes';
  return null;
}

/** The checks the browser can make before sending, with the same limits as the contract. */
export function clientFieldErrors(values: {
  url: string;
  eventTypes: readonly string[];
  description: string;
}): Partial<Record<EndpointField, string>> {
  const out: Partial<Record<EndpointField, string>> = {};
  const url = values.url.trim();
  if (url === '') out.url = i18next.t('integrations.form.errors.urlRequired');
  else if (!isHttpUrl(url)) out.url = i18next.t('integrations.form.errors.url');
  else if (url.length > 2000) out.url = i18next.t('integrations.form.errors.urlTooLong');
  if (values.eventTypes.length === 0) out.eventTypes = i18next.t('integrations.form.errors.eventsRequired');
  if (values.description.trim().length > 500)
    out.description = i18next.t('integrations.form.errors.descriptionTooLong');
  return out;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.username === '' &&
      u.password === '' &&
      !value.includes('#')
    );
  } catch {
    return false;
  }
}
