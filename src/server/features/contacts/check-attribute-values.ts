import { ZDateInput } from '../../../shared/contracts/contacts.js';
import type { AttributeType } from '../../../domain/imports/contact-fields.js';
import type { CustomAttributeValue } from './contacts.repo.js';

export type { AttributeType };

/**
 * Custom attribute values against the organization's declarations: used when contacts are
 * written and when a segment filters on attributes, so both refuse the same things.
 */
export function checkAttributeValues(
  attributes: Record<string, CustomAttributeValue>,
  definitions: Map<string, AttributeType>,
  prefix = 'attributes',
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  for (const [key, value] of Object.entries(attributes)) {
    const type = definitions.get(key);
    const field = `${prefix}.${key}`;
    if (!type) {
      problems.push({
        field,
        message: 'unknown attribute: declare it first under /api/v1/contact-attributes',
      });
      continue;
    }
    if (value === null) continue;
    const ok =
      type === 'date'
        ? typeof value === 'string' && ZDateInput.safeParse(value).success
        : typeof value === type;
    if (!ok)
      problems.push({
        field,
        message:
          type === 'date' ? 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp' : `must be a ${type}`,
      });
  }
  return problems;
}
