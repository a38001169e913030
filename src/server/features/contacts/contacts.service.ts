import type { z } from 'zod';
import {
  CONTACT_LIMITS,
  parseDateInput,
  ZContactInput,
  type TContactInput,
  type TUpsertContactsResult,
} from '../../../shared/contracts/contacts.js';
import { findUnstorable, repairText } from '../../../shared/storable-text.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../common/app-error.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { checkAttributeValues, type AttributeType } from './check-attribute-values.js';
import { listAttributeDefinitions } from './contact-attributes.repo.js';
import * as repo from './contacts.repo.js';
import type { ContactRow, ContactValues, CustomAttributeValue } from './contacts.repo.js';

export interface ContactsDeps {
  db: Db;
  now: () => Date;
  enqueue?: Enqueue;
}

type EntryError = TUpsertContactsResult['errors'][number];

const EMPTY: Required<ContactValues> = {
  email: null,
  name: null,
  phone: null,
  language: null,
  segment: null,
  region: null,
  plan: null,
  accountOwner: null,
  productsUsed: [],
  revenue: null,
  customerSince: null,
  churnedAt: null,
  isEmailOptOut: false,
  isNeverSurvey: false,
  attributes: {},
};

/**
 * Upserts one contact or a batch by external id (aliases of merged contacts resolve to the
 * survivor). Omitted fields keep their value and null clears them; a contact is only written
 * when something changed, so repeating a request changes nothing. In a batch every bad entry
 * is reported with its index and the others are applied; a single object is all or nothing.
 */
export async function upsertContacts(
  deps: ContactsDeps,
  organizationId: string,
  body: TContactInput | unknown[],
): Promise<TUpsertContactsResult> {
  const single = !Array.isArray(body);
  const entries: unknown[] = single ? [body] : body;
  const errors: EntryError[] = [];
  const definitions = new Map(
    (await listAttributeDefinitions(deps.db, organizationId)).map((d) => [d.key, d.type as AttributeType]),
  );

  const valid: Array<{ index: number; input: TContactInput }> = [];
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    // The edge check (http/storable-input.ts) leaves a batch's entries to us: one bad entry must not drop the rest.
    const unstorable = findUnstorable(entry, '');
    if (unstorable) {
      const externalId = externalIdOf(entry);
      errors.push({
        index,
        ...(externalId !== undefined ? { externalId: repairText(externalId) } : {}),
        field: unstorable.field || '(entry)',
        message: unstorable.message,
      });
      return;
    }
    const parsed = ZContactInput.safeParse(entry);
    if (!parsed.success) {
      errors.push(...issuesToErrors(index, entry, parsed.error.issues));
      return;
    }
    const input = parsed.data;
    const attributeErrors = checkAttributeValues(input.attributes ?? {}, definitions).map((e) => ({
      index,
      externalId: input.externalId,
      ...e,
    }));
    if (attributeErrors.length > 0) {
      errors.push(...attributeErrors);
      return;
    }
    const first = firstIndex.get(input.externalId);
    if (first !== undefined) {
      errors.push({
        index,
        externalId: input.externalId,
        field: 'externalId',
        message: `duplicate of entry ${first} in this batch; the first one was applied`,
      });
      return;
    }
    firstIndex.set(input.externalId, index);
    valid.push({ index, input });
  });
  if (single && errors.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `body.${errors[0]?.field}: ${errors[0]?.message}`,
      errors.map((e) => ({ field: `body.${e.field}`, message: e.message })),
    );
  }

  const counts = await repo.inTransaction(deps.db, (tx) =>
    applyEntries(tx, organizationId, valid, errors, deps.now()),
  );
  errors.sort((a, b) => a.index - b.index);
  return { ...counts, errors };
}

async function applyEntries(
  tx: Db,
  organizationId: string,
  valid: Array<{ index: number; input: TContactInput }>,
  errors: EntryError[],
  now: Date,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const existing = await repo.findByExternalIds(
    tx,
    organizationId,
    valid.map((v) => v.input.externalId),
  );
  const claimedBy = new Map<string, number>();
  const toInsert: Array<{ index: number; input: TContactInput }> = [];

  const update = async (index: number, input: TContactInput, row: ContactRow) => {
    const claimant = claimedBy.get(row.id);
    if (claimant !== undefined) {
      errors.push({
        index,
        externalId: input.externalId,
        field: 'externalId',
        message: `names the same contact as entry ${claimant} (a merged alias); the first one was applied`,
      });
      return;
    }
    claimedBy.set(row.id, index);
    const next = applyInput(row, input);
    if (sameValues(row, next)) {
      counts.unchanged += 1;
      return;
    }
    await repo.updateContact(tx, organizationId, row.id, { ...next, updatedAt: now });
    counts.updated += 1;
  };

  for (const { index, input } of valid) {
    const row = existing.get(input.externalId);
    if (row) await update(index, input, row);
    else toInsert.push({ index, input });
  }
  const inserted = await repo.insertContacts(
    tx,
    toInsert.map(({ input }) => ({
      ...applyInput(EMPTY, input),
      organizationId,
      externalId: input.externalId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  counts.created += inserted.size;
  // Another request created some of them meanwhile: those become updates of what it stored.
  const raced = toInsert.filter(({ input }) => !inserted.has(input.externalId));
  if (raced.length > 0) {
    const rows = await repo.findByExternalIds(
      tx,
      organizationId,
      raced.map((r) => r.input.externalId),
    );
    for (const { index, input } of raced) {
      const row = rows.get(input.externalId);
      if (row) await update(index, input, row);
    }
  }
  return counts;
}

function externalIdOf(entry: unknown): string | undefined {
  return typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as { externalId?: unknown }).externalId === 'string'
    ? String((entry as { externalId: string }).externalId).slice(0, CONTACT_LIMITS.externalId)
    : undefined;
}

function issuesToErrors(index: number, entry: unknown, issues: readonly z.core.$ZodIssue[]): EntryError[] {
  const externalId = externalIdOf(entry);
  return issues.map((issue) => {
    const path = issue.path.map(String);
    // Unknown properties are reported on the property itself, so the field names the culprit.
    const field =
      issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''].join('.') : path.join('.');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown property${issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(', ')})` : ''}`
        : issue.message;
    return { index, ...(externalId !== undefined ? { externalId } : {}), field: field || '(entry)', message };
  });
}

const TEXT_FIELDS = ['name', 'phone', 'language', 'segment', 'region', 'plan', 'accountOwner'] as const;

/** The stored values after applying an upsert: omitted keeps, null clears. */
function applyInput(base: ContactValues, input: TContactInput): Required<ContactValues> {
  const next: Required<ContactValues> = { ...EMPTY, ...pickValues(base) };
  if (input.email !== undefined) next.email = input.email === null ? null : input.email.toLowerCase();
  for (const f of TEXT_FIELDS) {
    const v = input[f];
    if (v !== undefined) next[f] = v === null || v === '' ? null : v;
  }
  if (input.productsUsed !== undefined) next.productsUsed = input.productsUsed ?? [];
  if (input.revenue !== undefined) next.revenue = input.revenue;
  if (input.customerSince !== undefined)
    next.customerSince = input.customerSince === null ? null : parseDateInput(input.customerSince);
  if (input.churnedAt !== undefined)
    next.churnedAt = input.churnedAt === null ? null : parseDateInput(input.churnedAt);
  if (input.consent?.emailOptOut !== undefined) next.isEmailOptOut = input.consent.emailOptOut;
  if (input.consent?.neverSurvey !== undefined) next.isNeverSurvey = input.consent.neverSurvey;
  if (input.attributes !== undefined) {
    const attrs: Record<string, CustomAttributeValue> = { ...next.attributes };
    for (const [k, v] of Object.entries(input.attributes)) {
      if (v === null) delete attrs[k];
      else attrs[k] = v;
    }
    next.attributes = sortKeys(attrs);
  }
  return next;
}

function pickValues(row: ContactValues): Required<ContactValues> {
  const out = { ...EMPTY };
  for (const k of Object.keys(EMPTY) as Array<keyof ContactValues>) {
    const v = row[k];
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sameValues(row: ContactRow, next: Required<ContactValues>): boolean {
  const a = pickValues(row);
  for (const k of Object.keys(EMPTY) as Array<keyof ContactValues>) {
    if (canonical(a[k]) !== canonical(next[k])) return false;
  }
  return true;
}

function canonical(v: unknown): string {
  if (v instanceof Date) return `d:${v.getTime()}`;
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    return JSON.stringify(sortKeys(v as Record<string, unknown>));
  return JSON.stringify(v ?? null);
}
