import { renderScaleMail, type RenderedMail, type SurveyMailInput } from './scale-mail.js';

/** The one reminder to non-responders: same one-click scale, a "quick reminder" intro and subject. */
export function renderReminderMail(m: SurveyMailInput): RenderedMail {
  return renderScaleMail(m, 'reminder');
}
