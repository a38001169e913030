import { z } from 'zod';
import { ZIsoDate } from './common.js';
import { CONTACT_LIMITS, ZAttributeKey, ZCustomValue } from './contacts.js';

/**
 * A saved segment: a filter over contact attributes. Every condition must hold (AND). Metric
 * conditions ("last NPS category") join once the analytics release computes them.
 */
export const ZSegmentFilter = z
  .strictObject({
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Substring of name, e-mail or external id' }),
    segment: z.string().max(CONTACT_LIMITS.text).optional(),
    region: z.string().max(CONTACT_LIMITS.text).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
      .optional(),
    plan: z.string().max(CONTACT_LIMITS.text).optional(),
    hasEmail: z.boolean().optional(),
    isChurned: z
      .boolean()
      .optional()
      .meta({ description: 'true: only contacts with churnedAt; false: only active ones' }),
    attributes: z
      .record(ZAttributeKey, ZCustomValue)
      .refine((r) => Object.keys(r).length <= 20, 'at most 20 attribute conditions')
      .optional()
      .meta({
        description:
          'Custom attributes that must equal these values (declared attributes only); null matches a missing value',
      }),
  })
  .meta({ id: 'SegmentFilter' });
export type TSegmentFilter = z.infer<typeof ZSegmentFilter>;

const ZSegmentName = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

export const ZCreateSegment = z.strictObject({ name: ZSegmentName, filter: ZSegmentFilter });
export type TCreateSegment = z.infer<typeof ZCreateSegment>;

export const ZUpdateSegment = z
  .strictObject({ name: ZSegmentName.optional(), filter: ZSegmentFilter.optional() })
  .refine((v) => v.name !== undefined || v.filter !== undefined, { message: 'send name, filter or both' });
export type TUpdateSegment = z.infer<typeof ZUpdateSegment>;

export const ZSegment = z
  .object({
    id: z.uuid(),
    name: z.string(),
    filter: ZSegmentFilter,
    contacts: z.number().int().meta({ description: 'Contacts matching right now' }),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'Segment' });
export type TSegment = z.infer<typeof ZSegment>;

export const ZSegmentList = z.object({ items: z.array(ZSegment) });
