import { z } from 'zod';
import { ZIsoDate } from './common.js';
import { THIN_BELOW } from './metrics.js';

/**
 * `GET /api/v1/metrics/snapshot`: promoters, passives and detractors right now — every contact
 * counted once, by their latest NPS answer — the snapshot the source recommends taking before a
 * policy or price change.
 */

const dimension = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: `Only contacts whose ${what} is this value` });

export const ZNpsSnapshotQuery = z.strictObject({
  segment: dimension("segment (the contact's current one)"),
  region: dimension('region'),
  product: z.string().trim().min(1).max(200).optional().meta({
    description:
      'Only answers about this product; the contacts counted are those using it (products used) or who answered about it',
  }),
  surveyId: z.uuid().optional().meta({
    description: "Only this survey's answers and invitations (404 when it is not the organization's)",
  }),
  asOf: ZIsoDate.optional().meta({
    description: 'The moment of the snapshot (answers and invitations up to it); default: now',
  }),
});
export type TNpsSnapshotQuery = z.infer<typeof ZNpsSnapshotQuery>;

const count = z.number().int().min(0);
const ZInterval = z.object({ low: z.number(), high: z.number() });

const ZCategory = z.object({
  n: count,
  share: z.number().nullable().meta({ description: 'Percent of respondents; null without respondents' }),
  ci: ZInterval.nullable().meta({ description: 'Wilson 95 % interval of the share, percent' }),
});

export const ZNpsSnapshot = z
  .object({
    asOf: ZIsoDate,
    latestAnswerAt: ZIsoDate.nullable().meta({ description: 'The newest answer counted' }),
    contacts: count.meta({
      description: 'Contacts in scope (after the segment, region and product filters)',
    }),
    respondents: count.meta({
      description: 'Contacts with an NPS answer up to asOf; each counted once, by the latest answer',
    }),
    askedNotAnswered: count.meta({
      description: 'Contacts who were sent an NPS survey (this survey, with surveyId) but never answered',
    }),
    neverAsked: count.meta({ description: 'Contacts never sent an NPS survey and without an answer' }),
    promoters: ZCategory,
    passives: ZCategory,
    detractors: ZCategory,
    nps: z.object({ score: z.number(), ci: ZInterval }).nullable().meta({
      description:
        'Plain NPS of the latest answers with the adjusted-Wald 95 % interval; null without respondents',
    }),
    isThin: z.boolean().meta({ description: `Fewer than ${THIN_BELOW} respondents` }),
  })
  .meta({ id: 'NpsSnapshot' });
export type TNpsSnapshot = z.infer<typeof ZNpsSnapshot>;
