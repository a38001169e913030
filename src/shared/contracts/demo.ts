import { z } from 'zod';

export const ZDemoResult = z
  .object({
    contacts: z.number().int().meta({ description: 'Contacts created' }),
    feedbackItems: z.number().int().meta({ description: 'Survey answers, reviews, tickets and chats created' }),
    events: z.number().int().meta({ description: 'Behaviour events created (monthly logins, renewals, ignored offers, features used, cancellations)' }),
  })
  .meta({ id: 'DemoResult' });
export type TDemoResult = z.infer<typeof ZDemoResult>;
