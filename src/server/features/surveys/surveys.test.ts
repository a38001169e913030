import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_TEMPLATES } from '../../../domain/survey/templates.js';
import {
  TEMPLATE_IDS,
  type Question,
  type SurveyDefinition,
} from '../../../shared/contracts/survey-model.js';
import type { TSaveSurveyDefinitionResult, TSurvey } from '../../../shared/contracts/surveys.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';

const definitionOf = (s: TSurvey): SurveyDefinition => ({
  metric: s.metric,
  languages: s.languages,
  questions: s.questions,
  trigger: s.trigger,
});

describe('surveys', () => {
  let t: TestApp;
  let key: string;
  let orgId: string;
  const create = (payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/v1/surveys', payload, as: { key } });
  const save = (id: string, definition: SurveyDefinition) =>
    t.request({
      method: 'PUT',
      url: `/api/v1/surveys/${id}/definition`,
      payload: { definition },
      as: { key },
    });

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    orgId = (await t.createOrg(owner.cookie, 'Kaffeerösterei Müller')).id;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(() => t.close());

  it('creates a draft from each of the five templates, in German and English, with the organization name filled in', async () => {
    for (const template of TEMPLATE_IDS) {
      const res = await create({ name: `From ${template}`, template });
      expect(res.statusCode, res.body).toBe(201);
      const survey = res.json() as TSurvey;
      expect(survey).toMatchObject({
        name: `From ${template}`,
        templateId: template,
        metric: SURVEY_TEMPLATES[template].metric,
        status: 'draft',
        version: 1,
        comparableSince: 1,
      });
      expect(survey.languages.sort()).toEqual(['de', 'en']);
      expect(survey.questions.map((q) => q.id)).toEqual(
        SURVEY_TEMPLATES[template].questions.map((q) => q.id),
      );
      for (const q of survey.questions) {
        expect(q.prompt.en, `${template}/${q.id} en`).toBeTruthy();
        expect(q.prompt.de, `${template}/${q.id} de`).toBeTruthy();
      }
      expect(JSON.stringify(survey)).not.toContain('{company}');
    }
    const nps = (await t.request({ method: 'GET', url: '/api/v1/surveys', as: { key } })).json() as {
      items: TSurvey[];
    };
    expect(nps.items.map((s) => s.name).sort()).toEqual(TEMPLATE_IDS.map((id) => `From ${id}`).sort());
    const relationship = nps.items.find((s) => s.templateId === 'relationship-nps');
    expect(relationship?.questions[0]?.prompt).toEqual({
      en: 'How likely are you to recommend Kaffeerösterei Müller to a friend or colleague?',
      de: 'Wie wahrscheinlich ist es, dass Sie Kaffeerösterei Müller einem Freund oder Kollegen weiterempfehlen?',
    });
  });

  it('creates from a full definition, reads it back, and refuses a duplicate name naming body.name', async () => {
    const definition = definitionOf(
      (await create({ name: 'Base for custom', template: 'csat-after-support' })).json() as TSurvey,
    );
    const res = await create({ name: 'Custom CSAT', definition });
    expect(res.statusCode, res.body).toBe(201);
    const survey = res.json() as TSurvey;
    expect(survey).toMatchObject({ templateId: null, metric: 'csat', version: 1 });
    const got = await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}`, as: { key } });
    expect(got.json()).toEqual(survey);
    const twice = await create({ name: 'Custom CSAT', template: 'brand-bond' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'CONFLICT', details: [{ field: 'body.name' }] } });
  });

  it('saves a wording edit as a comparable new version and keeps the old wording readable', async () => {
    const survey = (await create({ name: 'Wording', template: 'relationship-nps' })).json() as TSurvey;
    const edited = definitionOf(survey);
    const first = edited.questions[0] as Question;
    edited.questions[0] = {
      ...first,
      prompt: { ...first.prompt, en: 'Would you recommend us to a friend?' },
    };
    const res = await save(survey.id, edited);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as TSaveSurveyDefinitionResult;
    expect(result).toMatchObject({
      isNewVersion: true,
      isComparable: true,
      survey: { version: 2, currentVersion: 2, comparableSince: 1 },
    });
    expect(result.changes).toEqual([{ questionId: 'nps', kind: 'text_edited', keepsComparable: true }]);

    const old = (
      await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}?version=1`, as: { key } })
    ).json() as TSurvey;
    expect(old).toMatchObject({ version: 1, currentVersion: 2 });
    expect(old.questions[0]?.prompt.en).toBe(first.prompt.en);
    const current = (
      await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}`, as: { key } })
    ).json() as TSurvey;
    expect(current.questions[0]?.prompt.en).toBe('Would you recommend us to a friend?');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}?version=9`, as: { key } }))
        .statusCode,
    ).toBe(404);
  });

  it('makes no version when nothing changed, even with keys in another order', async () => {
    const survey = (await create({ name: 'No-op', template: 'ces-after-resolution' })).json() as TSurvey;
    const same = JSON.parse(
      JSON.stringify(definitionOf(survey), (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as SurveyDefinition;
    const res = await save(survey.id, same);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      isNewVersion: false,
      isComparable: true,
      changes: [],
      survey: { version: 1, currentVersion: 1 },
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}?version=2`, as: { key } }))
        .statusCode,
    ).toBe(404);
  });

  it('starts a new comparability line when a scale changes or a question is removed', async () => {
    const survey = (await create({ name: 'Breaking', template: 'ces-after-resolution' })).json() as TSurvey;
    const rescaled = definitionOf(survey);
    rescaled.questions = rescaled.questions.map((q) =>
      q.type === 'ces' ? { ...q, scaleVersion: q.scaleVersion + 1 } : q,
    );
    const v2 = (await save(survey.id, rescaled)).json() as TSaveSurveyDefinitionResult;
    expect(v2).toMatchObject({
      isNewVersion: true,
      isComparable: false,
      survey: { version: 2, comparableSince: 2 },
    });
    expect(v2.changes).toContainEqual({ questionId: 'ces', kind: 'scale_changed', keepsComparable: false });

    const removed = { ...rescaled, questions: rescaled.questions.filter((q) => q.type === 'ces') };
    const v3 = (await save(survey.id, removed)).json() as TSaveSurveyDefinitionResult;
    expect(v3).toMatchObject({
      isNewVersion: true,
      isComparable: false,
      survey: { version: 3, comparableSince: 3 },
    });
    expect(v3.changes.some((c) => c.kind === 'question_removed')).toBe(true);
    const v1 = (
      await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}?version=1`, as: { key } })
    ).json() as TSurvey;
    expect(v1).toMatchObject({ version: 1, comparableSince: 1 });
    expect(v1.questions.length).toBeGreaterThan(1);
  });

  it('changes status; analysts and agents read but cannot write', async () => {
    const survey = (await create({ name: 'Roles', template: 'brand-bond' })).json() as TSurvey;
    const live = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/status`,
      payload: { status: 'live' },
      as: { key },
    });
    expect(live.statusCode, live.body).toBe(200);
    expect(live.json()).toMatchObject({ status: 'live', version: 1 });
    const badStatus = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/status`,
      payload: { status: 'paused' },
      as: { key },
    });
    expect(badStatus.json()).toMatchObject({ error: { details: [{ field: 'body.status' }] } });

    for (const role of ['analyst', 'agent'] as const) {
      const { cookie } = await t.addMember(orgId, role);
      expect((await t.request({ method: 'GET', url: '/api/v1/surveys', as: { cookie } })).statusCode).toBe(
        200,
      );
      expect(
        (await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}`, as: { cookie } })).statusCode,
      ).toBe(200);
      const writes = await Promise.all([
        t.request({
          method: 'POST',
          url: '/api/v1/surveys',
          payload: { name: `By ${role}`, template: 'brand-bond' },
          as: { cookie },
        }),
        t.request({
          method: 'PUT',
          url: `/api/v1/surveys/${survey.id}/definition`,
          payload: { definition: definitionOf(survey) },
          as: { cookie },
        }),
        t.request({
          method: 'POST',
          url: `/api/v1/surveys/${survey.id}/status`,
          payload: { status: 'archived' },
          as: { cookie },
        }),
      ]);
      expect(writes.map((r) => r.statusCode)).toEqual([403, 403, 403]);
    }
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}`, as: { key } })).json(),
    ).toMatchObject({ status: 'live' });
  });

  it('refuses an unknown template, an invalid definition and both or neither, naming the field', async () => {
    const unknown = await create({ name: 'x', template: 'loyalty-deluxe' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.template' }] },
    });

    const base = definitionOf(
      (await create({ name: 'Valid base', template: 'relationship-nps' })).json() as TSurvey,
    );
    const noMetricQuestion = await create({ name: 'x', definition: { ...base, metric: 'csat' } });
    expect(noMetricQuestion.statusCode).toBe(400);
    expect(noMetricQuestion.json()).toMatchObject({
      error: { details: [{ field: 'body.definition.metric' }] },
    });
    const badLanguage = await create({ name: 'x', definition: { ...base, languages: ['en', 'fr'] } });
    expect(badLanguage.statusCode).toBe(400);
    expect(
      (badLanguage.json() as { error: { details: { field: string }[] } }).error.details[0],
    ).toMatchObject({ field: 'body.definition.questions.0', message: 'question "nps" has no text in fr' });

    const neither = await create({ name: 'x' });
    expect(neither.statusCode).toBe(400);
    const both = await create({ name: 'x', template: 'brand-bond', definition: base });
    expect(both.statusCode).toBe(400);

    const survey = (await t.request({ method: 'GET', url: '/api/v1/surveys', as: { key } })).json() as {
      items: TSurvey[];
    };
    const id = survey.items[0]?.id ?? '';
    const badEdit = await save(id, { ...base, questions: [] });
    expect(badEdit.statusCode).toBe(400);
    expect((badEdit.json() as { error: { details: { field: string }[] } }).error.details[0]).toMatchObject({
      field: 'body.definition.questions',
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/surveys/${id}`, as: { key } })).json(),
    ).toMatchObject({ version: 1 });
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/surveys/not-a-uuid', as: { key } })).statusCode,
    ).toBe(400);
    expect(
      (
        await t.request({
          method: 'GET',
          url: '/api/v1/surveys/00000000-0000-4000-8000-000000000000',
          as: { key },
        })
      ).statusCode,
    ).toBe(404);
  });
});
