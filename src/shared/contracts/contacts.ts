import { z } from 'zod';
import { ZIsoDate } from './common.js';

/**
 * Contacts: one customer, keyed by the organization's own customer id. Limits are part of the
 * contract (and of the OpenAPI document): they are checked here, on the server and in forms.
 */
export const CONTACT_LIMITS = {
  externalId: 200,
  text: 500,
  email: 320,
  phone: 50,
  productsUsed: 50,
  product: 200,
  attributes: 50,
  attributeKey: 64,
  batch: 1000,
  attributeDefinitions: 100,
  listLimit: 200,
  timeline: 200,
} as const;

/** PostgreSQL text and jsonb cannot hold U+0000; refusing it here keeps it a 400, not a 500. */
const noNul = (s: string) => !s.includes('\u0000');
const NUL_MESSAGE = 'must not contain the NUL character';
const str = () => z.string().refine(noNul, NUL_MESSAGE);

const text = (what: string) =>
  str()
    .trim()
    .max(CONTACT_LIMITS.text, `must be at most ${CONTACT_LIMITS.text} characters`)
    .nullable()
    .optional()
    .meta({
      description: `${what}; at most ${CONTACT_LIMITS.text} characters; null clears it, omitted keeps it`,
    });

export const ZExternalId = str()
  .trim()
  .min(1, 'must not be empty')
  .max(CONTACT_LIMITS.externalId, `must be at most ${CONTACT_LIMITS.externalId} characters`)
  .meta({
    description: `The organization's own customer id (1–${CONTACT_LIMITS.externalId} characters), the same across every product and channel`,
  });

/** A date (YYYY-MM-DD, taken as midnight UTC) or an ISO 8601 timestamp with offset. */
export const ZDateInput = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp',
  })
  .refine(
    (s) => Number(s.slice(0, 4)) >= 1000 && !Number.isNaN(Date.parse(s)),
    'must be a real date from the year 1000 on',
  );

/** Midnight UTC for a bare date, the instant itself for a timestamp. */
export function parseDateInput(s: string): Date {
  return new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
}

export const ATTRIBUTE_TYPES = ['string', 'number', 'date', 'boolean'] as const;
export const ZAttributeKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must start with a letter and hold only letters, digits and _')
  .max(CONTACT_LIMITS.attributeKey, `must be at most ${CONTACT_LIMITS.attributeKey} characters`);
export const ZCustomValue = z.union([
  str().max(CONTACT_LIMITS.text, `must be at most ${CONTACT_LIMITS.text} characters`),
  z.number(),
  z.boolean(),
  z.null(),
]);

export const ZConsentInput = z
  .strictObject({
    emailOptOut: z.boolean().optional().meta({ description: 'No e-mail of any kind to this contact' }),
    neverSurvey: z.boolean().optional().meta({ description: 'Never survey this contact, on any channel' }),
  })
  .meta({ description: 'Consent; omitted flags keep their value' });

export const ZContactInput = z
  .strictObject({
    externalId: ZExternalId,
    email: z
      .email('must be an e-mail address')
      .max(CONTACT_LIMITS.email)
      .nullable()
      .optional()
      .meta({
        description: `E-mail address (at most ${CONTACT_LIMITS.email} characters), stored lower-case`,
      }),
    name: text('Full name'),
    phone: str()
      .trim()
      .max(CONTACT_LIMITS.phone, `must be at most ${CONTACT_LIMITS.phone} characters`)
      .nullable()
      .optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code: two lower-case letters')
      .nullable()
      .optional()
      .meta({ description: 'ISO 639-1 language code, e.g. "de"' }),
    segment: text('Segment, e.g. "Enterprise"'),
    region: text('Region, e.g. "DACH"'),
    plan: text('The plan the customer is on'),
    accountOwner: text('Who owns the account on your side'),
    productsUsed: z
      .array(str().trim().min(1, 'must not be empty').max(CONTACT_LIMITS.product))
      .max(CONTACT_LIMITS.productsUsed, `at most ${CONTACT_LIMITS.productsUsed} products`)
      .nullable()
      .optional()
      .meta({
        description: `Products or services the customer uses (at most ${CONTACT_LIMITS.productsUsed}, each ≤ ${CONTACT_LIMITS.product} characters); null clears`,
      }),
    revenue: z
      .number()
      .finite()
      .nullable()
      .optional()
      .meta({ description: 'Yearly revenue in the organization’s currency (for CLV)' }),
    customerSince: ZDateInput.nullable().optional(),
    churnedAt: ZDateInput.nullable().optional(),
    consent: ZConsentInput.optional(),
    attributes: z
      .record(ZAttributeKey, ZCustomValue)
      .refine(
        (r) => Object.keys(r).length <= CONTACT_LIMITS.attributes,
        `at most ${CONTACT_LIMITS.attributes} attributes`,
      )
      .optional()
      .meta({
        description: `Custom attributes (at most ${CONTACT_LIMITS.attributes}), each declared first under /api/v1/contact-attributes and checked against its type; null removes one, omitted keys keep their value`,
      }),
  })
  .meta({
    id: 'ContactUpsert',
    description: 'Upsert by externalId: omitted fields keep their value, null clears them',
  });
export type TContactInput = z.infer<typeof ZContactInput>;

export const ZUpsertContactsBody = z.union(
  [
    ZContactInput,
    z
      .array(
        z.unknown().meta({
          description:
            'A ContactUpsert object. Entries are checked one by one: a bad entry is reported, the others are applied.',
        }),
      )
      .min(1, 'must hold at least one contact')
      .max(CONTACT_LIMITS.batch, `at most ${CONTACT_LIMITS.batch} contacts per request`),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `must be a contact object or an array of 1 to ${CONTACT_LIMITS.batch} contact objects`
        : undefined,
  },
);

export const ZEntryError = z.object({
  index: z
    .number()
    .int()
    .meta({ description: 'Position of the entry in the request (0 for a single object)' }),
  externalId: z.string().optional(),
  field: z.string().meta({ description: 'The offending field, e.g. "email" or "attributes.tier"' }),
  message: z.string(),
});

export const ZUpsertContactsResult = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z
      .number()
      .int()
      .meta({ description: 'Entries that matched the stored contact exactly (nothing written)' }),
    errors: z.array(ZEntryError).meta({ description: 'Refused entries; every other entry was applied' }),
  })
  .meta({ id: 'UpsertContactsResult' });
export type TUpsertContactsResult = z.infer<typeof ZUpsertContactsResult>;

export const ZContact = z
  .object({
    externalId: z.string(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.string().nullable(),
    segment: z.string().nullable(),
    region: z.string().nullable(),
    plan: z.string().nullable(),
    accountOwner: z.string().nullable(),
    productsUsed: z.array(z.string()),
    revenue: z.number().nullable(),
    customerSince: ZIsoDate.nullable(),
    churnedAt: ZIsoDate.nullable(),
    consent: z.object({ emailOptOut: z.boolean(), neverSurvey: z.boolean() }),
    attributes: z.record(z.string(), ZCustomValue),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'Contact' });
export type TContact = z.infer<typeof ZContact>;

export const ZContactParams = z.object({ externalId: ZExternalId });

export const ZTimelineEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('feedback'),
    at: ZIsoDate,
    id: z.string(),
    channel: z.string(),
    source: z.string().nullable(),
    metric: z.string().nullable(),
    score: z.number().nullable(),
    scaleMin: z.number().nullable(),
    scaleMax: z.number().nullable(),
    text: z.string().nullable(),
    product: z.string().nullable(),
    hiddenFields: z.record(z.string(), z.string()).meta({
      description:
        "A survey answer's hidden fields (e.g. `?hf_plan=pro` on a public link); empty for everything else",
    }),
  }),
  z.object({
    kind: z.literal('events'),
    at: ZIsoDate.meta({ description: 'The most recent event of this type in this week' }),
    type: z.string(),
    week: z.string().meta({ description: 'ISO week, e.g. "2026-W10" (weeks start Monday, UTC)' }),
    count: z.number().int(),
    revenue: z
      .number()
      .nullable()
      .meta({ description: 'Sum of the events’ revenue; null when none carried any' }),
  }),
]);
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZContactProfile = z
  .object({
    contact: ZContact,
    aliases: z
      .array(z.string())
      .meta({ description: 'Former external ids (merged contacts) that resolve to this contact' }),
    timeline: z.array(ZTimelineEntry).meta({
      description: `Newest first, at most ${CONTACT_LIMITS.timeline} entries: each feedback item, and behaviour events condensed per type and ISO week`,
    }),
  })
  .meta({ id: 'ContactProfile' });
export type TContactProfile = z.infer<typeof ZContactProfile>;

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZListContactsQuery = z.strictObject({
  q: str()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Search in name, e-mail and external id (case-insensitive, substring)' }),
  segment: str().max(CONTACT_LIMITS.text).optional(),
  region: str().max(CONTACT_LIMITS.text).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
    .optional(),
  plan: str().max(CONTACT_LIMITS.text).optional(),
  hasEmail: boolParam.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(CONTACT_LIMITS.listLimit)
    .default(50)
    .meta({ description: `Page size, 1–${CONTACT_LIMITS.listLimit} (default 50)` }),
  cursor: z.string().max(500).optional().meta({ description: 'nextCursor of the previous page' }),
});
export type TListContactsQuery = z.infer<typeof ZListContactsQuery>;

export const ZContactList = z
  .object({
    items: z.array(ZContact),
    nextCursor: z.string().nullable().meta({
      description:
        'Pass as cursor for the next page; null on the last page. Order: newest first (created, then id).',
    }),
  })
  .meta({ id: 'ContactList' });
export type TContactList = z.infer<typeof ZContactList>;

export const ZEraseResult = z.object({
  erased: z.literal(true),
  feedbackItemsAnonymised: z
    .number()
    .int()
    .meta({ description: 'Items kept for aggregate counts with contact, text and author details removed' }),
});

export const ZMergeBody = z.strictObject({
  from: ZExternalId.meta({ description: 'The contact merged into this one; its id becomes an alias' }),
});

export const ZContactExport = z
  .object({
    exportedAt: ZIsoDate,
    contact: ZContact,
    aliases: z.array(z.object({ externalId: z.string(), createdAt: ZIsoDate })),
    feedbackItems: z.array(
      z.object({
        id: z.string(),
        channel: z.string(),
        source: z.string().nullable(),
        metric: z.string().nullable(),
        score: z.number().nullable(),
        scaleMin: z.number().nullable(),
        scaleMax: z.number().nullable(),
        text: z.string().nullable(),
        language: z.string().nullable(),
        product: z.string().nullable(),
        touchpoint: z.string().nullable(),
        authorEmail: z.string().nullable(),
        authorHandle: z.string().nullable(),
        authorName: z.string().nullable(),
        link: z.string().nullable(),
        externalRef: z.string().nullable(),
        occurredAt: ZIsoDate,
        createdAt: ZIsoDate,
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        value: z.number().nullable(),
        revenue: z.number().nullable(),
        occurredAt: ZIsoDate,
        properties: z.record(z.string(), z.unknown()),
        eventId: z.string().nullable(),
        createdAt: ZIsoDate,
      }),
    ),
    emails: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        subject: z.string(),
        textBody: z.string(),
        status: z.string(),
        createdAt: ZIsoDate,
        sentAt: ZIsoDate.nullable(),
      }),
    ),
    surveyResponses: z.array(
      z.object({
        id: z.string(),
        surveyId: z.string(),
        surveyVersion: z.number().int(),
        channel: z.string(),
        language: z.string(),
        answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
        hiddenFields: z.record(z.string(), z.string()),
        createdAt: ZIsoDate,
        updatedAt: ZIsoDate,
      }),
    ),
    surveyInvitations: z.array(
      z.object({
        id: z.string(),
        surveyId: z.string(),
        channel: z.string(),
        status: z.string(),
        skipReason: z.string().nullable(),
        scheduledFor: ZIsoDate,
        sentAt: ZIsoDate.nullable(),
        answeredAt: ZIsoDate.nullable(),
        unsubscribedAt: ZIsoDate.nullable(),
      }),
    ),
  })
  .meta({ id: 'ContactExport', description: 'Everything held about the person (GDPR art. 15/20)' });
export type TContactExport = z.infer<typeof ZContactExport>;

export const ZAttributeDefinition = z
  .object({
    key: z.string(),
    type: z.enum(ATTRIBUTE_TYPES),
    label: z.string().nullable(),
    createdAt: ZIsoDate,
  })
  .meta({ id: 'ContactAttributeDefinition' });

export const ZDefineAttributeBody = z.strictObject({
  key: ZAttributeKey.meta({
    description: `Letters, digits and _, starting with a letter; at most ${CONTACT_LIMITS.attributeKey} characters`,
  }),
  type: z.enum(ATTRIBUTE_TYPES).meta({
    description: 'Values are checked against it; a date is stored as given (YYYY-MM-DD or ISO timestamp)',
  }),
  label: str().trim().max(200).nullable().optional(),
});
export type TDefineAttributeBody = z.infer<typeof ZDefineAttributeBody>;

export const ZAttributeDefinitionList = z.object({ items: z.array(ZAttributeDefinition) });
