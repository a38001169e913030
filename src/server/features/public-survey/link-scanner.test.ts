import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import type { TSendResult } from '../../../shared/contracts/sending.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { mailingDeps } from '../../jobs/survey-mailing.js';
import { dispatchDueInvitations } from '../sending/dispatch-invitations.service.js';
import { invitationToken } from '../sending/invitation-token.js';
import { BURST_WINDOW_MS, SCANNER_MARK_MS } from './scan-burst.js';

/**
 * Link scanners open the score links of a mail, some in a real browser, some all eleven at
 * once. Opening records nothing; the page's interaction post is refused after a burst of score
 * links of one invitation, while the explicit button always counts.
 */
describe('score links opened by a link scanner', () => {
  let t: TestApp;
  let key: string;
  let surveyId: string;
  const clock = manualClock();
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  beforeAll(async () => {
    t = await buildTestApp({ now: clock.now });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie, 'Scanner Test GmbH');
    key = (await t.createApiKey(owner.cookie)).key;
    surveyId = (await liveSurvey(t, key, 'relationship-nps')).id;
  });
  afterAll(() => t.close());

  let n = 0;
  /** A fresh invitation for a new contact; its token is the one its mail would carry. */
  async function invitation(): Promise<{ token: string; externalId: string }> {
    const externalId = `SCAN-${++n}`;
    await upsertContacts(t, key, [{ externalId, email: `scan${n}@example.test`, language: 'en' }]);
    const sent = (
      await t.request({
        method: 'POST',
        url: `/api/v1/surveys/${surveyId}/send`,
        payload: { contacts: [externalId] },
        as: { key },
      })
    ).json() as TSendResult;
    const id = sent.results[0]?.invitationId;
    if (!id) throw new Error(`no invitation: ${JSON.stringify(sent)}`);
    // Dispatched (no mail server here: the outbox takes it), as a mailed invitation is.
    await dispatchDueInvitations(mailingDeps(t.runtime.jobContext));
    return { token: invitationToken(t.runtime.deps.config.authSecret, id), externalId };
  }
  const answersOf = async (externalId: string) =>
    (
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/responses?surveyId=${surveyId}&contactExternalId=${externalId}`,
          as: { key },
        })
      ).json() as TResponseList
    ).items;
  const open = (token: string, score: number, method: 'GET' | 'HEAD' = 'GET') =>
    t.app.inject({ method, url: `/s/${token}?score=${score}` });
  const post = (token: string, body: string) =>
    t.app.inject({ method: 'POST', url: `/s/${token}`, payload: body, headers: form });

  it('records nothing for GET or HEAD of any score link, however often', async () => {
    const inv = await invitation();
    for (let round = 0; round < 3; round++) {
      for (let score = 0; score <= 10; score++) {
        expect((await open(inv.token, score)).statusCode).toBe(200);
        expect((await open(inv.token, score, 'HEAD')).statusCode).toBe(200);
      }
    }
    expect(await answersOf(inv.externalId)).toEqual([]);
  });

  it('after all eleven links in a burst, the page’s interaction post is not counted; the button is', async () => {
    const inv = await invitation();
    for (let score = 0; score <= 10; score++) await open(inv.token, score);
    const automatic = await post(inv.token, 'q_nps=10&via=interaction');
    expect(automatic.statusCode).toBe(200);
    expect(automatic.body).toContain('Please confirm your score with the button.');
    expect(automatic.body).toMatch(/value="10"[^>]*checked/);
    // The confirmation page has no script: it cannot post by itself again.
    expect(automatic.body).not.toContain('<script');
    expect(await answersOf(inv.externalId)).toEqual([]);

    const pressed = await post(inv.token, 'q_nps=10&via=button');
    expect(pressed.statusCode).toBe(303);
    expect(await answersOf(inv.externalId)).toEqual([expect.objectContaining({ score: 10 })]);
  });

  it('three distinct scores in the window make a burst; two (a person changing their mind) do not', async () => {
    const person = await invitation();
    await open(person.token, 9);
    await open(person.token, 9);
    await open(person.token, 10);
    await open(person.token, 10);
    expect((await post(person.token, 'q_nps=10&via=interaction')).statusCode).toBe(303);
    expect(await answersOf(person.externalId)).toEqual([expect.objectContaining({ score: 10 })]);

    const scanner = await invitation();
    for (const score of [9, 10, 8]) await open(scanner.token, score);
    expect((await post(scanner.token, 'q_nps=8&via=interaction')).statusCode).toBe(200);
    expect(await answersOf(scanner.externalId)).toEqual([]);
  });

  it('scores opened further apart than the window are no burst', async () => {
    const inv = await invitation();
    for (const score of [3, 4, 5, 6]) {
      await open(inv.token, score);
      clock.advance(BURST_WINDOW_MS);
    }
    expect((await post(inv.token, 'q_nps=6&via=interaction')).statusCode).toBe(303);
    expect(await answersOf(inv.externalId)).toEqual([expect.objectContaining({ score: 6 })]);
  });

  it('the mark lasts while the links keep being opened, then wears off: a later click counts at once', async () => {
    const inv = await invitation();
    for (let score = 0; score <= 10; score++) await open(inv.token, score);
    clock.advance(SCANNER_MARK_MS - 1);
    await open(inv.token, 7);
    expect((await post(inv.token, 'q_nps=7&via=interaction')).statusCode).toBe(200);
    // The reopening above extended the mark by its full length.
    clock.advance(SCANNER_MARK_MS - 1);
    expect((await post(inv.token, 'q_nps=7&via=interaction')).statusCode).toBe(200);
    clock.advance(1);
    await open(inv.token, 7);
    expect((await post(inv.token, 'q_nps=7&via=interaction')).statusCode).toBe(303);
    expect(await answersOf(inv.externalId)).toEqual([expect.objectContaining({ score: 7 })]);
  });
});
