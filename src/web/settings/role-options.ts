import i18next from 'i18next';
import { ROLES } from '../../shared/roles.js';

/** Options for role selects, in the order of decreasing rights. */
export function roleOptions(): { value: string; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: i18next.t(`roles.${role}`) }));
}
