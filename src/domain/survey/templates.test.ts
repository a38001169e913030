import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_LANGUAGES,
  TEMPLATE_IDS,
  ZSurveyDefinition,
  questionTexts,
} from '../../shared/contracts/survey-model.js';
import { COMPANY_PLACEHOLDER, SURVEY_TEMPLATES, isTemplateId, surveyFromTemplate } from './templates.js';

describe('survey templates', () => {
  it('exist for exactly the documented ids', () => {
    expect(Object.keys(SURVEY_TEMPLATES).sort()).toEqual([...TEMPLATE_IDS].sort());
    for (const id of TEMPLATE_IDS) expect(SURVEY_TEMPLATES[id].id).toBe(id);
  });

  it.each(TEMPLATE_IDS)('%s parses with the survey schema once filled', (id) => {
    const result = ZSurveyDefinition.safeParse(surveyFromTemplate(id, { companyName: 'Acme' }));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it.each(TEMPLATE_IDS)('%s has German and English for its name and every text of every question', (id) => {
    const template = SURVEY_TEMPLATES[id];
    for (const language of BUILT_IN_LANGUAGES) {
      expect(template.name[language]?.trim()).toBeTruthy();
      for (const question of template.questions) {
        for (const text of questionTexts(question))
          expect(text[language]?.trim(), `${id}/${question.id}/${language}`).toBeTruthy();
      }
    }
  });

  it.each(TEMPLATE_IDS)('%s asks its headline metric first', (id) => {
    const template = SURVEY_TEMPLATES[id];
    expect(template.questions[0]?.type).toBe(template.metric);
  });

  it('suggests the source program: NPS quarterly, CSAT after support, CES after a solved ticket', () => {
    expect(SURVEY_TEMPLATES['relationship-nps'].trigger).toEqual({ kind: 'recurring', everyDays: 90 });
    expect(SURVEY_TEMPLATES['csat-after-support'].trigger).toMatchObject({
      kind: 'event',
      event: 'support_contact',
    });
    expect(SURVEY_TEMPLATES['ces-after-resolution'].trigger).toEqual({
      kind: 'event',
      event: 'ticket_solved',
      delaySeconds: 3600,
    });
    expect(SURVEY_TEMPLATES['pre-change-pulse'].trigger).toEqual({ kind: 'one_off' });
  });

  it('uses the source wording for the brand-values question', () => {
    expect(SURVEY_TEMPLATES['brand-bond'].questions[0]?.prompt.en).toBe(
      "To what extent do you share our brand's values?",
    );
  });
});

describe('surveyFromTemplate', () => {
  it('fills the company name into the NPS question in both languages', () => {
    const nps = surveyFromTemplate('relationship-nps', { companyName: ' Müller & Söhne ' }).questions[0];
    expect(nps?.prompt.en).toBe('How likely are you to recommend Müller & Söhne to a friend or colleague?');
    expect(nps?.prompt.de).toBe(
      'Wie wahrscheinlich ist es, dass Sie Müller & Söhne einem Freund oder Kollegen weiterempfehlen?',
    );
  });

  it('leaves no placeholder in any text', () => {
    for (const id of TEMPLATE_IDS) {
      expect(JSON.stringify(surveyFromTemplate(id, { companyName: 'Acme' }))).not.toContain(
        COMPANY_PLACEHOLDER,
      );
    }
  });

  it('keeps replacement patterns in a company name literal', () => {
    const nps = surveyFromTemplate('relationship-nps', { companyName: "$& $' Co" }).questions[0];
    expect(nps?.prompt.en).toContain("recommend $& $' Co to");
  });

  it('does not change the template it was made from', () => {
    surveyFromTemplate('ces-after-resolution', { companyName: 'Acme' });
    expect(SURVEY_TEMPLATES['ces-after-resolution'].questions[0]?.prompt.en).toContain(COMPANY_PLACEHOLDER);
  });

  it('stores the CES scale version with the CES question', () => {
    const ces = surveyFromTemplate('ces-after-resolution', { companyName: 'Acme' }).questions[0];
    expect(ces).toMatchObject({ type: 'ces', scaleVersion: 1 });
  });

  it('refuses an empty or overlong company name', () => {
    expect(() => surveyFromTemplate('brand-bond', { companyName: '  ' })).toThrow(RangeError);
    expect(() => surveyFromTemplate('brand-bond', { companyName: 'x'.repeat(101) })).toThrow(RangeError);
  });

  it('recognizes template ids and nothing else', () => {
    expect(isTemplateId('brand-bond')).toBe(true);
    expect(isTemplateId('toString')).toBe(false);
    expect(isTemplateId('nps')).toBe(false);
  });
});
