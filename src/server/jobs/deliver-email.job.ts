import { deliverEmails } from '../features/sending/deliver-emails.service.js';
import { defineJob } from './job.js';

export const RETRY_LIMIT = 5;

export const deliverEmailJob = defineJob('email.deliver', {
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: 30,
  // Deliveries wait on the SMTP peer more than on the CPU: two jobs at once keep the pooled connections busy.
  concurrency: 2,
  async handler(data, ctx) {
    const { retry, error } = await deliverEmails(
      ctx,
      'messageId' in data ? [data.messageId] : data.messageIds,
    );
    // The job retries whole; what went out meanwhile is skipped then.
    if (retry.length > 0) throw error;
  },
});
