import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

export const ZOutboxMail = z.object({
  id: ZId,
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['outbox', 'queued', 'sent', 'failed']),
  createdAt: ZIsoDate,
  sentAt: ZIsoDate.nullable(),
});
export const ZOutboxList = z.object({ items: z.array(ZOutboxMail) });
export type TOutboxMail = z.infer<typeof ZOutboxMail>;
