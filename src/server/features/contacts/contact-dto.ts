import type { TContact } from '../../../shared/contracts/contacts.js';
import { iso } from '../../common/iso.js';
import type { ContactRow } from './contacts.repo.js';

export function toContactDto(row: ContactRow): TContact {
  return {
    externalId: row.externalId,
    email: row.email,
    name: row.name,
    phone: row.phone,
    language: row.language,
    segment: row.segment,
    region: row.region,
    plan: row.plan,
    accountOwner: row.accountOwner,
    productsUsed: row.productsUsed,
    revenue: row.revenue,
    customerSince: iso(row.customerSince),
    churnedAt: iso(row.churnedAt),
    consent: { emailOptOut: row.isEmailOptOut, neverSurvey: row.isNeverSurvey },
    attributes: row.attributes,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
