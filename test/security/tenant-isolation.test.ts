import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, uniqueEmail, type Caller, type TestApp } from '../helpers/build-test-app.js';
import { startFakeOidcProvider, type FakeOidcProvider } from '../helpers/fake-oidc-provider.js';
import { surveyFromTemplate } from '../../src/domain/survey/templates.js';
import { analyseItems } from '../../src/server/features/text/analyse-items.js';

/**
 * Organization B — its owner, its members and its API key — must see and touch none of
 * organization A's data, on every route the app has. A route without a probe here fails the
 * test, so each new route has to state how it is isolated.
 */
interface World {
  t: TestApp;
  idp: FakeOidcProvider;
  a: {
    orgId: string;
    ownerCookie: string;
    key: string;
    keyId: string;
    memberId: string;
    invitationId: string;
    ssoProviderId: string;
    ssoDomain: string;
    feedbackId: string;
    importId: string;
    feedbackImportId: string;
    segmentId: string;
    surveyId: string;
    liveSurveyId: string;
    sendId: string;
    widgetKey: string;
    benchmarkId: string;
    caseId: string;
    ownerId: string;
    teamId: string;
    webhookId: string;
    webhookDeliveryId: string;
    alertRuleId: string;
  };
  b: { orgId: string; ownerCookie: string; adminCookie: string; key: string };
  markers: string[];
}

type Probe = (w: World, as: Caller) => Promise<LightMyRequestResponse[]>;

/** B's own NPS answers whose comment mentions billing (and reads with `sentiment`), counted in the database. */
async function ownThemedNps(w: World, sentiment?: string): Promise<number> {
  const res = (await w.t.runtime.deps.db.execute(sql`
    select count(*)::int as n from feedback_items fi
    where fi.organization_id = ${w.b.orgId} and fi.metric = 'nps' and fi.score between 0 and 10
      and coalesce(fi.scale_max, 10) = 10
      and exists (select 1 from item_themes t where t.item_id = fi.id and t.theme_id = 'billing')
      ${sentiment ? sql`and exists (select 1 from item_analyses a where a.item_id = fi.id and a.sentiment_label = ${sentiment})` : sql``}`)) as unknown as {
    rows: Array<{ n: number }>;
  };
  return Number(res.rows[0]?.n);
}

const get =
  (url: string): Probe =>
  (w, as) =>
    Promise.all([w.t.request({ method: 'GET', url, as })]);

/** B asks for its own data (200) and with A's survey id (404). */
const fileProbe =
  (url: string): Probe =>
  async (w, as) => {
    const responses = await Promise.all([
      w.t.request({ method: 'GET', url, as }),
      w.t.request({ method: 'GET', url: `${url}?surveyId=${w.a.liveSurveyId}`, as }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 404]);
    return responses;
  };

/** An XLSX download is a zip: its cells are read back so the marker check sees text, not compressed bytes. */
const xlsxProbe =
  (url: string): Probe =>
  async (w, as) => {
    const [own, foreign] = await fileProbe(url)(w, as);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((own as LightMyRequestResponse).rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.length).toBeGreaterThan(0);
    const text = cells.join('\n');
    for (const marker of w.markers) expect(text.includes(marker), `${url} leaked "${marker}"`).toBe(false);
    return [foreign as LightMyRequestResponse];
  };

/** A benchmark entry shown with every industry, so a leak would show in any list. */
const BENCHMARK = {
  industry: 'all',
  metric: 'nps',
  score: 42,
  label: 'alpha-benchmark-label',
  source: 'Alpha study',
  year: 2025,
  method: 'panel',
  market: 'b2b',
} as const;

/** A's own entry, its edit of a built-in entry and its hidden one are all still as A left them. */
async function expectAlphaBenchmarks(w: World): Promise<void> {
  const items = (
    await w.t.request({
      method: 'GET',
      url: '/api/v1/benchmarks?industry=software&includeHidden=true',
      as: { key: w.a.key },
    })
  ).json() as { items: { id: string; label: string; hidden: boolean }[] };
  expect(items.items.map((i) => [i.id, i.label, i.hidden])).toEqual([
    ['source-cloud-software-nps', 'Cloud software', true],
    ['source-world-class-nps', 'alpha-edited-benchmark', false],
    [w.a.benchmarkId, 'alpha-benchmark-label', false],
  ]);
}

/** A's team and follow-up settings are still as A left them. */
async function expectAlphaFollowUp(w: World): Promise<void> {
  const teams = (await w.t.request({ method: 'GET', url: '/api/v1/teams', as: { key: w.a.key } })).json() as {
    teams: { id: string; name: string; memberIds: string[] }[];
  };
  expect(teams.teams).toEqual([
    expect.objectContaining({ id: w.a.teamId, name: 'Alpha Secret Team', memberIds: [w.a.ownerId] }),
  ]);
  const settings = (
    await w.t.request({ method: 'GET', url: '/api/v1/settings/follow-up', as: { key: w.a.key } })
  ).json() as { rules: { name: string; teamId: string | null }[]; rootCauses: string[] };
  expect(settings.rules).toEqual([
    expect.objectContaining({ name: 'alpha-secret-rule', teamId: w.a.teamId }),
  ]);
  expect(settings.rootCauses).toEqual(['alpha-root-cause']);
}

/** A's contact (created through the contacts API in the setup). */
const CONTACT_A = 'alpha-contact-ext';
const CONTACT_A_EMAIL = 'alpha-contact@example.test';

/** A's webhook endpoint is as A left it: its URL, description and delivery log. */
async function expectAlphaWebhook(w: World): Promise<void> {
  const own = await w.t.request({
    method: 'GET',
    url: `/api/v1/webhooks/${w.a.webhookId}`,
    as: { key: w.a.key },
  });
  expect(own.json()).toMatchObject({
    url: 'http://127.0.0.1:9/alpha-hook-path',
    description: 'Alpha Secret Hook',
    isEnabled: true,
  });
  const log = (
    await w.t.request({
      method: 'GET',
      url: `/api/v1/webhooks/${w.a.webhookId}/deliveries`,
      as: { key: w.a.key },
    })
  ).json() as { deliveries: { id: string }[] };
  expect(log.deliveries.map((d) => d.id)).toEqual([w.a.webhookDeliveryId]);
}

/** B reaches A's webhook endpoint on one route: 404, and A's endpoint is unchanged. */
const foreignWebhook =
  (method: 'GET' | 'PATCH' | 'DELETE' | 'POST', path: (w: World) => string, payload?: object): Probe =>
  async (w, as) => {
    const res = await w.t.request({ method, url: path(w), as, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${path(w)} → ${res.body}`).toBe(404);
    await expectAlphaWebhook(w);
    return [res];
  };

/** A's alert rule and integration settings are as A left them. */
async function expectAlphaAlerts(w: World): Promise<void> {
  const own = await w.t.request({
    method: 'GET',
    url: `/api/v1/alert-rules/${w.a.alertRuleId}`,
    as: { key: w.a.key },
  });
  expect(own.json()).toMatchObject({
    name: 'Alpha Secret Alert',
    isEnabled: true,
    conditions: { segments: ['alpha-alert-segment'] },
    target: { kind: 'slack', urlHint: '127.0.0.1:9/…cret' },
  });
  const settings = await w.t.request({
    method: 'GET',
    url: '/api/v1/settings/integrations',
    as: { key: w.a.key },
  });
  expect(settings.json()).toEqual({ idsOnly: true });
}

/** B reaches A's alert rule on one route: 404, and A's rule is unchanged. */
const foreignAlertRule =
  (method: 'GET' | 'PATCH' | 'DELETE', path: (w: World) => string, payload?: object): Probe =>
  async (w, as) => {
    const res = await w.t.request({ method, url: path(w), as, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${path(w)} → ${res.body}`).toBe(404);
    await expectAlphaAlerts(w);
    return [res];
  };

/** A's verdict on its comment's sentiment (given in the setup) is as A left it. */
async function expectAlphaVerdict(w: World): Promise<void> {
  const own = (
    await w.t.request({ method: 'GET', url: `/api/v1/feedback/${w.a.feedbackId}`, as: { key: w.a.key } })
  ).json() as { analysis: { sentiment: { label: string; verdict: { value: string } | null } } | null };
  expect(own.analysis?.sentiment).toMatchObject({ label: 'negative', verdict: { value: 'negative' } });
}

const PROBES: Record<string, Probe> = {
  // Alert rules: B lists and adds only its own, cannot target A's webhook endpoint, and A's rule answers 404.
  'GET /api/v1/alert-rules': get('/api/v1/alert-rules'),
  'POST /api/v1/alert-rules': async (w, as) => {
    const responses = await Promise.all([
      w.t.request({
        method: 'POST',
        url: '/api/v1/alert-rules',
        payload: {
          name: 'beta rule',
          eventTypes: ['case.created'],
          target: { kind: 'email', emails: ['beta@example.test'] },
        },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/v1/alert-rules',
        payload: {
          name: 'beta rule to alpha endpoint',
          eventTypes: ['case.created'],
          target: { kind: 'webhook', endpointId: w.a.webhookId },
        },
        as,
      }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 400]);
    await expectAlphaAlerts(w);
    return responses;
  },
  'GET /api/v1/alert-rules/:id': foreignAlertRule('GET', (w) => `/api/v1/alert-rules/${w.a.alertRuleId}`),
  'PATCH /api/v1/alert-rules/:id': foreignAlertRule(
    'PATCH',
    (w) => `/api/v1/alert-rules/${w.a.alertRuleId}`,
    {
      isEnabled: false,
      target: { kind: 'email', emails: ['thief@example.test'] },
    },
  ),
  'DELETE /api/v1/alert-rules/:id': foreignAlertRule(
    'DELETE',
    (w) => `/api/v1/alert-rules/${w.a.alertRuleId}`,
  ),
  'GET /api/v1/alert-rules/:id/deliveries': foreignAlertRule(
    'GET',
    (w) => `/api/v1/alert-rules/${w.a.alertRuleId}/deliveries`,
  ),
  // Integration settings: B reads and sets its own; A's ids-only stays on.
  'GET /api/v1/settings/integrations': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: '/api/v1/settings/integrations', as });
    expect(res.json()).toEqual({ idsOnly: false });
    return [res];
  },
  'PUT /api/v1/settings/integrations': async (w, as) => {
    const res = await w.t.request({
      method: 'PUT',
      url: '/api/v1/settings/integrations',
      payload: { idsOnly: false },
      as,
    });
    expect(res.statusCode).toBe(200);
    await expectAlphaAlerts(w);
    return [res];
  },
  // Webhooks: B lists and adds only its own; every route with A's endpoint (or A's delivery) answers 404.
  'GET /api/v1/webhooks': get('/api/v1/webhooks'),
  'POST /api/v1/webhooks': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url: 'http://127.0.0.1:9/beta-hook', eventTypes: ['case.created'] },
      as,
    });
    expect(res.statusCode, res.body).toBe(201);
    await expectAlphaWebhook(w);
    return [res];
  },
  'GET /api/v1/webhooks/:id': foreignWebhook('GET', (w) => `/api/v1/webhooks/${w.a.webhookId}`),
  'PATCH /api/v1/webhooks/:id': foreignWebhook('PATCH', (w) => `/api/v1/webhooks/${w.a.webhookId}`, {
    url: 'http://127.0.0.1:9/hijacked',
    isEnabled: false,
  }),
  'DELETE /api/v1/webhooks/:id': foreignWebhook('DELETE', (w) => `/api/v1/webhooks/${w.a.webhookId}`),
  'POST /api/v1/webhooks/:id/secret': foreignWebhook(
    'POST',
    (w) => `/api/v1/webhooks/${w.a.webhookId}/secret`,
    {
      overlapHours: 0,
    },
  ),
  'POST /api/v1/webhooks/:id/test': foreignWebhook('POST', (w) => `/api/v1/webhooks/${w.a.webhookId}/test`),
  'GET /api/v1/webhooks/:id/deliveries': foreignWebhook(
    'GET',
    (w) => `/api/v1/webhooks/${w.a.webhookId}/deliveries`,
  ),
  'POST /api/v1/webhooks/:id/replay': foreignWebhook(
    'POST',
    (w) => `/api/v1/webhooks/${w.a.webhookId}/replay`,
    {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    },
  ),
  'POST /api/v1/webhooks/:id/deliveries/:deliveryId/redeliver': async (w, as) => {
    // A's delivery under A's endpoint, and under an endpoint of B's own: 404 both ways.
    const own = (
      (await w.t.request({ method: 'GET', url: '/api/v1/webhooks', as })).json() as {
        endpoints: { id: string }[];
      }
    ).endpoints[0];
    const responses = await Promise.all([
      w.t.request({
        method: 'POST',
        url: `/api/v1/webhooks/${w.a.webhookId}/deliveries/${w.a.webhookDeliveryId}/redeliver`,
        as,
      }),
      w.t.request({
        method: 'POST',
        url: `/api/v1/webhooks/${own?.id ?? w.a.webhookId}/deliveries/${w.a.webhookDeliveryId}/redeliver`,
        as,
      }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404]);
    await expectAlphaWebhook(w);
    return responses;
  },
  // Cases: B lists only its own, A's case answers 404 on every verb, and B cannot link A's contact or people.
  'GET /api/v1/cases': async (w, as) =>
    Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/cases', as }),
      w.t.request({ method: 'GET', url: `/api/v1/cases?assignee=none&status=new,open`, as }),
    ]),
  'GET /api/v1/cases/assignees': get('/api/v1/cases/assignees'),
  'GET /api/v1/cases/report': async (w, as) => {
    // B may have its own (demo) cases: the report counts exactly those, never A's.
    const res = await w.t.request({
      method: 'GET',
      url: '/api/v1/cases/report?from=2020-01-01&to=2100-01-01',
      as,
    });
    const own = (
      await w.t.request({ method: 'GET', url: '/api/v1/cases?limit=200', as: { key: w.b.key } })
    ).json() as { cases: unknown[] };
    expect((res.json() as { opened: number }).opened).toBe(own.cases.length);
    return [res];
  },
  'GET /api/v1/themes': async (w, as) => {
    // B's themes count B's analysed comments (its demo's, if filled), never A's.
    const res = await w.t.request({ method: 'GET', url: '/api/v1/themes?from=2020-01-01&to=2100-01-01', as });
    expect(res.statusCode).toBe(200);
    const own = (await w.t.runtime.deps.db.execute(
      sql`select count(*)::int as n from item_analyses where organization_id = ${w.b.orgId}`,
    )) as unknown as { rows: Array<{ n: number }> };
    expect((res.json() as { analysedComments: number }).analysedComments).toBe(Number(own.rows[0]?.n));
    return [res];
  },
  // Verdicts on tags: B cannot judge A's item (404) and A's verdict is untouched; B's labelled set
  // and precision hold only B's verdicts.
  'PUT /api/v1/feedback/:id/analysis/themes/:themeId': async (w, as) => {
    const res = await w.t.request({
      method: 'PUT',
      url: `/api/v1/feedback/${w.a.feedbackId}/analysis/themes/billing`,
      payload: { verdict: 'disagree' },
      as,
    });
    expect(res.statusCode).toBe(404);
    await expectAlphaVerdict(w);
    return [res];
  },
  'DELETE /api/v1/feedback/:id/analysis/themes/:themeId': async (w, as) => {
    const res = await w.t.request({
      method: 'DELETE',
      url: `/api/v1/feedback/${w.a.feedbackId}/analysis/themes/billing`,
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'PUT /api/v1/feedback/:id/analysis/sentiment': async (w, as) => {
    const res = await w.t.request({
      method: 'PUT',
      url: `/api/v1/feedback/${w.a.feedbackId}/analysis/sentiment`,
      payload: { label: 'positive' },
      as,
    });
    expect(res.statusCode).toBe(404);
    await expectAlphaVerdict(w);
    return [res];
  },
  'DELETE /api/v1/feedback/:id/analysis/sentiment': async (w, as) => {
    const res = await w.t.request({
      method: 'DELETE',
      url: `/api/v1/feedback/${w.a.feedbackId}/analysis/sentiment`,
      as,
    });
    expect(res.statusCode).toBe(404);
    await expectAlphaVerdict(w);
    return [res];
  },
  'GET /api/v1/themes/labels': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: '/api/v1/themes/labels', as });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(w.a.feedbackId);
    return [res];
  },
  'GET /api/v1/themes/precision': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: '/api/v1/themes/precision', as });
    expect(res.statusCode).toBe(200);
    return [res];
  },
  // A's sentiment model figures are A's: B sees its own (none trained), and a training B starts is B's.
  'GET /api/v1/themes/sentiment-model': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: '/api/v1/themes/sentiment-model', as });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ model: null });
    return [res];
  },
  'POST /api/v1/themes/sentiment-model/train': async (w, as) => {
    const res = await w.t.request({ method: 'POST', url: '/api/v1/themes/sentiment-model/train', as });
    expect(res.statusCode).toBe(202);
    return [res];
  },
  'GET /api/v1/themes/:themeId': async (w, as) => {
    const period = 'from=2020-01-01&to=2040-01-01';
    // A theme only A's comments have is unknown to B; billing counts B's mentions only.
    const [foreign, billing] = await Promise.all([
      w.t.request({ method: 'GET', url: `/api/v1/themes/alpha_secret_theme?${period}`, as }),
      w.t.request({ method: 'GET', url: `/api/v1/themes/billing?${period}`, as }),
    ]);
    expect(foreign.statusCode).toBe(404);
    expect(billing.statusCode, billing.body).toBe(200);
    const own = (await w.t.runtime.deps.db.execute(
      sql`select count(*)::int as n from item_themes where organization_id = ${w.b.orgId} and theme_id = 'billing'`,
    )) as unknown as { rows: Array<{ n: number }> };
    expect((billing.json() as { theme: { mentions: number } }).theme.mentions).toBe(Number(own.rows[0]?.n));
    // The 404 names the id B asked for, which is also a marker: only the 200 is searched for A's data.
    return [billing];
  },
  'POST /api/v1/themes/discover': async (w, as) => {
    // B groups B's comments only: A's comment never appears among the examples.
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/themes/discover',
      payload: { from: '2020-01-01', to: '2100-01-01' },
      as,
    });
    expect([200, 403]).toContain(res.statusCode);
    return [res];
  },
  'GET /api/v1/themes/candidates': get('/api/v1/themes/candidates'),
  'PATCH /api/v1/themes/candidates/:id': async (w, as) => {
    const res = await w.t.request({
      method: 'PATCH',
      url: '/api/v1/themes/candidates/cand-alpha',
      payload: { name: 'beta-renamed' },
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    const row = (await w.t.runtime.deps.db.execute(
      sql`select name, status from theme_candidates where organization_id = ${w.a.orgId} and id = 'cand-alpha'`,
    )) as unknown as { rows: Array<{ name: string | null; status: string }> };
    expect(row.rows).toEqual([{ name: null, status: 'candidate' }]);
    return [res];
  },
  'POST /api/v1/themes/candidates/merge': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/themes/candidates/merge',
      payload: { ids: ['cand-alpha', 'cand-alpha-2'] },
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'POST /api/v1/themes/candidates/:id/split': async (w, as) => {
    const res = await w.t.request({ method: 'POST', url: '/api/v1/themes/candidates/cand-alpha/split', as });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'POST /api/v1/themes/candidates/:id/dismiss': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/themes/candidates/cand-alpha/dismiss',
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'POST /api/v1/themes/candidates/:id/promote': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/themes/candidates/cand-alpha/promote',
      payload: { name: { en: 'Beta', de: 'Beta' } },
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'GET /api/v1/themes/own': get('/api/v1/themes/own'),
  'PATCH /api/v1/themes/own/:id': async (w, as) => {
    const res = await w.t.request({
      method: 'PATCH',
      url: '/api/v1/themes/own/org-alpha-theme',
      payload: { name: { en: 'Beta', de: 'Beta' } },
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'DELETE /api/v1/themes/own/:id': async (w, as) => {
    const res = await w.t.request({ method: 'DELETE', url: '/api/v1/themes/own/org-alpha-theme', as });
    expect([403, 404]).toContain(res.statusCode);
    const row = (await w.t.runtime.deps.db.execute(
      sql`select name_en from org_themes where organization_id = ${w.a.orgId} and id = 'org-alpha-theme'`,
    )) as unknown as { rows: Array<{ name_en: string }> };
    expect(row.rows).toEqual([{ name_en: 'Alpha Own Theme' }]);
    return [res];
  },
  'GET /api/v1/cases/report.csv': get('/api/v1/cases/report.csv?from=2020-01-01&to=2100-01-01'),
  'GET /api/v1/cases/:id': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/cases/${w.a.caseId}`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'PATCH /api/v1/cases/:id': async (w, as) => {
    const res = await w.t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${w.a.caseId}`,
      payload: { priority: 'low', status: 'resolved' },
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/cases/:id/messages': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: `/api/v1/cases/${w.a.caseId}/messages`,
      payload: { kind: 'note', body: 'beta was here' },
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/cases': async (w, as) => {
    const [contact, assignee] = await Promise.all([
      w.t.request({
        method: 'POST',
        url: '/api/v1/cases',
        payload: { subject: 'beta case', contactExternalId: 'alpha-contact-ext' },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/v1/cases',
        payload: { subject: 'beta case', assigneeId: w.a.ownerId },
        as,
      }),
    ]);
    expect(contact.json()).toMatchObject({ error: { details: [{ field: 'body.contactExternalId' }] } });
    expect(assignee.json()).toMatchObject({ error: { details: [{ field: 'body.assigneeId' }] } });
    return [contact, assignee];
  },
  // Follow-up settings: B sees none of A's teams or settings, cannot change them, and cannot put
  // A's people in its own team or point its rules at A's team.
  'GET /api/v1/teams': get('/api/v1/teams'),
  'POST /api/v1/teams': async (w, as) => {
    const [members, lead] = await Promise.all([
      w.t.request({
        method: 'POST',
        url: '/api/v1/teams',
        payload: { name: 'beta team', memberIds: [w.a.ownerId] },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/v1/teams',
        payload: { name: 'beta team', leadUserId: w.a.ownerId },
        as,
      }),
    ]);
    expect(members.json()).toMatchObject({ error: { details: [{ field: 'body.memberIds.0' }] } });
    expect(lead.json()).toMatchObject({ error: { details: [{ field: 'body.leadUserId' }] } });
    return [members, lead];
  },
  'PATCH /api/v1/teams/:id': async (w, as) => {
    const res = await w.t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${w.a.teamId}`,
      payload: { name: 'beta was here', memberIds: [] },
      as,
    });
    expect(res.statusCode).toBe(404);
    await expectAlphaFollowUp(w);
    return [res];
  },
  'DELETE /api/v1/teams/:id': async (w, as) => {
    const res = await w.t.request({ method: 'DELETE', url: `/api/v1/teams/${w.a.teamId}`, as });
    expect(res.statusCode).toBe(404);
    await expectAlphaFollowUp(w);
    return [res];
  },
  'GET /api/v1/settings/follow-up': get('/api/v1/settings/follow-up'),
  'PUT /api/v1/settings/follow-up': async (w, as) => {
    const own = (await w.t.request({ method: 'GET', url: '/api/v1/settings/follow-up', as })).json() as {
      rules: { teamId: string | null }[];
    };
    const [foreignTeam, foreignSurvey, stored] = await Promise.all([
      w.t.request({
        method: 'PUT',
        url: '/api/v1/settings/follow-up',
        payload: { ...own, defaultTeamId: w.a.teamId },
        as,
      }),
      w.t.request({
        method: 'PUT',
        url: '/api/v1/settings/follow-up',
        payload: { ...own, recovery: { surveyId: w.a.surveyId, delayDays: 1 } },
        as,
      }),
      w.t.request({
        method: 'PUT',
        url: '/api/v1/settings/follow-up',
        payload: { ...own, rootCauses: ['beta-cause'] },
        as,
      }),
    ]);
    expect(foreignTeam.json()).toMatchObject({ error: { details: [{ field: 'body.defaultTeamId' }] } });
    expect(foreignSurvey.json()).toMatchObject({
      error: { details: [{ field: 'body.recovery.surveyId' }] },
    });
    expect(stored.statusCode).toBe(200);
    await expectAlphaFollowUp(w);
    return [foreignTeam, foreignSurvey, stored];
  },
  // Notifications are a person's own: B's list holds nothing of A, marking read touches only B's.
  'GET /api/v1/notifications': get('/api/v1/notifications'),
  'POST /api/v1/notifications/read': async (w, as) => {
    const res = await w.t.request({ method: 'POST', url: '/api/v1/notifications/read', payload: {}, as });
    const a = await w.t.request({
      method: 'GET',
      url: '/api/v1/notifications',
      as: { cookie: w.a.ownerCookie },
    });
    expect((a.json() as { unread: number }).unread).toBe(1);
    return [res];
  },
  'GET /api/v1/notifications/preferences': get('/api/v1/notifications/preferences'),
  'PUT /api/v1/notifications/preferences': async (w, as) => {
    const res = await w.t.request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      payload: { channels: { 'case.assigned': [] } },
      as,
    });
    const a = await w.t.request({
      method: 'GET',
      url: '/api/v1/notifications/preferences',
      as: { cookie: w.a.ownerCookie },
    });
    expect(a.json()).toEqual({ channels: {} });
    return [res];
  },

  // Segments: B lists only its own, and A's segment id answers 404 on every verb.
  'GET /api/v1/segments': get('/api/v1/segments'),
  // B may filter on an attribute key A declared only if B declared it too: A's declarations don't leak.
  'POST /api/v1/segments': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'Beta segment', filter: { attributes: { alphaSecretAttr: 'x' } } },
      as,
    });
    expect(res.statusCode).toBe(400);
    return [res];
  },
  'GET /api/v1/segments/:id': (w, as) =>
    Promise.all([w.t.request({ method: 'GET', url: `/api/v1/segments/${w.a.segmentId}`, as })]),
  'GET /api/v1/segments/:id/contacts': (w, as) =>
    Promise.all([w.t.request({ method: 'GET', url: `/api/v1/segments/${w.a.segmentId}/contacts`, as })]),
  'PATCH /api/v1/segments/:id': async (w, as) => {
    const res = await w.t.request({
      method: 'PATCH',
      url: `/api/v1/segments/${w.a.segmentId}`,
      payload: { name: 'hijacked' },
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'DELETE /api/v1/segments/:id': async (w, as) => {
    const res = await w.t.request({ method: 'DELETE', url: `/api/v1/segments/${w.a.segmentId}`, as });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  // Surveys: B lists and creates only its own; A's survey id answers 404 to reading, editing and status.
  'GET /api/v1/surveys': get('/api/v1/surveys'),
  // B's survey figures list B's surveys only: A's survey ids are markers.
  'GET /api/v1/surveys/stats': get('/api/v1/surveys/stats'),
  'POST /api/v1/surveys': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name: 'Beta survey', template: 'relationship-nps' },
      as,
    });
    expect([201, 409]).toContain(res.statusCode);
    return [res];
  },
  'GET /api/v1/surveys/:id': (w, as) =>
    Promise.all([
      w.t.request({ method: 'GET', url: `/api/v1/surveys/${w.a.surveyId}`, as }),
      w.t.request({ method: 'GET', url: `/api/v1/surveys/${w.a.surveyId}?version=1`, as }),
    ]),
  'PUT /api/v1/surveys/:id/definition': async (w, as) => {
    const payload = { definition: surveyFromTemplate('brand-bond', { companyName: 'Beta Org' }) };
    const res = await w.t.request({
      method: 'PUT',
      url: `/api/v1/surveys/${w.a.surveyId}/definition`,
      payload,
      as,
    });
    expect(res.statusCode).toBe(404);
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/surveys/${w.a.surveyId}`,
      as: { key: w.a.key },
    });
    expect(a.json()).toMatchObject({ currentVersion: 1, metric: 'nps' });
    return [res];
  },
  'POST /api/v1/surveys/:id/status': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: `/api/v1/surveys/${w.a.surveyId}/status`,
      payload: { status: 'archived' },
      as,
    });
    expect(res.statusCode).toBe(404);
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/surveys/${w.a.surveyId}`,
      as: { key: w.a.key },
    });
    expect(a.json()).toMatchObject({ status: 'draft' });
    return [res];
  },
  // Sending: A's live survey, its send, invitations and delivery answer 404 to B; B's settings and answers are its own.
  'POST /api/v1/surveys/:id/send': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: `/api/v1/surveys/${w.a.liveSurveyId}/send`,
      payload: { contacts: [CONTACT_A] },
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/surveys/:id/sends': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/surveys/${w.a.liveSurveyId}/sends`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/surveys/:id/sends': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: `/api/v1/surveys/${w.a.liveSurveyId}/sends`,
      payload: { kind: 'one_off', segmentId: w.a.segmentId },
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/sends/:id/status': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: `/api/v1/sends/${w.a.sendId}/status`,
      payload: { status: 'paused' },
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/sends/:id/outcome': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/sends/${w.a.sendId}/outcome`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/surveys/:id/invitations': async (w, as) => {
    const res = await w.t.request({
      method: 'GET',
      url: `/api/v1/surveys/${w.a.liveSurveyId}/invitations`,
      as,
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/surveys/:id/delivery': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/surveys/${w.a.liveSurveyId}/delivery`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'PUT /api/v1/surveys/:id/delivery': async (w, as) => {
    const res = await w.t.request({
      method: 'PUT',
      url: `/api/v1/surveys/${w.a.liveSurveyId}/delivery`,
      payload: { isLinkEnabled: true, recontactPeriodDays: 1 },
      as,
    });
    expect(res.statusCode).toBe(404);
    const a = (
      await w.t.request({
        method: 'GET',
        url: `/api/v1/surveys/${w.a.liveSurveyId}/delivery`,
        as: { key: w.a.key },
      })
    ).json() as { linkUrl: string | null; recontactPeriodDays: number | null };
    expect(a).toMatchObject({ linkUrl: null, recontactPeriodDays: null });
    return [res];
  },
  'GET /api/v1/settings/sending': get('/api/v1/settings/sending'),
  // The suppression list is per organization: A's suppressed address is not suppressed for B, and B cannot lift A's.
  'GET /api/v1/suppressions': get('/api/v1/suppressions'),
  'GET /api/v1/suppressions/check': async (w, as) => {
    const res = await w.t.request({
      method: 'GET',
      url: `/api/v1/suppressions/check?email=${encodeURIComponent('alpha-suppressed@example.test')}`,
      as,
    });
    expect(res.json()).toMatchObject({ isSuppressed: false });
    return [res];
  },
  'POST /api/v1/suppressions': (w, as) =>
    Promise.all([
      w.t.request({
        method: 'POST',
        url: '/api/v1/suppressions',
        payload: { email: 'beta-own@example.test' },
        as,
      }),
    ]),
  'POST /api/v1/suppressions/remove': async (w, as) => {
    await w.t.request({
      method: 'POST',
      url: '/api/v1/suppressions/remove',
      payload: { email: 'alpha-suppressed@example.test' },
      as,
    });
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/suppressions/check?email=${encodeURIComponent('alpha-suppressed@example.test')}`,
      as: { key: w.a.key },
    });
    expect(a.json()).toMatchObject({ isSuppressed: true });
    return [];
  },
  'PATCH /api/v1/settings/sending': async (w, as) => {
    const res = await w.t.request({
      method: 'PATCH',
      url: '/api/v1/settings/sending',
      payload: { senderName: 'Beta Sender', quietPeriodDays: 7 },
      as,
    });
    const a = (
      await w.t.request({ method: 'GET', url: '/api/v1/settings/sending', as: { key: w.a.key } })
    ).json() as { senderName: string; quietPeriodDays: number };
    expect(a).toMatchObject({ senderName: 'Alpha Sender Name', quietPeriodDays: 30 });
    return [res];
  },
  'GET /api/v1/responses': async (w, as) => {
    const responses = await Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/responses', as }),
      w.t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${w.a.liveSurveyId}`, as }),
      w.t.request({
        method: 'GET',
        url: '/api/v1/responses?metric=nps&theme=billing&sentiment=negative',
        as,
      }),
    ]);
    // A has a negative billing NPS answer; B's count of them is its own.
    expect((responses[2]?.json() as { total: number }).total).toBe(await ownThemedNps(w, 'negative'));
    return responses;
  },
  'POST /api/v1/responses': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId: w.a.liveSurveyId, answers: { nps: 0 } },
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  // The widget is public, keyed by the organization's widget key: B's key never reaches A's contacts or invitations.
  'POST /api/public/widget/identify': async (w) => {
    const { loadSendingSettings } =
      await import('../../src/server/features/sending/sending-settings.service.js');
    const keyB = (await loadSendingSettings(w.t.runtime.deps.db, w.b.orgId)).widgetKey;
    const res = await w.t.request({
      method: 'POST',
      url: '/api/public/widget/identify',
      payload: { key: keyB, externalId: CONTACT_A },
      headers: { 'content-type': 'application/json' },
    });
    // Unsigned ids are refused before any lookup while B requires verification (the default); once
    // B's probe below turns it off, A's contact is still nobody B's key can find.
    if (res.statusCode === 200) expect(res.json()).toEqual({ survey: null, reason: 'no_survey' });
    else expect(res.statusCode).toBe(401);
    return [res];
  },
  // Widget identity settings are B's own: B's change and B's new secret leave A's untouched.
  'GET /api/v1/settings/widget-identity': get('/api/v1/settings/widget-identity'),
  'PUT /api/v1/settings/widget-identity': async (w, as) => {
    const res = await w.t.request({
      method: 'PUT',
      url: '/api/v1/settings/widget-identity',
      payload: { isVerificationRequired: false },
      as,
    });
    const a = (
      await w.t.request({ method: 'GET', url: '/api/v1/settings/widget-identity', as: { key: w.a.key } })
    ).json() as { isVerificationRequired: boolean };
    expect(a.isVerificationRequired).toBe(true);
    return [res];
  },
  'POST /api/v1/settings/widget-identity/secret': async (w, as) => {
    const res = await w.t.request({ method: 'POST', url: '/api/v1/settings/widget-identity/secret', as });
    const a = (
      await w.t.request({ method: 'GET', url: '/api/v1/settings/widget-identity', as: { key: w.a.key } })
    ).json() as { hasSecret: boolean };
    expect(a.hasSecret).toBe(false);
    return [res];
  },
  'POST /api/public/widget/answer': async (w) => {
    const { loadSendingSettings } =
      await import('../../src/server/features/sending/sending-settings.service.js');
    const keyB = (await loadSendingSettings(w.t.runtime.deps.db, w.b.orgId)).widgetKey;
    const res = await w.t.request({
      method: 'POST',
      url: '/api/public/widget/answer',
      payload: { key: keyB, token: 'x'.repeat(43), answers: { nps: 1 } },
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/me': get('/api/v1/me'),
  'GET /api/v1/organization': get('/api/v1/organization'),
  'GET /api/v1/organization/usage': get('/api/v1/organization/usage'),
  'GET /api/v1/outbox': get('/api/v1/outbox'),
  'GET /api/v1/api-keys': get('/api/v1/api-keys'),
  'PATCH /api/v1/organization/settings': (w, as) =>
    Promise.all([
      w.t.request({
        method: 'PATCH',
        url: '/api/v1/organization/settings',
        payload: { industry: 'b-industry' },
        as,
      }),
    ]),
  'PUT /api/v1/organization/plan': (w, as) =>
    Promise.all([
      w.t.request({ method: 'PUT', url: '/api/v1/organization/plan', payload: { planId: 'business' }, as }),
    ]),
  // B fills its own (empty) organization; A's data must neither appear nor change.
  'POST /api/v1/demo': async (w, as) => {
    const res = await w.t.request({ method: 'POST', url: '/api/v1/demo', payload: {}, as });
    expect([201, 403, 409]).toContain(res.statusCode);
    return [res];
  },
  'POST /api/v1/api-keys': (w, as) =>
    Promise.all([w.t.request({ method: 'POST', url: '/api/v1/api-keys', payload: { name: 'b key' }, as })]),
  'DELETE /api/v1/api-keys/:id': async (w, as) => {
    const res = await w.t.request({ method: 'DELETE', url: `/api/v1/api-keys/${w.a.keyId}`, as });
    expect([403, 404]).toContain(res.statusCode);
    return [res];
  },
  'GET /api/v1/workspace/summary': get('/api/v1/workspace/summary'),
  // Loyalty and exports: B's own numbers and files only; A's survey id answers 404 without echoing it.
  'GET /api/v1/loyalty': fileProbe('/api/v1/loyalty'),
  'GET /api/v1/exports/responses.csv': async (w, as) => [
    ...(await fileProbe('/api/v1/exports/responses.csv')(w, as)),
    await w.t.request({ method: 'GET', url: '/api/v1/exports/responses.csv?theme=billing', as }),
  ],
  'GET /api/v1/exports/metrics.csv': fileProbe('/api/v1/exports/metrics.csv'),
  'GET /api/v1/exports/responses.xlsx': xlsxProbe('/api/v1/exports/responses.xlsx'),
  'GET /api/v1/exports/metrics.xlsx': xlsxProbe('/api/v1/exports/metrics.xlsx'),
  // Metrics read only B's rollups (A's are built first, so A's answer is there to leak); A's survey id answers 404.
  'GET /api/v1/metrics': async (w, as) => {
    const { rebuildRollups } = await import('../../src/server/features/metrics/rollups.service.js');
    await rebuildRollups({ db: w.t.runtime.deps.db }, w.a.orgId);
    const own = await w.t.request({
      method: 'GET',
      url: `/api/v1/metrics?groupBy=survey&surveyId=${w.a.liveSurveyId}`,
      as: { key: w.a.key },
    });
    expect((own.json() as { overall: { n: number } }).overall.n).toBe(1);
    // B's own breakdown by survey lists B's surveys only (A's survey id is a marker).
    // Theme and sentiment figures are counted from the items, not the rollups: B's are its own.
    const ownA = await w.t.request({
      method: 'GET',
      url: '/api/v1/metrics?theme=billing',
      as: { key: w.a.key },
    });
    expect((ownA.json() as { overall: { n: number } }).overall.n).toBeGreaterThan(0);
    const themed = await w.t.request({
      method: 'GET',
      url: '/api/v1/metrics?theme=billing&sentiment=negative&groupBy=month',
      as,
    });
    expect((themed.json() as { overall: { n: number } }).overall.n).toBe(await ownThemedNps(w, 'negative'));
    return [
      ...(await fileProbe('/api/v1/metrics')(w, as)),
      await w.t.request({ method: 'GET', url: '/api/v1/metrics?groupBy=survey', as }),
      themed,
    ];
  },
  // The send funnel counts exactly B's invitations (B may have its demo's; A's send has one); A's survey id answers 404.
  'GET /api/v1/metrics/funnel': async (w, as) => {
    const own = await w.t.request({ method: 'GET', url: '/api/v1/metrics/funnel', as: { key: w.a.key } });
    expect((own.json() as { funnel: { invited: number } }).funnel.invited).toBeGreaterThan(0);
    const responses = await Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/metrics/funnel', as }),
      w.t.request({ method: 'GET', url: `/api/v1/metrics/funnel?surveyId=${w.a.liveSurveyId}`, as }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 404]);
    const counted = await w.t.runtime.deps.db.execute(
      sql`select count(*)::int as n from survey_invitations where organization_id = ${w.b.orgId}`,
    );
    expect((responses[0]?.json() as { funnel: { invited: number } }).funnel.invited).toBe(
      Number((counted as unknown as { rows: { n: number }[] }).rows[0]?.n),
    );
    return responses;
  },
  'GET /api/v1/metrics/snapshot': fileProbe('/api/v1/metrics/snapshot'),
  // Benchmarks: A has an own entry and an edit shown with every industry, and hid a built-in one;
  // B sees the built-in table as shipped, and B's writes land in B only.
  'GET /api/v1/benchmarks': async (w, as) => {
    const responses = await Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/benchmarks', as }),
      w.t.request({ method: 'GET', url: '/api/v1/benchmarks?industry=software&includeHidden=true', as }),
    ]);
    const items = (
      responses[1]?.json() as { items: { id: string; origin: string; hidden: boolean; label: string }[] }
    ).items;
    expect(items.filter((i) => i.origin !== 'own').map((i) => [i.id, i.origin, i.hidden])).toEqual([
      ['source-cloud-software-nps', 'builtin', false],
      ['source-world-class-nps', 'builtin', false],
    ]);
    // Own entries listed are the ones B added in an earlier round.
    for (const own of items.filter((i) => i.origin === 'own')) expect(own.label).toBe('Beta own benchmark');
    return responses;
  },
  'POST /api/v1/benchmarks': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/benchmarks',
      payload: { ...BENCHMARK, label: 'Beta own benchmark' },
      as,
    });
    expect(res.statusCode).toBe(201);
    return [res];
  },
  'PUT /api/v1/benchmarks/:id': async (w, as) => {
    const foreign = await w.t.request({
      method: 'PUT',
      url: `/api/v1/benchmarks/${w.a.benchmarkId}`,
      payload: { ...BENCHMARK, label: 'hijacked' },
      as,
    });
    expect(foreign.statusCode).toBe(404);
    const builtin = await w.t.request({
      method: 'PUT',
      url: '/api/v1/benchmarks/source-world-class-nps',
      payload: { ...BENCHMARK, label: 'Beta edit' },
      as,
    });
    expect(builtin.statusCode).toBe(200);
    await expectAlphaBenchmarks(w);
    return [foreign, builtin];
  },
  'DELETE /api/v1/benchmarks/:id': async (w, as) => {
    const foreign = await w.t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${w.a.benchmarkId}`, as });
    expect(foreign.statusCode).toBe(404);
    const builtin = await w.t.request({
      method: 'DELETE',
      url: '/api/v1/benchmarks/source-world-class-nps',
      as,
    });
    await expectAlphaBenchmarks(w);
    return [foreign, builtin];
  },
  'POST /api/v1/benchmarks/:id/restore': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/benchmarks/source-world-class-nps/restore',
      as,
    });
    expect(res.statusCode).toBe(200);
    await expectAlphaBenchmarks(w);
    return [res];
  },
  'GET /api/v1/metrics/compare': async (w, as) => {
    const url = '/api/v1/metrics/compare?aFrom=2000-01-01&aTo=2100-01-01&bFrom=2000-01-01&bTo=2100-01-01';
    const responses = await Promise.all([
      w.t.request({ method: 'GET', url, as }),
      w.t.request({ method: 'GET', url: `${url}&surveyId=${w.a.liveSurveyId}`, as }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 404]);
    const themed = await w.t.request({ method: 'GET', url: `${url}&theme=billing`, as });
    expect((themed.json() as { b: { n: number } }).b.n).toBe(await ownThemedNps(w));
    return [...responses, themed];
  },
  // The digest subscription is the caller's own, in the caller's organization: B reads and
  // changes only its own (A's owner is subscribed and stays so); API keys are refused.
  'GET /api/v1/digest/subscription': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: '/api/v1/digest/subscription', as });
    if (as.key) expect(res.statusCode).toBe(403);
    else expect(res.json()).toMatchObject({ subscribed: false, lastPeriod: null });
    return [res];
  },
  'PUT /api/v1/digest/subscription': async (w, as) => {
    expect(
      (
        await w.t.request({
          method: 'PUT',
          url: '/api/v1/digest/subscription',
          payload: { subscribed: true },
          as: { cookie: w.a.ownerCookie },
        })
      ).statusCode,
    ).toBe(200);
    const on = await w.t.request({
      method: 'PUT',
      url: '/api/v1/digest/subscription',
      payload: { subscribed: true },
      as,
    });
    const off = await w.t.request({
      method: 'PUT',
      url: '/api/v1/digest/subscription',
      payload: { subscribed: false },
      as,
    });
    expect([on.statusCode, off.statusCode]).toEqual(as.key ? [403, 403] : [200, 200]);
    const rows = await w.t.runtime.deps.db.execute(
      sql`select count(*)::int as n from digest_subscriptions where organization_id = ${w.a.orgId}`,
    );
    expect(Number((rows as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(1);
    return [on, off];
  },
  // Public: asked signed out and as B; two booleans and the public address of the installation, nothing of A.
  'GET /api/v1/instance': async (w, as) => {
    const responses = await Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/instance', as }),
      w.t.request({ method: 'GET', url: '/api/v1/instance' }),
    ]);
    for (const res of responses)
      expect(Object.keys(res.json() as object).sort()).toEqual(['hasAccounts', 'publicUrl', 'signupEnabled']);
    return responses;
  },
  'GET /api/v1/sso/providers': get('/api/v1/sso/providers'),
  // B tries to take over A's provider id and e-mail domain.
  'POST /api/v1/sso/providers': async (w, as) => {
    const payload = {
      providerId: w.a.ssoProviderId,
      issuer: w.idp.issuer,
      domain: w.a.ssoDomain,
      clientId: 'b-client',
      clientSecret: 'b-secret',
    };
    const res = await w.t.request({ method: 'POST', url: '/api/v1/sso/providers', payload, as });
    expect([403, 409]).toContain(res.statusCode);
    return [res];
  },
  'DELETE /api/v1/sso/providers/:providerId': async (w, as) => {
    const res = await w.t.request({
      method: 'DELETE',
      url: `/api/v1/sso/providers/${w.a.ssoProviderId}`,
      as,
    });
    expect([403, 404]).toContain(res.statusCode);
    const stillThere = (
      await w.t.request({ method: 'GET', url: '/api/v1/sso/providers', as: { cookie: w.a.ownerCookie } })
    ).json() as { items: { providerId: string }[] };
    expect(stillThere.items.map((p) => p.providerId)).toEqual([w.a.ssoProviderId]);
    return [res];
  },
  // Feedback and events: B reads only its own, cannot open A's item, and writing with A's
  // externalRef or A's contact id neither reaches nor changes A's data.
  'POST /api/v1/feedback': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: [
        {
          channel: 'review',
          text: 'b review',
          occurredAt: new Date().toISOString(),
          externalRef: 'alpha-ref-1',
        },
      ],
      as,
    });
    expect([200, 403]).toContain(res.statusCode);
    // Stored in B (once across B's callers), never answered with A's item.
    if (res.statusCode === 200) {
      const body = res.json() as { created: number; duplicates: number; errors: unknown[] };
      expect([body.created + body.duplicates, body.errors]).toEqual([1, []]);
    }
    const linked = await w.t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: [
        {
          channel: 'chat',
          text: 'b chat',
          occurredAt: new Date().toISOString(),
          contactExternalId: 'alpha-contact-ext',
        },
      ],
      as,
    });
    if (linked.statusCode === 200)
      expect(linked.json()).toMatchObject({ created: 0, errors: [{ field: 'contactExternalId' }] });
    return [res, linked];
  },
  'GET /api/v1/feedback': async (w, as) =>
    Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/feedback', as }),
      w.t.request({ method: 'GET', url: '/api/v1/feedback?contactExternalId=alpha-contact-ext', as }),
      w.t.request({ method: 'GET', url: '/api/v1/feedback?theme=billing&sentiment=negative', as }),
    ]),
  'GET /api/v1/feedback/:id': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/feedback/${w.a.feedbackId}`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/events': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: [
        {
          contactExternalId: 'alpha-contact-ext',
          type: 'login',
          occurredAt: new Date().toISOString(),
          eventId: 'alpha-event-1',
        },
      ],
      as,
    });
    expect([200, 403]).toContain(res.statusCode);
    if (res.statusCode === 200)
      expect(res.json()).toMatchObject({
        created: 0,
        duplicates: 0,
        errors: [{ field: 'contactExternalId' }],
      });
    return [res];
  },
  'GET /api/v1/events': async (w, as) =>
    Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/events', as }),
      w.t.request({ method: 'GET', url: '/api/v1/events?contactExternalId=alpha-contact-ext', as }),
      w.t.request({ method: 'GET', url: '/api/v1/events?type=alpha_secret_event', as }),
    ]),
  // Contacts: B upserting, reading, exporting, merging or erasing A's external ids only ever
  // reaches B's own contacts; A's contact keeps its data. B cleans up its namesake at once, so
  // the feedback/events probes still find no 'alpha-contact-ext' in B.
  'POST /api/v1/contacts': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: [{ externalId: CONTACT_A, name: 'b-name', attributes: { alphaSecretAttr: 'x' } }],
      as,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, errors: [{ field: 'attributes.alphaSecretAttr' }] });
    const own = await w.t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: CONTACT_A, name: 'b-name' },
      as,
    });
    expect(own.json()).toMatchObject({ created: 1 });
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/contacts/${CONTACT_A}`,
      as: { key: w.a.key },
    });
    expect(a.json()).toMatchObject({ contact: { email: CONTACT_A_EMAIL, name: null } });
    const cleanup = await w.t.request({ method: 'DELETE', url: `/api/v1/contacts/${CONTACT_A}`, as });
    expect(cleanup.statusCode).toBe(200);
    // `res` echoes B's own input (A's external id) in its error entry, so it is not leak-checked.
    return [own, cleanup];
  },
  'GET /api/v1/contacts': async (w, as) =>
    Promise.all([
      w.t.request({ method: 'GET', url: '/api/v1/contacts', as }),
      w.t.request({ method: 'GET', url: `/api/v1/contacts?q=${CONTACT_A_EMAIL}`, as }),
      w.t.request({ method: 'GET', url: '/api/v1/contacts?q=alpha', as }),
    ]),
  'GET /api/v1/contacts/:externalId': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/contacts/${CONTACT_A}`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/contacts/:externalId/export': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/contacts/${CONTACT_A}/export`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/contacts/:externalId/merge': async (w, as) => {
    await w.t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'beta-survivor' },
      as,
    });
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/contacts/beta-survivor/merge',
      payload: { from: CONTACT_A },
      as,
    });
    expect(res.statusCode).toBe(404);
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/contacts/${CONTACT_A}`,
      as: { key: w.a.key },
    });
    expect(a.statusCode).toBe(200);
    return [res];
  },
  'DELETE /api/v1/contacts/:externalId': async (w, as) => {
    const res = await w.t.request({ method: 'DELETE', url: `/api/v1/contacts/${CONTACT_A}`, as });
    expect(res.statusCode).toBe(404);
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/contacts/${CONTACT_A}`,
      as: { key: w.a.key },
    });
    expect(a.json()).toMatchObject({ contact: { email: CONTACT_A_EMAIL } });
    return [res];
  },
  'GET /api/v1/contact-attributes': get('/api/v1/contact-attributes'),
  'POST /api/v1/contact-attributes': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: 'alphaSecretAttr', type: 'number' },
      as,
    });
    expect([200, 201]).toContain(res.statusCode);
    const undo = await w.t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'beta-attr', attributes: { alphaSecretAttr: 1 } },
      as,
    });
    expect(undo.json()).toMatchObject({ errors: [] });
    return [res, undo];
  },
  // Imports: B sees A's import, its errors and its start only as 404; B's own upload shows only B.
  'POST /api/v1/imports': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=contacts&filename=b.csv',
      headers: { 'content-type': 'text/csv' },
      payload: 'id,name\nb-1,Beta\n',
      as,
    });
    expect(res.statusCode).toBe(201);
    const feedback = await w.t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=feedback&filename=b-history.csv',
      headers: { 'content-type': 'text/csv' },
      payload: 'Datum;Bewertung\n2024-03-01;9\n',
      as,
    });
    expect(feedback.json()).toMatchObject({
      columns: ['Datum', 'Bewertung'],
      suggestedMapping: { Datum: 'occurredAt', Bewertung: 'score' },
    });
    return [res, feedback];
  },
  'GET /api/v1/imports': get('/api/v1/imports'),
  'GET /api/v1/imports/:id': async (w, as) => {
    const res = await Promise.all(
      [w.a.importId, w.a.feedbackImportId].map((id) =>
        w.t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as }),
      ),
    );
    expect(res.map((r) => r.statusCode)).toEqual([404, 404]);
    return res;
  },
  'GET /api/v1/imports/:id/errors': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/imports/${w.a.importId}/errors`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'GET /api/v1/imports/:id/errors.csv': async (w, as) => {
    const res = await w.t.request({ method: 'GET', url: `/api/v1/imports/${w.a.importId}/errors.csv`, as });
    expect(res.statusCode).toBe(404);
    return [res];
  },
  'POST /api/v1/imports/:id/start': async (w, as) => {
    const res = await w.t.request({
      method: 'POST',
      url: `/api/v1/imports/${w.a.importId}/start`,
      payload: { mapping: { AlphaImportColumn: 'externalId' } },
      as,
    });
    expect(res.statusCode).toBe(404);
    const a = await w.t.request({
      method: 'GET',
      url: `/api/v1/imports/${w.a.importId}`,
      as: { key: w.a.key },
    });
    expect(a.json()).toMatchObject({ status: 'uploaded' });
    const feedback = await w.t.request({
      method: 'POST',
      url: `/api/v1/imports/${w.a.feedbackImportId}/start`,
      payload: { mapping: { AlphaFeedbackColumn: 'occurredAt', Bewertung: 'score' } },
      as,
    });
    expect(feedback.statusCode).toBe(404);
    const aFeedback = await w.t.request({
      method: 'GET',
      url: `/api/v1/imports/${w.a.feedbackImportId}`,
      as: { key: w.a.key },
    });
    expect(aFeedback.json()).toMatchObject({ kind: 'feedback', status: 'uploaded' });
    return [res, feedback];
  },
  // better-auth's organization endpoints, called by B with A's ids.
  'GET /api/auth/*': async (w, as) =>
    Promise.all([
      w.t.request({
        method: 'GET',
        url: `/api/auth/organization/list-members?organizationId=${w.a.orgId}`,
        as,
      }),
      w.t.request({
        method: 'GET',
        url: `/api/auth/organization/list-invitations?organizationId=${w.a.orgId}`,
        as,
      }),
      w.t.request({
        method: 'GET',
        url: `/api/auth/organization/get-full-organization?organizationId=${w.a.orgId}`,
        as,
      }),
      w.t.request({ method: 'GET', url: '/api/auth/organization/list', as }),
      // The sso plugin's own provider routes (closed over HTTP; /api/v1/sso/providers is the way in).
      w.t.request({ method: 'GET', url: '/api/auth/sso/providers', as }),
      w.t.request({ method: 'GET', url: `/api/auth/sso/get-provider?providerId=${w.a.ssoProviderId}`, as }),
    ]),
  'POST /api/auth/*': async (w, as) =>
    Promise.all([
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/set-active',
        payload: { organizationId: w.a.orgId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/invite-member',
        payload: { email: uniqueEmail('x'), role: 'owner', organizationId: w.a.orgId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/update-member-role',
        payload: { memberId: w.a.memberId, role: 'agent', organizationId: w.a.orgId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/remove-member',
        payload: { memberIdOrEmail: w.a.memberId, organizationId: w.a.orgId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/cancel-invitation',
        payload: { invitationId: w.a.invitationId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/update',
        payload: { organizationId: w.a.orgId, data: { name: 'hijacked' } },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/organization/delete',
        payload: { organizationId: w.a.orgId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/sso/update-provider',
        payload: { providerId: w.a.ssoProviderId, domain: 'b-takeover.test' },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/sso/delete-provider',
        payload: { providerId: w.a.ssoProviderId },
        as,
      }),
      w.t.request({
        method: 'POST',
        url: '/api/auth/sso/register',
        payload: {
          providerId: 'b-in-a',
          issuer: w.idp.issuer,
          domain: 'b-in-a.test',
          organizationId: w.a.orgId,
          oidcConfig: { clientId: 'x', clientSecret: 'y' },
        },
        as,
      }),
    ]),
};

/** Routes that hold no organization data at all: they are called and must not mention A. */
const PUBLIC = [
  /^(GET|POST) \/[sluc]\/:(token|key)/,
  /^GET \/widget\.js$/,
  /^OPTIONS \/api\/public\/widget\//,
  /^GET \/healthz$/,
  /^GET \/readyz$/,
  /^GET \/metrics$/,
  /^GET \/api\/openapi\.json$/,
  /^GET \/api\/docs/,
];

describe('tenant isolation', () => {
  let w: World;

  beforeAll(async () => {
    const idp = await startFakeOidcProvider();
    // No workers: A's webhook test event stays queued, and loopback endpoints are allowed.
    const t = await buildTestApp({
      transport: null,
      env: { SSO_INTERNAL_IDP_ORIGINS: idp.origin, WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
    });
    const ownerA = await t.signUp({ name: 'Alpha Owner' });
    const orgA = await t.createOrg(ownerA.cookie, 'Alpha Secret Corp');
    const keyA = await t.createApiKey(ownerA.cookie, 'alpha-key-name');
    const memberA = await t.addMember(orgA.id, 'analyst');
    const memberRow = (
      await t.request({
        method: 'GET',
        url: `/api/auth/organization/list-members?organizationId=${orgA.id}`,
        as: { cookie: ownerA.cookie },
      })
    ).json() as {
      members: { id: string; userId: string }[];
    };
    const invitedEmail = uniqueEmail('alpha-invitee');
    const inv = await t.request({
      method: 'POST',
      url: '/api/auth/organization/invite-member',
      payload: { email: invitedEmail, role: 'agent', organizationId: orgA.id },
      as: { cookie: ownerA.cookie },
    });
    await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { industry: 'alpha-industry' },
      as: { cookie: ownerA.cookie },
    });
    const sso = {
      providerId: 'alpha-sso',
      issuer: idp.issuer,
      domain: 'alpha-sso.test',
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    };
    const ssoRes = await t.request({
      method: 'POST',
      url: '/api/v1/sso/providers',
      payload: sso,
      as: { cookie: ownerA.cookie },
    });
    if (ssoRes.statusCode !== 201) throw new Error(`sso provider for A: ${ssoRes.statusCode} ${ssoRes.body}`);

    await t.runtime.deps.db.execute(
      sql`insert into contacts (organization_id, external_id, email) values (${orgA.id}, 'alpha-contact-ext', 'alpha-contact@example.test')`,
    );
    const fbA = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'review',
        text: 'alpha-feedback-secret-text',
        occurredAt: new Date().toISOString(),
        externalRef: 'alpha-ref-1',
        contactExternalId: 'alpha-contact-ext',
      },
      as: { key: keyA.key },
    });
    if (fbA.statusCode !== 200) throw new Error(`feedback for A: ${fbA.statusCode} ${fbA.body}`);
    const feedbackIdA = (fbA.json() as { items: { id: string }[] }).items[0]?.id ?? '';
    // A's negative billing comment with an NPS score: B's theme and sentiment filters must never count it.
    const themedA = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'chat',
        rating: { value: 2, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        text: 'alpha-billing-secret: I was charged twice and the invoice is still wrong.',
        occurredAt: new Date().toISOString(),
        externalRef: 'alpha-ref-billing',
      },
      as: { key: keyA.key },
    });
    if (themedA.statusCode !== 200) throw new Error(`feedback for A: ${themedA.statusCode} ${themedA.body}`);
    const themedIdA = (themedA.json() as { items: { id: string }[] }).items[0]?.id ?? '';
    // Read as the text stage would (no workers here): A has an analysed comment that B's themes must not count.
    await analyseItems(t.runtime.deps.db, orgA.id, [feedbackIdA, themedIdA]);
    const themedRows = (await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from item_themes where item_id = ${themedIdA} and theme_id = 'billing'`,
    )) as unknown as { rows: Array<{ n: number }> };
    if (Number(themedRows.rows[0]?.n) !== 1) throw new Error("A's billing comment was not tagged billing");
    // A judged its comment: B's labelled set must not hold it, B's verdicts must not change it.
    const verdictA = await t.request({
      method: 'PUT',
      url: `/api/v1/feedback/${feedbackIdA}/analysis/sentiment`,
      payload: { label: 'negative' },
      as: { key: keyA.key },
    });
    if (verdictA.statusCode !== 200)
      throw new Error(`verdict for A: ${verdictA.statusCode} ${verdictA.body}`);
    // A's comments also mention a theme only A has, and billing, which B's theme page must not count.
    await t.runtime.deps.db.execute(sql`
      insert into item_themes (organization_id, item_id, theme_id, sentiment, occurred_at)
      select organization_id, id, theme, -0.5, occurred_at
      from feedback_items, unnest(array['alpha_secret_theme', 'billing']) as theme
      where id = ${feedbackIdA}`);
    const evA = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: {
        contactExternalId: 'alpha-contact-ext',
        type: 'alpha_secret_event',
        occurredAt: new Date().toISOString(),
        eventId: 'alpha-event-1',
      },
      as: { key: keyA.key },
    });
    if (evA.statusCode !== 200) throw new Error(`event for A: ${evA.statusCode} ${evA.body}`);
    const attrA = await t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: 'alphaSecretAttr', type: 'string', label: 'Alpha Attr Label' },
      as: { key: keyA.key },
    });
    if (attrA.statusCode !== 201) throw new Error(`attribute for A: ${attrA.statusCode} ${attrA.body}`);
    const contactA = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: CONTACT_A, attributes: { alphaSecretAttr: 'alpha-attr-value' } },
      as: { key: keyA.key },
    });
    if (contactA.statusCode !== 200)
      throw new Error(`contact for A: ${contactA.statusCode} ${contactA.body}`);

    const importA = (
      await t.request({
        method: 'POST',
        url: '/api/v1/imports?kind=contacts&filename=alpha-import-file.csv',
        headers: { 'content-type': 'text/csv' },
        payload: 'AlphaImportColumn,email\nalpha-row,x\n',
        as: { key: keyA.key },
      })
    ).json() as { id: string };
    await t.runtime.deps.db.execute(
      sql`insert into import_errors (import_id, line, field, reason) values (${importA.id}, 2, 'email', 'alpha-import-reason')`,
    );
    const feedbackImportA = (
      await t.request({
        method: 'POST',
        url: '/api/v1/imports?kind=feedback&filename=alpha-feedback-history.csv',
        headers: { 'content-type': 'text/csv' },
        payload: 'AlphaFeedbackColumn;Bewertung\n2024-03-01;9\n',
        as: { key: keyA.key },
      })
    ).json() as { id: string };

    const segmentA = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: {
        name: 'Alpha Secret Segment',
        filter: { attributes: { alphaSecretAttr: 'alpha-attr-value' } },
      },
      as: { key: keyA.key },
    });
    if (segmentA.statusCode !== 201)
      throw new Error(`segment for A: ${segmentA.statusCode} ${segmentA.body}`);
    const surveyA = await t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name: 'Alpha Secret Survey', template: 'relationship-nps' },
      as: { key: keyA.key },
    });
    if (surveyA.statusCode !== 201) throw new Error(`survey for A: ${surveyA.statusCode} ${surveyA.body}`);

    const liveA = await t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name: 'Alpha Live Survey', template: 'relationship-nps' },
      as: { key: keyA.key },
    });
    const liveSurveyId = (liveA.json() as { id: string }).id;
    await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${liveSurveyId}/status`,
      payload: { status: 'live' },
      as: { key: keyA.key },
    });
    await t.request({
      method: 'PATCH',
      url: '/api/v1/settings/sending',
      payload: { senderName: 'Alpha Sender Name' },
      as: { key: keyA.key },
    });
    await t.request({
      method: 'POST',
      url: '/api/v1/suppressions',
      payload: { email: 'alpha-suppressed@example.test' },
      as: { key: keyA.key },
    });
    const sendA = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${liveSurveyId}/send`,
      payload: { contacts: [CONTACT_A] },
      as: { key: keyA.key },
    });
    if (sendA.statusCode !== 200) throw new Error(`send for A: ${sendA.statusCode} ${sendA.body}`);
    const responseA = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: {
        surveyId: liveSurveyId,
        contactExternalId: CONTACT_A,
        answers: { nps: 3, why: 'alpha-response-comment' },
      },
      as: { key: keyA.key },
    });
    if (responseA.statusCode !== 201)
      throw new Error(`response for A: ${responseA.statusCode} ${responseA.body}`);
    const { loadSendingSettings } =
      await import('../../src/server/features/sending/sending-settings.service.js');
    const widgetKeyA = (await loadSendingSettings(t.runtime.deps.db, orgA.id)).widgetKey;
    const benchmarkA = await t.request({
      method: 'POST',
      url: '/api/v1/benchmarks',
      payload: BENCHMARK,
      as: { key: keyA.key },
    });
    if (benchmarkA.statusCode !== 201)
      throw new Error(`benchmark for A: ${benchmarkA.statusCode} ${benchmarkA.body}`);
    await t.request({
      method: 'PUT',
      url: '/api/v1/benchmarks/source-world-class-nps',
      payload: { ...BENCHMARK, label: 'alpha-edited-benchmark' },
      as: { key: keyA.key },
    });
    await t.request({
      method: 'DELETE',
      url: '/api/v1/benchmarks/source-cloud-software-nps',
      as: { key: keyA.key },
    });

    const caseA = await t.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        subject: 'Alpha Secret Case',
        contactExternalId: 'alpha-contact-ext',
        body: 'alpha-case-message',
        assigneeId: ownerA.userId,
      },
      as: { key: keyA.key },
    });
    if (caseA.statusCode !== 201) throw new Error(`case for A: ${caseA.statusCode} ${caseA.body}`);

    const teamA = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: 'Alpha Secret Team', memberIds: [ownerA.userId], leadUserId: ownerA.userId },
      as: { key: keyA.key },
    });
    if (teamA.statusCode !== 201) throw new Error(`team for A: ${teamA.statusCode} ${teamA.body}`);
    const teamAId = (teamA.json() as { id: string }).id;
    const settingsA = (
      await t.request({ method: 'GET', url: '/api/v1/settings/follow-up', as: { key: keyA.key } })
    ).json() as Record<string, unknown>;
    const putA = await t.request({
      method: 'PUT',
      url: '/api/v1/settings/follow-up',
      payload: {
        ...settingsA,
        rules: [{ id: 'alpha-rule', name: 'alpha-secret-rule', topic: 'alpha-topic', teamId: teamAId }],
        rootCauses: ['alpha-root-cause'],
      },
      as: { key: keyA.key },
    });
    if (putA.statusCode !== 200) throw new Error(`follow-up settings for A: ${putA.statusCode} ${putA.body}`);

    const webhookA = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: {
        url: 'http://127.0.0.1:9/alpha-hook-path',
        eventTypes: ['response.created'],
        description: 'Alpha Secret Hook',
      },
      as: { key: keyA.key },
    });
    if (webhookA.statusCode !== 201)
      throw new Error(`webhook for A: ${webhookA.statusCode} ${webhookA.body}`);
    const { endpoint: endpointA, secret: webhookSecretA } = webhookA.json() as {
      endpoint: { id: string };
      secret: string;
    };
    const testA = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpointA.id}/test`,
      as: { key: keyA.key },
    });
    if (testA.statusCode !== 202) throw new Error(`webhook test for A: ${testA.statusCode} ${testA.body}`);

    const alertA = await t.request({
      method: 'POST',
      url: '/api/v1/alert-rules',
      payload: {
        name: 'Alpha Secret Alert',
        eventTypes: ['response.created'],
        conditions: { segments: ['alpha-alert-segment'] },
        target: { kind: 'slack', url: 'http://127.0.0.1:9/alpha-slack-secret' },
      },
      as: { key: keyA.key },
    });
    if (alertA.statusCode !== 201) throw new Error(`alert rule for A: ${alertA.statusCode} ${alertA.body}`);
    await t.request({
      method: 'PUT',
      url: '/api/v1/settings/integrations',
      payload: { idsOnly: true },
      as: { key: keyA.key },
    });

    // A's candidate theme and own theme, written as discovery and a promotion would.
    await t.runtime.deps.db.execute(sql`
      insert into theme_candidates (organization_id, id, terms, examples, item_ids, size, status, run_id, run_at)
      values (${orgA.id}, 'cand-alpha', '["alpha-candidate-term"]'::jsonb,
        ${JSON.stringify([{ itemId: feedbackIdA, text: 'alpha-feedback-secret-text' }])}::jsonb,
        ${JSON.stringify([feedbackIdA])}::jsonb, 1, 'candidate', gen_random_uuid(), now()),
        (${orgA.id}, 'cand-alpha-2', '["alpha-candidate-term"]'::jsonb, '[]'::jsonb, '[]'::jsonb, 0, 'candidate', gen_random_uuid(), now())`);
    await t.runtime.deps.db.execute(sql`
      insert into org_themes (organization_id, id, name_en, name_de, terms, created_at, updated_at)
      values (${orgA.id}, 'org-alpha-theme', 'Alpha Own Theme', 'Alpha Eigenes Thema',
        '{"de":["alphaterm"],"en":["alphaterm"]}'::jsonb, now(), now())`);

    const ownerB = await t.signUp({ name: 'Beta Owner' });
    const orgB = await t.createOrg(ownerB.cookie, 'Beta Org');
    const keyB = await t.createApiKey(ownerB.cookie, 'beta key');
    const adminB = await t.addMember(orgB.id, 'admin');

    const keyAList = (
      await t.request({ method: 'GET', url: '/api/v1/api-keys', as: { cookie: ownerA.cookie } })
    ).json() as { items: { start: string }[] };
    w = {
      t,
      idp,
      a: {
        orgId: orgA.id,
        ownerCookie: ownerA.cookie,
        key: keyA.key,
        keyId: keyA.id,
        memberId: memberRow.members.find((m) => m.userId === memberA.userId)?.id ?? '',
        invitationId: (inv.json() as { id: string }).id,
        ssoProviderId: sso.providerId,
        ssoDomain: sso.domain,
        feedbackId: feedbackIdA,
        importId: importA.id,
        feedbackImportId: feedbackImportA.id,
        segmentId: (segmentA.json() as { id: string }).id,
        surveyId: (surveyA.json() as { id: string }).id,
        liveSurveyId,
        sendId: (sendA.json() as { sendId: string }).sendId,
        widgetKey: widgetKeyA,
        benchmarkId: (benchmarkA.json() as { id: string }).id,
        caseId: (caseA.json() as { id: string }).id,
        ownerId: ownerA.userId,
        teamId: teamAId,
        webhookId: endpointA.id,
        webhookDeliveryId: (testA.json() as { id: string }).id,
        alertRuleId: (alertA.json() as { id: string }).id,
      },
      b: { orgId: orgB.id, ownerCookie: ownerB.cookie, adminCookie: adminB.cookie, key: keyB.key },
      markers: [
        orgA.id,
        'Alpha Secret Corp',
        ownerA.email,
        memberA.email,
        invitedEmail,
        keyA.id,
        keyAList.items[0]?.start ?? 'none',
        'alpha-key-name',
        'alpha-industry',
        sso.providerId,
        sso.domain,
        sso.clientId,
        sso.clientSecret,
        'alpha-feedback-secret-text',
        'alpha_secret_theme',
        'alpha-billing-secret',
        themedIdA,
        'alpha_secret_event',
        feedbackIdA,
        'alpha-contact@example.test',
        'alpha-contact-ext',
        'Alpha Attr Label',
        'alpha-attr-value',
        'alpha-import-file.csv',
        'AlphaImportColumn',
        'alpha-import-reason',
        'alpha-feedback-history.csv',
        'AlphaFeedbackColumn',
        'Alpha Secret Segment',
        'Alpha Secret Survey',
        'Alpha Live Survey',
        'Alpha Sender Name',
        'alpha-response-comment',
        widgetKeyA,
        liveSurveyId,
        'alpha-benchmark-label',
        'alpha-edited-benchmark',
        'Alpha Secret Case',
        'alpha-case-message',
        teamAId,
        'Alpha Secret Team',
        'alpha-secret-rule',
        'alpha-topic',
        'alpha-root-cause',
        'alpha-hook-path',
        'Alpha Secret Hook',
        endpointA.id,
        (testA.json() as { id: string }).id,
        webhookSecretA,
        webhookSecretA.slice('whsec_'.length, 20),
        'Alpha Secret Alert',
        'alpha-alert-segment',
        'alpha-slack-secret',
        (alertA.json() as { id: string }).id,
        'alpha-candidate-term',
        'Alpha Own Theme',
        'Alpha Eigenes Thema',
        'alphaterm',
      ],
    };
  });
  afterAll(async () => {
    await w.t.close();
    await w.idp.close();
  });

  it('has a probe for every route', () => {
    const missing = w.t.app.routeTable.filter(
      (r) => !(r in PROBES) && !PUBLIC.some((p) => p.test(r)) && r !== 'GET /*',
    );
    expect(missing).toEqual([]);
  });

  for (const who of ['owner', 'admin', 'apiKey'] as const) {
    it(`shows organization B's ${who} nothing of A and lets it change nothing of A`, async () => {
      const as: Caller =
        who === 'apiKey' ? { key: w.b.key } : { cookie: who === 'owner' ? w.b.ownerCookie : w.b.adminCookie };
      for (const [route, probe] of Object.entries(PROBES)) {
        const responses = await probe(w, as);
        for (const res of responses) {
          for (const marker of w.markers) {
            expect(
              res.body.includes(marker),
              `${route} as B ${who} leaked "${marker}": ${res.body.slice(0, 300)}`,
            ).toBe(false);
          }
        }
      }
      const feedbackA = (
        await w.t.request({ method: 'GET', url: '/api/v1/feedback?channel=review', as: { key: w.a.key } })
      ).json() as { items: { id: string; text: string }[] };
      expect(feedbackA.items).toEqual([
        expect.objectContaining({ id: w.a.feedbackId, text: 'alpha-feedback-secret-text' }),
      ]);
      const eventsA = (
        await w.t.request({ method: 'GET', url: '/api/v1/events', as: { key: w.a.key } })
      ).json() as { items: { type: string }[] };
      expect(eventsA.items.map((e) => e.type)).toEqual(['alpha_secret_event']);
      // And A is intact: its key works, its member, invitation, name and settings are unchanged.
      const orgA = await w.t.request({ method: 'GET', url: '/api/v1/organization', as: { key: w.a.key } });
      expect(orgA.statusCode).toBe(200);
      expect(orgA.json()).toMatchObject({
        id: w.a.orgId,
        name: 'Alpha Secret Corp',
        planId: 'selfhosted',
        industry: 'alpha-industry',
      });
      const members = (
        await w.t.request({
          method: 'GET',
          url: `/api/auth/organization/list-members?organizationId=${w.a.orgId}`,
          as: { cookie: w.a.ownerCookie },
        })
      ).json() as {
        members: { id: string; role: string }[];
      };
      expect(members.members.find((m) => m.id === w.a.memberId)?.role).toBe('analyst');
      const invs = (
        await w.t.request({
          method: 'GET',
          url: `/api/auth/organization/list-invitations?organizationId=${w.a.orgId}`,
          as: { cookie: w.a.ownerCookie },
        })
      ).json() as {
        id: string;
        status: string;
      }[];
      expect(invs.find((i) => i.id === w.a.invitationId)?.status).toBe('pending');
    });
  }

  it('keeps A out of the public routes', async () => {
    for (const route of w.t.app.routeTable.filter((r) => PUBLIC.some((p) => p.test(r)))) {
      const [method, url] = route.split(' ') as [string, string];
      if (method !== 'GET') continue;
      const res = await w.t.request({ method: 'GET', url: url.replace('*', 'index.html') });
      for (const marker of w.markers)
        expect(res.body.includes(marker), `${route} leaked ${marker}`).toBe(false);
    }
  });
});
