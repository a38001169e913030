import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import type { TSendResult, TSurveySendList } from '../../../shared/contracts/sending.js';
import { createSmtpTransport } from '../../email/transport.js';
import { mailingDeps } from '../../jobs/survey-mailing.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';
import { DAY, liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { dispatchDueInvitations } from './dispatch-invitations.service.js';

/**
 * The whole e-mail loop through a real SMTP peer: send, parse the mail, follow its links as a
 * scanner and as a person, and find exactly one answer recorded.
 */
describe('e-mail surveys end to end', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let key: string;
  const clock = manualClock();

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp({ transport: createSmtpTransport(smtp.url), workers: true, now: clock.now });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie, 'Kaffeerösterei Müller');
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const responses = async (surveyId: string) =>
    (
      await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${surveyId}`, as: { key } })
    ).json() as TResponseList;
  const send = (surveyId: string, contacts: string[]) =>
    t.request({
      method: 'POST',
      url: `/api/v1/surveys/${surveyId}/send`,
      payload: { contacts },
      as: { key },
    });
  const dispatch = () => dispatchDueInvitations(mailingDeps(t.runtime.jobContext));
  const mailTo = (address: string, kind = 'invitation') =>
    smtp.waitFor(
      (m) =>
        recipients(m).includes(address) &&
        (kind === 'invitation' ? !/Erinnerung|Reminder/.test(m.subject ?? '') : true),
    );
  const linkFor = (mail: ParsedMail, score: number) => {
    const m = new RegExp(`http://resonance\\.test/s/([A-Za-z0-9_-]{43})\\?score=${score}\\b`).exec(
      mail.text ?? '',
    );
    if (!m?.[1]) throw new Error(`no score ${score} link in:\n${mail.text}`);
    return { url: m[0], path: m[0].replace('http://resonance.test', ''), token: m[1] };
  };

  it('mails a German invitation whose scale is a row of one-click links, with RFC 8058 unsubscribe headers', async () => {
    await upsertContacts(t, key, [
      { externalId: 'CUST-1', email: 'ada@example.test', name: 'Ada', language: 'de' },
    ]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const res = await send(survey.id, ['CUST-1', 'NOBODY']);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as TSendResult;
    expect(result).toMatchObject({ scheduled: 1, skipped: 1 });
    expect(result.results.find((r) => r.contact === 'NOBODY')).toMatchObject({
      status: 'skipped',
      reason: 'unknown_contact',
    });

    // The worker's own dispatch job may get there first; either way the mail arrives once.
    await dispatch();
    const mail = await mailTo('ada@example.test');
    expect(smtp.mails.filter((m) => recipients(m).includes('ada@example.test'))).toHaveLength(1);
    expect(mail.subject).toContain('Kaffeerösterei Müller');
    expect(mail.text).toMatch(/Hallo Ada/);
    for (let n = 0; n <= 10; n++) expect(linkFor(mail, n).token).toBe(linkFor(mail, 0).token);
    expect(String(mail.html)).toContain(linkFor(mail, 10).url);
    const header = (name: string) =>
      (mail.headerLines.find((h) => h.key === name)?.line ?? '').replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe')).toMatch(
      /^List-Unsubscribe: <http:\/\/resonance\.test\/u\/[A-Za-z0-9_-]{43}>$/,
    );
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(String(mail.from?.text)).toContain('Kaffeerösterei Müller');
  });

  it('records nothing on a scanner GET, records the score on POST, and updates that one answer on a second POST', async () => {
    const survey = await liveSurvey(t, key, 'relationship-nps');
    await upsertContacts(t, key, [
      { externalId: 'CUST-2', email: 'bert@example.test', name: 'Bert', language: 'en' },
    ]);
    await send(survey.id, ['CUST-2']);
    await dispatch();
    const link = linkFor(await mailTo('bert@example.test'), 3);

    // A link scanner follows every link with GET, some of them twice.
    for (let i = 0; i < 2; i++) {
      const scanned = await t.request({ method: 'GET', url: link.path });
      expect(scanned.statusCode).toBe(200);
      expect(scanned.headers['content-type']).toContain('text/html');
      expect(scanned.body).toMatch(/value="3"[^>]*checked/);
      expect(scanned.headers['content-security-policy']).toContain("script-src 'nonce-");
    }
    expect((await responses(survey.id)).items).toHaveLength(0);
    const funnelBefore = (
      (
        await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/sends`, as: { key } })
      ).json() as TSurveySendList
    ).funnel;
    expect(funnelBefore).toMatchObject({ sent: 1, clicked: 0, answered: 0 });

    const posted = await t.request({
      method: 'POST',
      url: `/s/${link.token}`,
      payload: 'q_nps=3&auto=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`/s/${link.token}/why`);
    const again = await t.request({
      method: 'POST',
      url: `/s/${link.token}`,
      payload: 'q_nps=4',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(again.statusCode).toBe(303);
    const after = await responses(survey.id);
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({
      channel: 'email',
      score: 4,
      metric: 'nps',
      contact: { externalId: 'CUST-2' },
      answers: { nps: 4 },
    });

    const why = await t.request({ method: 'GET', url: `/s/${link.token}/why` });
    expect(why.statusCode).toBe(200);
    expect(why.body).toContain('name="q_why"');
    const comment = await t.request({
      method: 'POST',
      url: `/s/${link.token}/why`,
      payload: `q_why=${encodeURIComponent('Slow <b>support</b> replies')}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(comment.statusCode).toBe(303);
    expect(comment.headers.location).toBe(`/s/${link.token}/thanks`);
    const done = await responses(survey.id);
    expect(done.items).toHaveLength(1);
    expect(done.items[0]).toMatchObject({ score: 4, comment: 'Slow <b>support</b> replies' });
    const feedback = (
      await t.request({ method: 'GET', url: '/api/v1/feedback?channel=survey', as: { key } })
    ).json() as { items: Array<{ id: string; text: string | null }> };
    expect(feedback.items.filter((i) => i.id === done.items[0]?.id)).toEqual([
      expect.objectContaining({ text: 'Slow <b>support</b> replies' }),
    ]);
    // The comment is shown back escaped, never as markup.
    const whyAgain = await t.request({ method: 'GET', url: `/s/${link.token}/why` });
    expect(whyAgain.body).not.toContain('<b>support</b>');

    const funnel = (
      (
        await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/sends`, as: { key } })
      ).json() as TSurveySendList
    ).funnel;
    expect(funnel).toMatchObject({
      invited: 1,
      sent: 1,
      delivered: 1,
      clicked: 1,
      answered: 1,
      opened: null,
    });
  });

  it('answers forged tokens, scores outside the scale, huge comments and expired links clearly, keeping what was recorded', async () => {
    const survey = await liveSurvey(t, key, 'relationship-nps');
    await upsertContacts(t, key, [{ externalId: 'CUST-3', email: 'cleo@example.test', language: 'en' }]);
    await send(survey.id, ['CUST-3']);
    await dispatch();
    const link = linkFor(await mailTo('cleo@example.test'), 7);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };

    const forged = `${link.token.slice(0, 42)}${link.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await t.request({ method: 'GET', url: `/s/${forged}?score=7` })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: `/s/${forged}`, payload: 'q_nps=7', headers: form }))
        .statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: '/s/not-a-token' })).statusCode).toBe(404);

    const outside = await t.request({
      method: 'POST',
      url: `/s/${link.token}`,
      payload: 'q_nps=11',
      headers: form,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain('outside the scale 0–10');
    const json = await t.request({
      method: 'POST',
      url: `/s/${link.token}`,
      payload: { q_nps: 7 },
      headers: { accept: 'application/json' },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ ok: true, score: 7 });

    const huge = await t.request({
      method: 'POST',
      url: `/s/${link.token}/why`,
      payload: `q_why=${'x'.repeat(6000)}`,
      headers: form,
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.body).toContain('at most 5000');
    expect((await responses(survey.id)).items[0]).toMatchObject({ score: 7, comment: null });

    // Past its validity (30 days) a link that was never answered says so; an answered one still takes the comment.
    await upsertContacts(t, key, [{ externalId: 'CUST-4', email: 'dora@example.test', language: 'en' }]);
    await send(survey.id, ['CUST-4']);
    await dispatch();
    const late = linkFor(await mailTo('dora@example.test'), 9);
    clock.advance(31 * DAY);
    const expired = await t.request({ method: 'GET', url: late.path });
    expect(expired.statusCode).toBe(410);
    expect(
      (await t.request({ method: 'POST', url: `/s/${late.token}`, payload: 'q_nps=9', headers: form }))
        .statusCode,
    ).toBe(410);
    const stillOpen = await t.request({
      method: 'POST',
      url: `/s/${link.token}/why`,
      payload: 'q_why=Great+coffee',
      headers: form,
    });
    expect(stillOpen.statusCode).toBe(303);
    const final = (await responses(survey.id)).items;
    expect(final).toHaveLength(1);
    expect(final[0]).toMatchObject({ score: 7, comment: 'Great coffee' });
  });

  it('counts opens only where the organization turned tracking on, through the pixel in the mail', async () => {
    const survey = await liveSurvey(t, key, 'csat-after-support');
    await upsertContacts(t, key, [
      { externalId: 'PX-1', email: 'px1@example.test', language: 'en' },
      { externalId: 'PX-2', email: 'px2@example.test', language: 'en' },
    ]);
    const funnel = async () =>
      (
        (
          await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/sends`, as: { key } })
        ).json() as TSurveySendList
      ).funnel;
    clock.advance(31 * DAY);
    await send(survey.id, ['PX-1']);
    await dispatch();
    const untracked = await mailTo('px1@example.test');
    expect(String(untracked.html)).not.toContain('/o.gif');
    expect((await funnel()).opened).toBeNull();

    const on = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings/sending',
      payload: { isOpenTracking: true },
      as: { key },
    });
    expect(on.statusCode, on.body).toBe(200);
    await send(survey.id, ['PX-2']);
    await dispatch();
    const tracked = await mailTo('px2@example.test');
    const pixel = /http:\/\/resonance\.test(\/s\/[A-Za-z0-9_-]{43}\/o\.gif)/.exec(String(tracked.html))?.[1];
    expect(pixel).toBeDefined();
    const gif = await t.request({ method: 'GET', url: pixel ?? '' });
    expect(gif.statusCode).toBe(200);
    expect(gif.headers['content-type']).toBe('image/gif');
    expect((await funnel()).opened).toBe(1);
  });
});
