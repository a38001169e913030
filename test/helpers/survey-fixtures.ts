import type { TSurvey } from '../../src/shared/contracts/surveys.js';
import type { TestApp } from './build-test-app.js';

/** A live survey from a template, created through the API. */
export async function liveSurvey(
  t: TestApp,
  key: string,
  template: string,
  name = `${template} ${Math.random().toString(36).slice(2, 8)}`,
): Promise<TSurvey> {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/surveys',
    payload: { name, template },
    as: { key },
  });
  if (created.statusCode !== 201) throw new Error(`create survey: ${created.statusCode} ${created.body}`);
  const survey = created.json() as TSurvey;
  const live = await t.request({
    method: 'POST',
    url: `/api/v1/surveys/${survey.id}/status`,
    payload: { status: 'live' },
    as: { key },
  });
  if (live.statusCode !== 200) throw new Error(`set live: ${live.statusCode} ${live.body}`);
  return live.json() as TSurvey;
}

export async function upsertContacts(
  t: TestApp,
  key: string,
  contacts: Array<Record<string, unknown>>,
): Promise<void> {
  const res = await t.request({ method: 'POST', url: '/api/v1/contacts', payload: contacts, as: { key } });
  const body = res.json() as { errors?: unknown[] };
  if (res.statusCode !== 200 || (body.errors?.length ?? 0) > 0)
    throw new Error(`upsert contacts: ${res.statusCode} ${res.body}`);
}

/** A clock tests move by hand: sends, reminders and nudges are decided on it. */
export function manualClock(start = new Date('2026-11-02T09:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    set: (d: Date) => {
      now = d.getTime();
    },
  };
}

export const DAY = 86_400_000;
