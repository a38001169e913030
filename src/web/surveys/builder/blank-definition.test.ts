import { describe, expect, it } from 'vitest';
import { SURVEY_METRICS, ZSurveyDefinition } from '../../../shared/contracts/survey-model.js';
import { blankDefinition } from './blank-definition.js';

describe('blankDefinition', () => {
  it.each(SURVEY_METRICS)('is a valid %s survey in German and English', (metric) => {
    const definition = blankDefinition(metric);
    expect(ZSurveyDefinition.safeParse(definition).error).toBeUndefined();
    expect(definition.questions[0]?.type).toBe(metric);
  });
});
