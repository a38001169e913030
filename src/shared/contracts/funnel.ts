import { z } from 'zod';
import { ZFunnel } from './sending.js';

/**
 * `GET /api/v1/metrics/funnel`: the send funnel summed over every survey invitation of the
 * organization in a period, and the response rate with its interval. Filters mirror the metrics
 * API where an invitation carries the dimension (an invitation has no product or touchpoint).
 */

const ZDay = z.iso.date().meta({ description: 'A UTC day, YYYY-MM-DD' });
const dimension = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: `Only invitations whose ${what} is this value` });

export const ZFunnelQuery = z
  .strictObject({
    from: ZDay.optional().meta({ description: 'First UTC day the invitation was created (inclusive)' }),
    to: ZDay.optional().meta({
      description: 'End, exclusive: the first UTC day not counted (`to=2026-12-05` ends with 4 December)',
    }),
    surveyId: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: "A survey's id (404 when it is not the organization's)" }),
    channel: dimension('channel (email, link, widget)'),
    segment: dimension("contact's segment"),
    region: dimension("contact's region"),
    language: dimension('language'),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ['to'], message: 'must be after from' });
export type TFunnelQuery = z.infer<typeof ZFunnelQuery>;

export const ZOrgFunnel = z
  .object({
    from: ZDay.nullable(),
    to: ZDay.nullable(),
    funnel: ZFunnel,
    responseRate: z
      .object({
        answered: z.number().int().min(0),
        sent: z.number().int().min(0),
        percent: z.number(),
        ci: z.object({ low: z.number(), high: z.number() }).meta({ description: 'Wilson 95 %, in percent' }),
      })
      .nullable()
      .meta({ description: 'Answered invitations of the sent ones, in percent; null when none was sent' }),
  })
  .meta({ id: 'OrgFunnel' });
export type TOrgFunnel = z.infer<typeof ZOrgFunnel>;
