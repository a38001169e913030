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

export const ZOrganization = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    createdAt: ZIsoDate,
    planId: z.string(),
    defaultLanguage: ZLanguage,
    industry: z.string().nullable(),
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
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one setting' });

export const ZChangePlan = z.object({ planId: z.enum(PLAN_IDS) });
