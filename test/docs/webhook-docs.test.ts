import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWebhookDocs, WEBHOOK_DOCS_PATH } from '../../scripts/webhook-docs.js';
import { WEBHOOK_EVENT_TYPES } from '../../src/shared/contracts/webhook-events.js';

/** docs/webhooks.md is generated from the event schemas; it must not drift from them. */
describe('the webhook event catalog page', () => {
  it('is what the schemas say today (after changing an event: npx tsx scripts/webhook-docs.ts)', () => {
    expect(readFileSync(WEBHOOK_DOCS_PATH, 'utf8')).toBe(renderWebhookDocs());
  });

  it('has a section with a field table for every event type of the catalog and the test event', () => {
    const page = renderWebhookDocs();
    for (const type of [...WEBHOOK_EVENT_TYPES, 'webhook.test']) {
      const at = page.indexOf(`## \`${type}\``);
      expect(at, type).toBeGreaterThan(0);
      expect(page.slice(at).split('\n').slice(4, 7).join('\n'), type).toContain('| `organizationId` |');
    }
    expect(page).toContain('| `comment.isTruncated` | boolean |');
    expect(page).toContain('| `changes` | list of');
  });
});
