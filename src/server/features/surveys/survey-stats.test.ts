import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csatSummary } from '../../../domain/metrics/csat.js';
import { estimateNps, npsCounts } from '../../../domain/metrics/nps.js';
import { scoreDistribution } from '../../../domain/metrics/score-distribution.js';
import { asPercent, wilsonInterval } from '../../../domain/metrics/wilson.js';
import type { TInvitation, TSendResult } from '../../../shared/contracts/sending.js';
import type { TSurveyStats, TSurveyStatsList } from '../../../shared/contracts/surveys-stats.js';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { mailingDeps } from '../../jobs/survey-mailing.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { dispatchDueInvitations } from '../sending/dispatch-invitations.service.js';
import { invitationToken } from '../sending/invitation-token.js';

/**
 * The survey list's figures: per survey the answers, the score with its interval as the metrics
 * code computes it, and the response rate with its Wilson interval — computed here from the raw
 * answers with the domain functions and compared with what the endpoint reads from the rollups.
 */
describe('survey stats for the list', () => {
  let t: TestApp;

  /** The outbox drained and every stage job done: the rollups are current. */
  const settle = () => settlePipeline(t);

  async function newOrg(name: string) {
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie, name);
    return { key: (await t.createApiKey(owner.cookie)).key, orgId: org.id };
  }
  const stats = async (key: string): Promise<TSurveyStats[]> => {
    const res = await t.request({ method: 'GET', url: '/api/v1/surveys/stats', as: { key } });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as TSurveyStatsList).items;
  };
  const respond = async (key: string, survey: TSurvey, score: number, ref: string) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId: survey.id, answers: { [survey.questions[0]?.id ?? '']: score }, externalRef: ref },
      as: { key },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
  };

  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
  });
  afterAll(() => t.close());

  it('gives each survey its n, score with interval and response rate; another organization’s answers never count', async () => {
    const a = await newOrg('Stats A');
    const nps = await liveSurvey(t, a.key, 'relationship-nps', 'A NPS');
    const csat = await liveSurvey(t, a.key, 'csat-after-support', 'A CSAT');
    const quiet = (
      await t.request({
        method: 'POST',
        url: '/api/v1/surveys',
        payload: { name: 'A quiet CES', template: 'ces-after-resolution' },
        as: { key: a.key },
      })
    ).json() as TSurvey;

    // Ten customers invited by e-mail (no mail server: the outbox counts them sent), four answer their invitation.
    await upsertContacts(
      t,
      a.key,
      Array.from({ length: 10 }, (_, i) => ({ externalId: `S-${i}`, email: `s${i}@example.test` })),
    );
    const sent = (
      await t.request({
        method: 'POST',
        url: `/api/v1/surveys/${nps.id}/send`,
        payload: { contacts: Array.from({ length: 10 }, (_, i) => `S-${i}`) },
        as: { key: a.key },
      })
    ).json() as TSendResult;
    await dispatchDueInvitations(mailingDeps(t.runtime.jobContext), 200, a.orgId);
    for (let i = 0; i < 100; i++) {
      const items = (
        (
          await t.request({
            method: 'GET',
            url: `/api/v1/surveys/${nps.id}/invitations?limit=50`,
            as: { key: a.key },
          })
        ).json() as { items: TInvitation[] }
      ).items;
      if (items.every((inv) => inv.sentAt !== null)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const invitationScores = [10, 9, 3, 7];
    for (const [i, score] of invitationScores.entries()) {
      const token = invitationToken(t.runtime.deps.config.authSecret, sent.results[i]?.invitationId ?? '');
      const res = await t.app.inject({
        method: 'POST',
        url: `/s/${token}`,
        payload: { q_nps: score },
        headers: { accept: 'application/json' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Answers collected elsewhere, without an invitation: they count as answers, not in the response rate.
    const otherScores = [0, 5, 6, 8, 10, 10, 9, 2];
    for (const [i, score] of otherScores.entries()) await respond(a.key, nps, score, `call-${i}`);
    const csatScores = [5, 4, 4, 2, 1, 5];
    for (const [i, score] of csatScores.entries()) await respond(a.key, csat, score, `desk-${i}`);

    // Organization B sends feedback naming A's survey as its source, and answers its own survey.
    const b = await newOrg('Stats B');
    const forged = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: Array.from({ length: 12 }, (_, i) => ({
        channel: 'other',
        source: nps.id,
        rating: { value: 0, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: new Date().toISOString(),
        externalRef: `b-${i}`,
      })),
      as: { key: b.key },
    });
    expect(forged.statusCode, forged.body).toBe(200);
    expect(forged.json()).toMatchObject({ created: 12, errors: [] });
    const bSurvey = await liveSurvey(t, b.key, 'relationship-nps', 'B NPS');
    await respond(b.key, bSurvey, 0, 'b-own');
    await settle();

    const items = await stats(a.key);
    expect(items.map((s) => s.surveyId).sort()).toEqual([nps.id, csat.id, quiet.id].sort());
    const byId = new Map(items.map((s) => [s.surveyId, s]));

    const npsScores = [...invitationScores, ...otherScores];
    const estimate = estimateNps(npsCounts(npsScores));
    const rate = asPercent(wilsonInterval(4, 10));
    expect(byId.get(nps.id)).toEqual({
      surveyId: nps.id,
      metric: 'nps',
      n: 12,
      score: estimate.score,
      ci: { low: estimate.ci.low, high: estimate.ci.high },
      responseRate: { answered: 4, sent: 10, percent: rate.percent, ci: { low: rate.low, high: rate.high } },
    });

    const top2 = csatSummary(scoreDistribution(csatScores)).topTwoBox;
    expect(byId.get(csat.id)).toEqual({
      surveyId: csat.id,
      metric: 'csat',
      n: 6,
      score: top2.percent,
      ci: { low: top2.low, high: top2.high },
      responseRate: null,
    });
    // Nobody answered: n 0 and no score, rather than a 0 that reads as a result.
    expect(byId.get(quiet.id)).toEqual({
      surveyId: quiet.id,
      metric: 'ces',
      n: 0,
      score: null,
      ci: null,
      responseRate: null,
    });

    // The list says what the metrics API says for the survey.
    const metrics = (
      await t.request({
        method: 'GET',
        url: `/api/v1/metrics?metric=nps&surveyId=${nps.id}`,
        as: { key: a.key },
      })
    ).json() as { overall: { n: number; score: number } };
    expect(metrics.overall).toMatchObject({ n: 12, score: estimate.score });

    const bItems = await stats(b.key);
    expect(bItems).toEqual([
      { surveyId: bSurvey.id, metric: 'nps', n: 1, score: -100, ci: expect.any(Object), responseRate: null },
    ]);
  });

  it('scores no brand survey, and refuses callers without a session or key', async () => {
    const c = await newOrg('Stats C');
    const brand = (
      await t.request({
        method: 'POST',
        url: '/api/v1/surveys',
        payload: { name: 'Bond', template: 'brand-bond' },
        as: { key: c.key },
      })
    ).json() as TSurvey;
    expect(await stats(c.key)).toEqual([
      { surveyId: brand.id, metric: 'brand', n: null, score: null, ci: null, responseRate: null },
    ]);
    expect((await t.request({ method: 'GET', url: '/api/v1/surveys/stats' })).statusCode).toBe(401);
  });
});
