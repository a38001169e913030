import { CONTACT_LIMITS, type TDefineAttributeBody } from '../../../shared/contracts/contacts.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import * as repo from './contact-attributes.repo.js';

export interface AttributeDeps {
  db: Db;
  now: () => Date;
}

const toDto = (r: repo.AttributeDefinitionRow) => ({
  key: r.key,
  type: r.type,
  label: r.label,
  createdAt: iso(r.createdAt),
});

export async function listAttributeDefinitions(deps: AttributeDeps, organizationId: string) {
  return { items: (await repo.listAttributeDefinitions(deps.db, organizationId)).map(toDto) };
}

/**
 * Declares a custom attribute. Repeating it (same key and type) only updates the label; a
 * different type is refused, because stored values were checked against the old one.
 */
export async function defineAttribute(
  deps: AttributeDeps,
  organizationId: string,
  body: TDefineAttributeBody,
) {
  const label = body.label ?? null;
  if (
    (await repo.countAttributeDefinitions(deps.db, organizationId)) >= CONTACT_LIMITS.attributeDefinitions
  ) {
    const existing = (await repo.listAttributeDefinitions(deps.db, organizationId)).find(
      (d) => d.key === body.key,
    );
    if (!existing) {
      throw new AppError(
        'CONFLICT',
        `An organization can define at most ${CONTACT_LIMITS.attributeDefinitions} custom attributes`,
        [{ field: 'body.key', message: 'too many custom attributes' }],
      );
    }
  }
  const { row, created } = await repo.insertAttributeDefinition(deps.db, {
    organizationId,
    key: body.key,
    type: body.type,
    label,
    createdAt: deps.now(),
  });
  if (created) return { created, definition: toDto(row) };
  if (row.type !== body.type) {
    throw new AppError('CONFLICT', `Attribute "${body.key}" is already defined as ${row.type}`, [
      { field: 'body.type', message: `already defined as ${row.type}` },
    ]);
  }
  if (body.label !== undefined && row.label !== label)
    await repo.updateAttributeLabel(deps.db, organizationId, body.key, label);
  return { created, definition: toDto({ ...row, label: body.label !== undefined ? label : row.label }) };
}
