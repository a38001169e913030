import { z } from 'zod';
import { PLAN_IDS } from '../plans.js';
import { ROLES } from '../roles.js';
import { ZIsoDate, ZLanguage } from './common.js';

export const ZRole = z.enum(ROLES);

export const ZMembership = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  role: ZRole,
});

export const ZMe = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    activeOrganizationId: z.string().nullable(),
    role: ZRole.nullable(),
    memberships: z.array(ZMembership),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZQuota = z.object({
  used: z.number().int(),
  limit: z.number().int().nullable(),
  remaining: z.number().int().nullable(),
  share: z.number().nullable(),
});

/** The ISO 4217 codes this runtime knows (browser and server alike), e.g. EUR, CHF, USD. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => CURRENCIES.has(code), {
    message: 'must be an ISO 4217 currency code such as EUR, CHF or USD',
  })
  .meta({
    description:
      'ISO 4217 code of the currency the organization’s revenue figures are in (contacts’ revenue, loyalty economics)',
    example: 'EUR',
  });

export const ZOrganization = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    createdAt: ZIsoDate,
    planId: z.string(),
    defaultLanguage: ZLanguage,
    industry: z.string().nullable(),
    currency: z.string().meta({ description: 'ISO 4217 code of the revenue figures; EUR unless changed' }),
  })
  .meta({ id: 'Organization' });
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZUsage = z
  .object({
    planId: z.string(),
    period: z.string().meta({ description: 'Quota month, YYYY-MM (UTC)' }),
    resetsAt: ZIsoDate,
    surveySends: ZQuota,
  })
  .meta({ id: 'Usage' });
export type TUsage = z.infer<typeof ZUsage>;

export const ZUpdateOrganizationSettings = z
  .object({
    defaultLanguage: ZLanguage.optional(),
    industry: z.string().trim().max(80).nullable().optional(),
    currency: ZCurrency.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one setting' });

export const ZChangePlan = z.object({ planId: z.enum(PLAN_IDS) });
