import { DEFAULT_REMINDER_DELAY_DAYS } from '../rules/reminders.js';
import type { ContactProfile } from './contact-profiles.js';
import type { DemoSurvey } from './demo-surveys.js';
import { DAY_MS, HOUR_MS } from './demo-time.js';
import type { DemoFeedbackItem } from './demo-types.js';
import type { Random } from './random.js';
import type { SurveyAsk } from './survey-asks.js';

const MINUTE_MS = 60_000;
const REMINDER_MS = DEFAULT_REMINDER_DELAY_DAYS * DAY_MS;

/** One ask placed in time: when its invitation went out and, if it was answered, the answer. */
export interface PlannedInvitation {
  key: string;
  survey: DemoSurvey;
  contact: ContactProfile;
  sentAtMs: number;
  answer: DemoFeedbackItem | null;
  /** The answer came only after the reminder (three days after the invitation). */
  answeredAfterReminder: boolean;
}

/**
 * Draws how long each answered person took, and puts their invitation that long before the
 * answer (the answers' times are fixed by the timeline). E-mail: most answer within hours, some
 * within days, some only after the reminder. A personal link is opened when the invoice is read;
 * the widget is answered within minutes of appearing. Sorted by the time the invitation went out.
 */
export function planInvitations(
  rng: Random,
  contact: ContactProfile,
  asks: readonly SurveyAsk[],
  surveys: ReadonlyMap<string, DemoSurvey>,
  itemsByRef: ReadonlyMap<string, DemoFeedbackItem>,
): PlannedInvitation[] {
  const planned = asks.map((ask): PlannedInvitation => {
    const survey = surveys.get(ask.survey);
    if (!survey) throw new Error(`no demo survey ${ask.survey}`);
    const answer = ask.answerRef ? (itemsByRef.get(ask.answerRef) ?? null) : null;
    const key = `${ask.survey}:${contact.externalId}:${ask.atMs}`;
    if (ask.timing === 'sent' || answer === null)
      return {
        key,
        survey,
        contact,
        sentAtMs: ask.atMs,
        answer,
        answeredAfterReminder: answer !== null && answer.occurredAt.getTime() - ask.atMs >= REMINDER_MS,
      };
    const lag = answerLag(rng, survey.channel);
    return {
      key,
      survey,
      contact,
      sentAtMs: answer.occurredAt.getTime() - lag,
      answer,
      answeredAfterReminder: lag >= REMINDER_MS,
    };
  });
  return planned.sort((a, b) => a.sentAtMs - b.sentAtMs || (a.key < b.key ? -1 : 1));
}

function answerLag(rng: Random, channel: DemoSurvey['channel']): number {
  switch (channel) {
    case 'widget':
      return rng.between(20_000, 4 * MINUTE_MS);
    case 'link':
      return logUniform(rng, 10 * MINUTE_MS, 3 * DAY_MS);
    case 'email': {
      const r = rng.next();
      if (r < 0.55) return logUniform(rng, 5 * MINUTE_MS, 6 * HOUR_MS);
      if (r < 0.85) return rng.between(6 * HOUR_MS, REMINDER_MS - HOUR_MS);
      return REMINDER_MS + rng.between(0.5 * HOUR_MS, 36 * HOUR_MS);
    }
  }
}

function logUniform(rng: Random, min: number, max: number): number {
  return Math.exp(rng.between(Math.log(min), Math.log(max)));
}
