import { z } from 'zod';

/** What the sign-in screens need to know about the installation before anyone signs in. */
export const ZInstanceInfo = z
  .object({
    signupEnabled: z.boolean().meta({ description: 'Whether new accounts may sign up (SIGNUP_ENABLED)' }),
    hasAccounts: z
      .boolean()
      .meta({ description: 'Whether any account exists; false on a fresh installation' }),
    publicUrl: z.string().meta({
      description:
        'The address to open the dashboard at (PUBLIC_URL); signing in from another address is refused',
    }),
  })
  .meta({ id: 'InstanceInfo' });
export type TInstanceInfo = z.infer<typeof ZInstanceInfo>;
