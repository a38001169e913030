import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail, TCaseList } from '../../../shared/contracts/cases.js';
import type {
  TFollowUpSettings,
  TFollowUpSettingsInput,
  TTeam,
  TTeamList,
} from '../../../shared/contracts/follow-up.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { DAY, liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';

const MINUTE = 60_000;

/** Monday to Friday 09:00–17:00 in Berlin, optionally with a lunch break 12:00–13:00. */
function officeHours(lunch: boolean) {
  const day = lunch
    ? [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]
    : [{ start: '09:00', end: '17:00' }];
  return { timeZone: 'Europe/Berlin', week: { 1: day, 2: day, 3: day, 4: day, 5: day }, holidays: [] };
}

/** One rule for every critical score, sending its cases to `teamId`. */
const criticalRule = (over: Record<string, unknown> = {}) => ({
  id: 'critical',
  name: 'Critical scores',
  topic: 'feedback',
  ...over,
});

/**
 * Settings → Follow-up through the API: defaults, a round trip, refusals naming the field, and
 * what the settings do to cases in the pipeline (round-robin teams, calendars, disabled rules,
 * segment conditions) on a controlled clock.
 */
describe('follow-up settings', () => {
  let t: TestApp;
  // Monday 2 November 2026, 10:00 in Berlin.
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));

  beforeAll(async () => {
    t = await buildTestApp({ workers: true, now: clock.now });
  });
  afterAll(() => t.close());

  async function newOrg(agentCount = 0) {
    const owner = await t.signUp({ name: 'Olga Owner' });
    const org = await t.createOrg(owner.cookie);
    const key = (await t.createApiKey(owner.cookie)).key;
    const agents = [];
    for (let i = 0; i < agentCount; i++) agents.push(await t.addMember(org.id, 'agent'));
    return { owner, org, key, agents };
  }
  type Org = Awaited<ReturnType<typeof newOrg>>;

  const getSettings = async (o: Org) => {
    const res = await t.request({ method: 'GET', url: '/api/v1/settings/follow-up', as: { key: o.key } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TFollowUpSettings;
  };
  const putSettings = (o: Org, body: unknown) =>
    t.request({
      method: 'PUT',
      url: '/api/v1/settings/follow-up',
      payload: body as object,
      as: { key: o.key },
    });
  const saveSettings = async (o: Org, patch: Partial<TFollowUpSettingsInput>) => {
    const res = await putSettings(o, { ...(await getSettings(o)), ...patch });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TFollowUpSettings;
  };
  const createTeam = async (o: Org, body: Record<string, unknown>) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/teams', payload: body, as: { key: o.key } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TTeam;
  };
  const lowScore = async (o: Org, contactExternalId: string, value = 2) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'review',
        rating: { value, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: clock.now().toISOString(),
        contactExternalId,
      },
      as: { key: o.key },
    });
    expect(res.json(), res.body).toMatchObject({ created: 1 });
  };
  const listCases = async (o: Org) =>
    ((await t.request({ method: 'GET', url: '/api/v1/cases', as: { key: o.key } })).json() as TCaseList)
      .cases;
  const fieldsOf = (body: string) =>
    ((JSON.parse(body) as { error: { details?: { field?: string }[] } }).error.details ?? []).map(
      (d) => d.field,
    );

  it('reads the defaults when nothing was stored', async () => {
    const o = await newOrg();
    const s = await getSettings(o);
    expect(s.rules).toEqual([
      expect.objectContaining({
        id: 'critical-scores',
        isEnabled: true,
        metrics: ['nps', 'csat', 'ces', 'rating'],
        thresholds: {},
        teamId: null,
      }),
    ]);
    expect(s.sla.warnAt).toBe(0.8);
    expect(s.sla.pausedStatuses).toEqual(['waiting']);
    expect(s.sla.escalateAfterMinutes).toEqual([0, 240]);
    expect(s.sla.targets.find((r) => r.channel === 'chat')).toMatchObject({
      firstResponseMinutes: 1,
      businessHours: false,
      businessHoursFor: { resolution: true },
    });
    expect(s.defaultTeamId).toBeNull();
    expect(s.rootCauses).toContain('delivery');
    expect(s.actions).toContain('apology');
    const teams = (
      await t.request({ method: 'GET', url: '/api/v1/teams', as: { key: o.key } })
    ).json() as TTeamList;
    expect(teams).toEqual({
      teams: [],
      defaultCalendar: expect.objectContaining({ timeZone: 'Europe/Berlin', holidays: [] }),
    });
  });

  it('stores what a PUT sends and reads it back, defaults of a rule filled in', async () => {
    const o = await newOrg(1);
    const team = await createTeam(o, {
      name: 'Support DACH',
      memberIds: [o.agents[0]?.userId],
      leadUserId: o.owner.userId,
      calendar: { ...officeHours(true), holidays: ['2026-12-24', '2026-12-25'] },
    });
    expect(team).toMatchObject({
      name: 'Support DACH',
      memberIds: [o.agents[0]?.userId],
      leadUserId: o.owner.userId,
      isRoundRobin: true,
      calendar: {
        week: {
          1: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
        },
      },
    });
    const body = {
      rules: [
        criticalRule({
          metrics: ['nps', 'csat'],
          thresholds: { nps: 4, csat: 1 },
          channels: ['survey', 'email'],
          segments: ['Enterprise'],
          minRevenue: 50_000,
          attribute: { key: 'plan', value: 'gold' },
          teamId: team.id,
        }),
        {
          id: 'sentiment',
          name: 'Angry about billing',
          topic: 'tone',
          metrics: [],
          negativeSentiment: true,
          themes: ['billing'],
        },
      ],
      sla: {
        targets: [
          {
            channel: 'chat',
            priority: 'urgent',
            firstResponseMinutes: 1,
            nextResponseMinutes: 2,
            resolutionMinutes: 60,
            businessHours: false,
            businessHoursFor: { resolution: true },
          },
          {
            channel: '*',
            priority: '*',
            firstResponseMinutes: 240,
            nextResponseMinutes: null,
            resolutionMinutes: 2400,
            businessHours: true,
          },
        ],
        pausedStatuses: ['waiting', 'new'],
        warnAt: 0.75,
        escalateAfterMinutes: [30, 120, 600],
      },
      defaultTeamId: team.id,
      highValueRevenue: 100_000,
      rootCauses: ['Lieferung', 'Rechnung'],
      actions: ['Entschuldigung', 'Gutschein'],
      recovery: { surveyId: null, delayDays: 3 },
    };
    const res = await putSettings(o, body);
    expect(res.statusCode, res.body).toBe(200);
    const expected = {
      ...body,
      rules: [
        {
          ...body.rules[0],
          isEnabled: true,
          negativeSentiment: false,
          themes: [],
          surveyIds: [],
          touchpoints: [],
        },
        {
          ...body.rules[1],
          isEnabled: true,
          thresholds: {},
          channels: [],
          surveyIds: [],
          touchpoints: [],
          segments: [],
          minRevenue: null,
          attribute: null,
          teamId: null,
        },
      ],
    };
    expect(res.json()).toEqual(expected);
    expect(await getSettings(o)).toEqual(expected);

    // Deleting the team leaves no rule or default pointing at it, so the settings can be saved again.
    const del = await t.request({ method: 'DELETE', url: `/api/v1/teams/${team.id}`, as: { key: o.key } });
    expect(del.statusCode, del.body).toBe(200);
    const after = await getSettings(o);
    expect(after.defaultTeamId).toBeNull();
    expect(after.rules[0]?.teamId).toBeNull();
    expect((await putSettings(o, after)).statusCode).toBe(200);
  });

  it('refuses each bad field with a 400 naming it', async () => {
    const o = await newOrg(1);
    const other = await newOrg(1);
    const foreignTeam = await createTeam(other, { name: 'Theirs' });
    const base = await getSettings(o);
    const rule = base.rules[0];
    const cases: Array<[string, unknown]> = [
      ['body.rules.0.thresholds.nps', { ...base, rules: [{ ...rule, thresholds: { nps: 11 } }] }],
      ['body.rules.0.thresholds.csat', { ...base, rules: [{ ...rule, thresholds: { csat: 0 } }] }],
      ['body.rules.0.thresholds.ces', { ...base, rules: [{ ...rule, thresholds: { ces: 8 } }] }],
      ['body.rules.0.metrics', { ...base, rules: [{ ...rule, metrics: [], negativeSentiment: false }] }],
      ['body.rules.0.channels.0', { ...base, rules: [{ ...rule, channels: ['pigeon'] }] }],
      ['body.rules.1.id', { ...base, rules: [rule, { ...rule, name: 'Copy' }] }],
      ['body.rules.0.teamId', { ...base, rules: [{ ...rule, teamId: foreignTeam.id }] }],
      ['body.defaultTeamId', { ...base, defaultTeamId: foreignTeam.id }],
      ['body.sla.warnAt', { ...base, sla: { ...base.sla, warnAt: 0.3 } }],
      ['body.sla.escalateAfterMinutes.1', { ...base, sla: { ...base.sla, escalateAfterMinutes: [60, 30] } }],
      [
        'body.sla.targets.0.priority',
        { ...base, sla: { ...base.sla, targets: [{ ...base.sla.targets[0], priority: 'asap' }] } },
      ],
      [
        'body.sla.targets.1',
        { ...base, sla: { ...base.sla, targets: [base.sla.targets[0], base.sla.targets[0]] } },
      ],
      ['body.rootCauses', { ...base, rootCauses: [] }],
      ['body.actions.0', { ...base, actions: ['x'.repeat(61)] }],
      ['body.actions.1', { ...base, actions: ['refund', 'refund'] }],
      ['body.rules.0.name', { ...base, rules: [{ ...rule, name: 'bad\u0000name' }] }],
    ];
    for (const [field, body] of cases) {
      const res = await putSettings(o, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(fieldsOf(res.body), field).toContain(field);
    }
    expect(await getSettings(o)).toEqual(base);

    const teamCases: Array<[string, Record<string, unknown>]> = [
      ['body.name', { name: '' }],
      [
        'body.calendar.timeZone',
        { name: 'T', calendar: { ...officeHours(false), timeZone: 'Mars/Olympus' } },
      ],
      [
        'body.calendar.holidays.0',
        { name: 'T', calendar: { ...officeHours(false), holidays: ['2026-02-30'] } },
      ],
      [
        'body.calendar.week.1.0.end',
        { name: 'T', calendar: { ...officeHours(false), week: { 1: [{ start: '09:00', end: '25:00' }] } } },
      ],
      [
        'body.calendar.week.2',
        {
          name: 'T',
          calendar: {
            ...officeHours(false),
            week: {
              2: [
                { start: '09:00', end: '13:00' },
                { start: '12:00', end: '17:00' },
              ],
            },
          },
        },
      ],
      [
        'body.calendar.week.3',
        { name: 'T', calendar: { ...officeHours(false), week: { 3: [{ start: '17:00', end: '09:00' }] } } },
      ],
      // An analyst reads, but works no cases; another organization's person is nobody here.
      ['body.memberIds.0', { name: 'T', memberIds: [(await t.addMember(o.org.id, 'analyst')).userId] }],
      ['body.memberIds.1', { name: 'T', memberIds: [o.agents[0]?.userId, other.agents[0]?.userId] }],
      ['body.leadUserId', { name: 'T', leadUserId: other.owner.userId }],
    ];
    for (const [field, body] of teamCases) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/teams',
        payload: body,
        as: { key: o.key },
      });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(fieldsOf(res.body), field).toContain(field);
    }
    const mine = await createTeam(o, { name: 'Mine' });
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${mine.id}`,
      payload: { memberIds: [other.agents[0]?.userId] },
      as: { key: o.key },
    });
    expect(fieldsOf(patch.body)).toEqual(['body.memberIds.0']);
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: 'Mine' },
      as: { key: o.key },
    });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup.body)).toEqual(['body.name']);
    // An agent reads the settings but may not change them.
    const agent = o.agents[0]?.cookie ?? '';
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/settings/follow-up', as: { cookie: agent } }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: '/api/v1/settings/follow-up',
          payload: base,
          as: { cookie: agent },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('sets the recovery re-survey’s survey and delay, which the first resolution plans with', async () => {
    const o = await newOrg();
    const other = await newOrg();
    const survey = await liveSurvey(t, o.key, 'relationship-nps');
    const theirs = await liveSurvey(t, other.key, 'relationship-nps');
    // Unset: the survey the customer complained in, a week after the resolution.
    expect((await getSettings(o)).recovery).toEqual({ surveyId: null, delayDays: 7 });
    const base = await getSettings(o);
    for (const [field, recovery] of [
      ['body.recovery.delayDays', { surveyId: null, delayDays: -1 }],
      ['body.recovery.delayDays', { surveyId: null, delayDays: 1.5 }],
      ['body.recovery.surveyId', { surveyId: theirs.id, delayDays: 1 }],
      ['body.recovery.surveyId', { surveyId: 'a\u0000b', delayDays: 1 }],
      ['body.recovery.surveyId', { surveyId: '\ud800', delayDays: 1 }],
      ['body.recovery.surveyId', { surveyId: 'x'.repeat(100_000), delayDays: 1 }],
    ] as const) {
      const res = await putSettings(o, { ...base, recovery });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(fieldsOf(res.body), field).toContain(field);
    }
    const saved = await saveSettings(o, { recovery: { surveyId: survey.id, delayDays: 2 } });
    expect(saved.recovery).toEqual({ surveyId: survey.id, delayDays: 2 });
    expect((await getSettings(o)).recovery).toEqual({ surveyId: survey.id, delayDays: 2 });

    await upsertContacts(t, o.key, [{ externalId: 'again', email: 'again@example.test' }]);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { subject: 'Broken grinder', channel: 'email', contactExternalId: 'again' },
      as: { key: o.key },
    });
    expect(created.statusCode, created.body).toBe(201);
    const resolved = await t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${(created.json() as TCaseDetail).id}`,
      payload: { status: 'resolved' },
      as: { cookie: o.owner.cookie },
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const planned = (resolved.json() as TCaseDetail).events.find((e) => e.type === 'recovery-survey');
    // Never surveyed before, so no quiet period holds it: exactly the two days set.
    expect(planned?.data).toMatchObject({
      status: 'scheduled',
      surveyId: survey.id,
      scheduledFor: new Date(clock.now().getTime() + 2 * DAY).toISOString(),
    });
  });

  it('hands a round-robin team’s cases to its members in turn', async () => {
    const o = await newOrg(3);
    const ids = o.agents.map((a) => a.userId);
    const team = await createTeam(o, { name: 'Round', memberIds: ids, isRoundRobin: true });
    await saveSettings(o, { rules: [criticalRule({ teamId: team.id })] });
    await upsertContacts(
      t,
      o.key,
      ['c1', 'c2', 'c3', 'c4'].map((externalId) => ({ externalId, email: `${externalId}@example.test` })),
    );
    const assignees: Array<string | undefined> = [];
    for (const contact of ['c1', 'c2', 'c3', 'c4']) {
      await lowScore(o, contact);
      await settlePipeline(t);
      clock.advance(MINUTE);
      const [newest] = await listCases(o);
      expect(newest?.team?.id).toBe(team.id);
      assignees.push(newest?.assignee?.id);
    }
    // Nobody had a case yet, so the order starts by user id; the fourth goes to who waited longest.
    expect(assignees.slice(0, 3)).toEqual([...ids].sort());
    expect(assignees[3]).toBe(assignees[0]);
  });

  it('decides one batch of low scores in order: round-robin in turn, a second score joins the first’s case', async () => {
    const o = await newOrg(2);
    const ids = o.agents.map((a) => a.userId).sort();
    const team = await createTeam(o, { name: 'Batch', memberIds: ids, isRoundRobin: true });
    await saveSettings(o, { rules: [criticalRule({ teamId: team.id })] });
    const contacts = ['b1', 'b2', 'b3', 'b4', 'b5'];
    await upsertContacts(
      t,
      o.key,
      contacts.map((externalId) => ({ externalId, email: `${externalId}@example.test` })),
    );
    const at = (minute: number) => new Date(clock.now().getTime() + minute * MINUTE).toISOString();
    // One request, so one stage batch: b1..b5 in that order, then b1 again with a lower score.
    const entries = [
      ...contacts.map((c, i) => ({ c, value: 5, minute: i })),
      { c: 'b1', value: 0, minute: 9 },
    ].map(({ c, value, minute }) => ({
      channel: 'review',
      rating: { value, scaleMin: 0, scaleMax: 10, metric: 'nps' },
      occurredAt: at(-60 + minute),
      contactExternalId: c,
    }));
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: entries,
      as: { key: o.key },
    });
    expect(res.json(), res.body).toMatchObject({ created: 6 });
    await settlePipeline(t);
    const cases = (await listCases(o)).sort((a, b) => a.number - b.number);
    expect(cases.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(cases.map((c) => c.assignee?.id)).toEqual([ids[0], ids[1], ids[0], ids[1], ids[0]]);
    const first = await t.request({
      method: 'GET',
      url: `/api/v1/cases/${cases[0]?.id}`,
      as: { key: o.key },
    });
    const detail = first.json() as TCaseDetail;
    expect(detail.items.map((i) => i.score)).toEqual([5, 0]);
    expect(detail.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['opened', 'assigned', 'joined']),
    );
    // Each agent gets one mail for the whole batch, a line per case, not a mail per case.
    const outbox = await t.request({ method: 'GET', url: '/api/v1/outbox', as: { cookie: o.owner.cookie } });
    const mails = (outbox.json() as { items: { to: string; kind: string; text: string }[] }).items;
    const emailOf = (userId: string | undefined) => o.agents.find((a) => a.userId === userId)?.email;
    const to = (userId: string | undefined) => mails.filter((m) => m.to === emailOf(userId));
    expect(to(ids[0]).map((m) => m.kind)).toEqual(['case.notice.digest']);
    expect(to(ids[0])[0]?.text.match(/Assigned to you/g)).toHaveLength(3);
    expect(to(ids[0])[0]?.text.match(/New feedback joined/g)).toHaveLength(1);
    expect(to(ids[1]).map((m) => m.kind)).toEqual(['case.notice.digest']);
    expect(to(ids[1])[0]?.text.match(/Assigned to you/g)).toHaveLength(2);
    // The stamps carry over to the next batch: the member who waited longest gets the next case.
    await upsertContacts(t, o.key, [{ externalId: 'b6', email: 'b6@example.test' }]);
    clock.advance(MINUTE);
    await lowScore(o, 'b6');
    await settlePipeline(t);
    const [newest] = await listCases(o);
    expect(newest?.number).toBe(6);
    expect(newest?.assignee?.id).toBe(ids[1]);
  });

  it('recomputes a case’s due time when its team’s calendar gains a lunch break', async () => {
    clock.set(new Date('2026-11-02T09:00:00Z')); // Monday 10:00 Berlin
    const o = await newOrg(1);
    const team = await createTeam(o, {
      name: 'Office',
      memberIds: [o.agents[0]?.userId],
      calendar: officeHours(false),
    });
    const base = await getSettings(o);
    await saveSettings(o, {
      rules: [criticalRule({ teamId: team.id })],
      sla: {
        ...base.sla,
        targets: [
          {
            channel: '*',
            priority: '*',
            firstResponseMinutes: 240,
            nextResponseMinutes: null,
            resolutionMinutes: null,
            businessHours: true,
          },
        ],
      },
    });
    await upsertContacts(t, o.key, [{ externalId: 'lunch', email: 'lunch@example.test' }]);
    await lowScore(o, 'lunch');
    await settlePipeline(t);
    const [c] = await listCases(o);
    const read = async () => {
      const res = await t.request({ method: 'GET', url: `/api/v1/cases/${c?.id}`, as: { key: o.key } });
      expect(res.statusCode, res.body).toBe(200);
      const detail = res.json() as TCaseDetail;
      expect(detail.clocks.find((k) => k.metric === 'firstResponse')?.dueAt).toBe(detail.sla.dueAt);
      return detail.sla.dueAt;
    };
    // Four business hours from 10:00: 14:00 Berlin (13:00 UTC).
    expect(await read()).toBe('2026-11-02T13:00:00.000Z');
    const lunch = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${team.id}`,
      payload: { calendar: officeHours(true) },
      as: { key: o.key },
    });
    expect(lunch.statusCode, lunch.body).toBe(200);
    // 10:00–12:00 and 13:00–15:00: 15:00 Berlin, every time it is read.
    expect(await read()).toBe('2026-11-02T14:00:00.000Z');
    expect(await read()).toBe('2026-11-02T14:00:00.000Z');
    await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${team.id}`,
      payload: { calendar: null },
      as: { key: o.key },
    });
    // Back on the default calendar (Mon–Fri 09:00–17:00 Berlin).
    expect(await read()).toBe('2026-11-02T13:00:00.000Z');
  });

  it('opens nothing for a disabled rule, and enabling it does not reach back', async () => {
    const o = await newOrg();
    await upsertContacts(t, o.key, [
      { externalId: 'before', email: 'before@example.test' },
      { externalId: 'after', email: 'after@example.test' },
    ]);
    await saveSettings(o, { rules: [criticalRule({ isEnabled: false })] });
    await lowScore(o, 'before', 0);
    await settlePipeline(t);
    expect(await listCases(o)).toEqual([]);
    await saveSettings(o, { rules: [criticalRule({ isEnabled: true })] });
    await lowScore(o, 'after', 0);
    await settlePipeline(t);
    const cases = await listCases(o);
    expect(cases.map((c) => c.contact?.email)).toEqual(['after@example.test']);
  });

  it('matches a rule with a segment condition only for that segment', async () => {
    const o = await newOrg();
    await upsertContacts(t, o.key, [
      { externalId: 'big', email: 'big@example.test', segment: 'Enterprise' },
      { externalId: 'small', email: 'small@example.test', segment: 'SMB' },
      { externalId: 'none', email: 'none@example.test' },
    ]);
    await saveSettings(o, { rules: [criticalRule({ segments: ['Enterprise'] })] });
    for (const contact of ['big', 'small', 'none']) await lowScore(o, contact, 1);
    await settlePipeline(t);
    expect((await listCases(o)).map((c) => c.contact?.email)).toEqual(['big@example.test']);
  });

  it('opens a case for a comment negative about a rule’s theme, whatever the score, and not for other themes', async () => {
    const o = await newOrg();
    await upsertContacts(t, o.key, [
      { externalId: 'billing', email: 'billing@example.test' },
      { externalId: 'delivery', email: 'delivery@example.test' },
      { externalId: 'kind', email: 'kind@example.test' },
    ]);
    await saveSettings(o, {
      rules: [
        criticalRule({
          id: 'billing',
          topic: 'billing',
          metrics: [],
          negativeSentiment: true,
          themes: ['billing'],
        }),
      ],
    });
    const comment = async (contactExternalId: string, text: string) => {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/feedback',
        payload: {
          channel: 'review',
          rating: { value: 9, scaleMin: 0, scaleMax: 10, metric: 'nps' },
          text,
          occurredAt: clock.now().toISOString(),
          contactExternalId,
        },
        as: { key: o.key },
      });
      expect(res.json(), res.body).toMatchObject({ created: 1 });
    };
    await comment('billing', 'Die Rechnung war falsch und zweimal abgebucht, sehr ärgerlich.');
    await comment('delivery', 'Die Lieferung kam viel zu spät, sehr ärgerlich.');
    await comment('kind', 'The invoice was clear and correct, thank you.');
    await settlePipeline(t);
    expect((await listCases(o)).map((c) => c.contact?.email)).toEqual(['billing@example.test']);
  });

  it('answers fuzzed PUT bodies with 200 or 400, never a 5xx, and reads back what it stored', async () => {
    const o = await newOrg();
    const base = (await getSettings(o)) as unknown as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object')
        for (const [k, child] of Object.entries(v as Record<string, unknown>)) walk(child, [...path, k]);
    };
    walk(base, []);
    // The body itself stays a JSON object: a bare string is sent as text and rightly refused with 415.
    paths.shift();
    const nasty = fc.oneof(
      fc.constantFrom('\u0000', 'a\ud800b', '\udfff', 'x'.repeat(100_000), '', ' ', '24:00', '-1', '1e309'),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const setAt = (root: unknown, path: string[], value: unknown): unknown => {
      if (path.length === 0) return value;
      const [head, ...rest] = path as [string, ...string[]];
      const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string, unknown>;
      copy[head] = setAt(copy[head], rest, value);
      return copy;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...paths), nasty), { minLength: 1, maxLength: 3 }),
        async (edits) => {
          const body = edits.reduce<unknown>((b, [path, value]) => setAt(b, path, value), base);
          const res = await putSettings(o, body);
          expect([200, 400], res.body.slice(0, 300)).toContain(res.statusCode);
          if (res.statusCode === 200) expect(await getSettings(o)).toEqual(res.json());
        },
      ),
      { numRuns: 60 },
    );
  });
});
