import { z } from 'zod';

export const ZDemoResult = z
  .object({
    contacts: z.number().int().meta({ description: 'Contacts created' }),
    feedbackItems: z
      .number()
      .int()
      .meta({ description: 'Survey answers, reviews, tickets and chats created' }),
    events: z.number().int().meta({
      description:
        'Behaviour events created (monthly logins, renewals, ignored offers, features used, cancellations, solved tickets)',
    }),
    surveys: z.number().int().meta({
      description: 'Surveys created from the templates (live; an existing survey of the same name is reused)',
    }),
    sends: z.number().int().meta({
      description:
        'Sending programmes created (recurring, event-triggered, API); paused, so nothing is mailed to the fictional customers',
    }),
    invitations: z.number().int().meta({
      description:
        'Invitations created by e-mail, link and widget: answered, ignored, reminded, throttled, bounced or unsubscribed',
    }),
    responses: z.number().int().meta({ description: 'Survey responses created, one per survey answer' }),
  })
  .meta({ id: 'DemoResult' });
export type TDemoResult = z.infer<typeof ZDemoResult>;
