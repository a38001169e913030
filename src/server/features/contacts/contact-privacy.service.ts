import type { TContact, TContactExport } from '../../../shared/contracts/contacts.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { toContactDto } from './contact-dto.js';
import * as privacy from './contact-privacy.repo.js';
import * as repo from './contacts.repo.js';
import type { ContactRow, ContactValues } from './contacts.repo.js';
import type { ContactsDeps } from './contacts.service.js';

async function mustFind(
  db: ContactsDeps['db'],
  organizationId: string,
  externalId: string,
): Promise<ContactRow> {
  const row = await repo.findByExternalId(db, organizationId, externalId);
  if (!row) throw notFound('Contact');
  return row;
}

/** GDPR art. 17: the person is gone from every table and queued job; aggregate counts stay. */
export async function eraseContact(deps: ContactsDeps, organizationId: string, externalId: string) {
  // The anonymised items are announced (item.erased) in the erasure's transaction.
  const { feedbackItemsAnonymised } = await repo.inTransaction(deps.db, async (tx) => {
    const contact = await mustFind(tx, organizationId, externalId);
    return privacy.eraseContact(tx, organizationId, contact, deps.now());
  });
  return { erased: true as const, feedbackItemsAnonymised };
}

/** GDPR art. 15/20: everything held about the person, as one JSON document. */
export async function exportContact(
  deps: ContactsDeps,
  organizationId: string,
  externalId: string,
): Promise<TContactExport> {
  const contact = await mustFind(deps.db, organizationId, externalId);
  const data = await privacy.exportData(deps.db, organizationId, contact);
  return {
    exportedAt: iso(deps.now()),
    contact: toContactDto(contact),
    aliases: data.aliases.map((a) => ({ externalId: a.externalId, createdAt: iso(a.createdAt) })),
    feedbackItems: data.items.map((i) => ({
      ...i,
      occurredAt: iso(i.occurredAt),
      createdAt: iso(i.createdAt),
    })),
    events: data.events.map((e) => ({ ...e, occurredAt: iso(e.occurredAt), createdAt: iso(e.createdAt) })),
    emails: data.emails.map((m) => ({ ...m, createdAt: iso(m.createdAt), sentAt: iso(m.sentAt) })),
    surveyResponses: data.responses.map((r) => ({
      ...r,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    })),
    surveyInvitations: data.invitations.map((i) => ({
      ...i,
      scheduledFor: iso(i.scheduledFor),
      sentAt: i.sentAt ? iso(i.sentAt) : null,
      answeredAt: i.answeredAt ? iso(i.answeredAt) : null,
      unsubscribedAt: i.unsubscribedAt ? iso(i.unsubscribedAt) : null,
    })),
  };
}

const FILLABLE = [
  'email',
  'name',
  'phone',
  'language',
  'segment',
  'region',
  'plan',
  'accountOwner',
  'revenue',
  'customerSince',
  'churnedAt',
] as const;

/** The survivor's values with its empty fields filled from the other; consent keeps the stricter choice. */
function fillFrom(survivor: ContactRow, other: ContactRow): ContactValues {
  const filled: ContactValues = {};
  for (const f of FILLABLE) {
    if (survivor[f] === null && other[f] !== null) (filled as Record<string, unknown>)[f] = other[f];
  }
  if (survivor.productsUsed.length === 0 && other.productsUsed.length > 0)
    filled.productsUsed = other.productsUsed;
  const missing = Object.entries(other.attributes).filter(([k]) => !(k in survivor.attributes));
  if (missing.length > 0)
    filled.attributes = Object.fromEntries(
      Object.entries({ ...survivor.attributes, ...Object.fromEntries(missing) }).sort(([a], [b]) =>
        a < b ? -1 : 1,
      ),
    );
  if (other.isEmailOptOut && !survivor.isEmailOptOut) filled.isEmailOptOut = true;
  if (other.isNeverSurvey && !survivor.isNeverSurvey) filled.isNeverSurvey = true;
  return filled;
}

/** Merges `from` into `externalId` in one transaction; `from` keeps resolving as an alias. */
export async function mergeContacts(
  deps: ContactsDeps,
  organizationId: string,
  externalId: string,
  from: string,
): Promise<TContact> {
  return repo.inTransaction(deps.db, async (tx) => {
    const survivor = await mustFind(tx, organizationId, externalId);
    const other = await repo.findByExternalId(tx, organizationId, from);
    if (!other)
      throw new AppError('NOT_FOUND', 'The contact named in "from" was not found', [
        { field: 'body.from', message: 'no such contact' },
      ]);
    if (other.id === survivor.id) {
      throw new AppError('BAD_REQUEST', 'A contact cannot be merged into itself', [
        { field: 'body.from', message: 'names the same contact (directly or as an alias)' },
      ]);
    }
    const filled = fillFrom(survivor, other);
    const now = deps.now();
    await privacy.mergeContacts(tx, organizationId, survivor, other, filled, now);
    return toContactDto({ ...survivor, ...filled, updatedAt: now } as ContactRow);
  });
}
