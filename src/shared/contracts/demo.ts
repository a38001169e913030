import { z } from 'zod';

export const ZDemoResult = z
  .object({
    contacts: z.number().int().meta({ description: 'Contacts created' }),
    feedbackItems: z.number().int().meta({ description: 'Survey answers, reviews, tickets and chats created' }),
  })
  .meta({ id: 'DemoResult' });
export type TDemoResult = z.infer<typeof ZDemoResult>;
