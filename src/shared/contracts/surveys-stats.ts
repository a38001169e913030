import { z } from 'zod';
import { ZSurveyMetric } from './survey-model.js';

/**
 * `GET /api/v1/surveys/stats`: per survey, at a glance, whether its programme works. The score is
 * the metrics API's (from the rollups, the survey's current metric): NPS with its adjusted-Wald
 * interval, CSAT top-2-box and CES % agree with their Wilson intervals. The response rate is
 * answered of sent invitations, as the funnel counts it, with its Wilson interval.
 */
const ZInterval = z.object({ low: z.number(), high: z.number() }).meta({ description: '95 %' });

export const ZSurveyStats = z
  .object({
    surveyId: z.uuid(),
    metric: ZSurveyMetric,
    n: z.number().int().min(0).nullable().meta({
      description:
        'Answers with a score for the survey’s metric; null for a metric the analytics do not score (brand)',
    }),
    score: z.number().nullable().meta({
      description:
        'NPS in points, CSAT top-2-box or CES % agree in percent; null without answers (never a 0 that would read as a result)',
    }),
    ci: ZInterval.nullable(),
    responseRate: z
      .object({
        answered: z.number().int().min(0),
        sent: z.number().int().min(0),
        percent: z.number(),
        ci: ZInterval.meta({ description: 'Wilson 95 %, in percent' }),
      })
      .nullable()
      .meta({
        description:
          'Answered invitations of the sent ones; null when none was sent (answers by public link, widget or API have no invitation)',
      }),
  })
  .meta({ id: 'SurveyStats' });
export type TSurveyStats = z.infer<typeof ZSurveyStats>;

export const ZSurveyStatsList = z
  .object({ items: z.array(ZSurveyStats).meta({ description: 'One entry per survey of the organization' }) })
  .meta({ id: 'SurveyStatsList' });
export type TSurveyStatsList = z.infer<typeof ZSurveyStatsList>;
