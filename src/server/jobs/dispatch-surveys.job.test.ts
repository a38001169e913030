import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSurveySendList } from '../../shared/contracts/sending.js';
import { createSmtpTransport } from '../email/transport.js';
import { changePlan } from '../features/organizations/organizations.service.js';
import { buildTestApp, type TestApp } from '../../../test/helpers/build-test-app.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../test/helpers/smtp-peer.js';
import { liveSurvey, upsertContacts } from '../../../test/helpers/survey-fixtures.js';

/**
 * The dispatch job drains a large send in pages of 200 and writes each page while the one before
 * it is still being delivered. Through a real SMTP peer: every person gets exactly one mail, and
 * every invitation ends up delivered.
 */
describe('surveys.dispatch over several pages', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let key: string;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp({ transport: createSmtpTransport(smtp.url), workers: true });
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie, 'Pages');
    // More than the free plan's 50 sends a month.
    await changePlan(t.runtime.deps, org.id, 'selfhosted');
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails 450 people once each through three pages, and marks every invitation delivered', async () => {
    const people = Array.from({ length: 450 }, (_, i) => ({
      externalId: `P-${i}`,
      email: `p${i}@pages.example.test`,
      name: `P ${i}`,
      language: i % 2 ? 'de' : 'en',
    }));
    await upsertContacts(t, key, people);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/send`,
      payload: { contacts: people.map((p) => p.externalId) },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(200);

    const arrived = () =>
      smtp.mails.flatMap((m) => recipients(m)).filter((r) => r.endsWith('@pages.example.test'));
    const deadline = Date.now() + 60_000;
    while (arrived().length < people.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const addresses = arrived();
    expect(addresses).toHaveLength(people.length);
    expect(new Set(addresses).size).toBe(people.length);

    // The funnel: delivered is stamped right after the peer accepted each part.
    let delivered = 0;
    for (let i = 0; i < 50 && delivered < people.length; i++) {
      const sends = (
        await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/sends`, as: { key } })
      ).json() as TSurveySendList;
      delivered = sends.funnel.delivered;
      if (delivered < people.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(delivered).toBe(people.length);
  });
});
