import { matchKey } from '../../../domain/text/tokenize.js';

/** `org-` and the English name as a slug ("Password reset" → `org-password-reset`), cut at 40 characters. */
export function ownThemeSlug(name: string): string {
  const slug = matchKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `org-${slug || 'theme'}`;
}
