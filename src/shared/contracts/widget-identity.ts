import { z } from 'zod';

/**
 * Widget identity verification: the host site's server signs a visitor's external id with the
 * organization's widget secret (HMAC-SHA256, hex) and the page passes that `userHash` to
 * `Resonance.identify()`. Without it, anyone who reads the public widget key off a page could
 * answer as any customer whose id they know.
 */
export const ZWidgetIdentityState = z
  .object({
    hasSecret: z.boolean().meta({
      description: 'Whether a widget secret has been generated; the secret itself is shown only once',
    }),
    secretCreatedAt: z.iso.datetime().nullable(),
    isVerificationRequired: z
      .boolean()
      .meta({ description: 'Identified visitors without a valid userHash are refused (on by default)' }),
  })
  .meta({ id: 'WidgetIdentityState' });
export type TWidgetIdentityState = z.infer<typeof ZWidgetIdentityState>;

export const ZUpdateWidgetIdentity = z
  .strictObject({
    isVerificationRequired: z.boolean().meta({
      description: 'false lets any page name any customer: only for sites that cannot compute the hash',
    }),
  })
  .meta({ id: 'UpdateWidgetIdentity' });
export type TUpdateWidgetIdentity = z.infer<typeof ZUpdateWidgetIdentity>;

export const ZWidgetSecret = ZWidgetIdentityState.extend({
  secret: z.string().meta({
    description:
      'The new widget secret; keep it on your server. It is not shown again, and the previous one stops working',
  }),
}).meta({ id: 'WidgetSecret' });
export type TWidgetSecret = z.infer<typeof ZWidgetSecret>;
