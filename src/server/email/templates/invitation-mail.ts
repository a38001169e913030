import { renderScaleMail, type RenderedMail, type SurveyMailInput } from './scale-mail.js';

/** The first mail of a send: the question itself as its subject, the scale clicked right in the mail. */
export function renderInvitationMail(m: SurveyMailInput): RenderedMail {
  return renderScaleMail(m, 'invitation');
}
