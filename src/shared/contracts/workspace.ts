import { z } from 'zod';
import { ZIsoDate } from './common.js';

const count = z.number().int().min(0);

export const ZWorkspaceSummary = z
  .object({
    contacts: count.meta({ description: 'Contacts in the organization' }),
    feedbackItems: count.meta({ description: 'Feedback items from every channel' }),
    byChannel: z
      .array(z.object({ channel: z.string(), n: count }))
      .meta({ description: 'Feedback items per channel, most first' }),
    byMetric: z
      .array(z.object({ metric: z.string(), n: count }))
      .meta({ description: 'Answers that carry a score, per metric (nps, csat, ces, rating…), most first' }),
    languages: z.array(z.object({ language: z.string(), n: count })).meta({
      description: 'Feedback items per language, most first; items without a known language are left out',
    }),
    firstAt: ZIsoDate.nullable().meta({
      description: 'When the oldest feedback item happened; null without feedback',
    }),
    lastAt: ZIsoDate.nullable().meta({
      description: 'When the newest feedback item happened; null without feedback',
    }),
  })
  .meta({ id: 'WorkspaceSummary' });
export type TWorkspaceSummary = z.infer<typeof ZWorkspaceSummary>;
