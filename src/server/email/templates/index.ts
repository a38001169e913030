/** Survey and case mails: pure render functions returning subject, HTML and plain text. */
export { renderInvitationMail } from './invitation-mail.js';
export { renderReminderMail } from './reminder-mail.js';
export { renderCommentNudgeMail, type CommentNudgeMailInput } from './comment-nudge-mail.js';
export type { RenderedMail, SurveyMailInput } from './scale-mail.js';
export { caseMailSubject, renderCaseReplyMail, type CaseReplyMailInput } from './case-reply-mail.js';
export {
  renderCaseNotificationMail,
  type CaseNotificationDetails,
  type CaseNotificationMailInput,
} from './case-notification-mail.js';
