import { z } from 'zod';

/**
 * `GET/PUT /api/v1/digest/subscription`: whether the signed-in person receives the weekly
 * digest e-mail of the active organization. A person's own setting, so API keys (which act for
 * the organization and have no mailbox) cannot use it.
 */

export const ZDigestSubscription = z
  .object({
    subscribed: z.boolean(),
    email: z.string().meta({ description: 'Where the digest goes: the signed-in person’s e-mail address' }),
    lastPeriod: z.string().nullable().meta({
      description:
        'ISO week (e.g. `2026-W45`) of the last digest mailed to this person; null before the first',
    }),
  })
  .meta({ id: 'DigestSubscription' });
export type TDigestSubscription = z.infer<typeof ZDigestSubscription>;

export const ZUpdateDigestSubscription = z
  .strictObject({
    subscribed: z
      .boolean()
      .meta({ description: 'true: mail me the weekly digest (Mondays, about 06:00 UTC); false: stop' }),
  })
  .meta({ id: 'UpdateDigestSubscription' });
export type TUpdateDigestSubscription = z.infer<typeof ZUpdateDigestSubscription>;
