import {
  renderCommentNudgeMail,
  renderInvitationMail,
  renderReminderMail,
} from '../../email/templates/index.js';
import type { OutgoingMail } from '../../email/mail.js';
import type { ScaleQuestion } from '../../../shared/contracts/survey-model.js';
import { invitationToken } from './invitation-token.js';
import type { SendingSettingsRow } from './throttle.repo.js';

export interface SurveyLinks {
  token: string;
  score: (n: number) => string;
  why: string;
  unsubscribe: string;
  openPixel: string;
}

/** Every link of an invitation, derived from its id: the reminder carries the same links as the invitation. */
export function surveyLinks(publicUrl: string, secret: string, invitationId: string): SurveyLinks {
  const token = invitationToken(secret, invitationId);
  const base = `${publicUrl}/s/${token}`;
  return {
    token,
    score: (n) => `${base}?score=${n}`,
    why: `${base}/why`,
    unsubscribe: `${publicUrl}/u/${token}`,
    openPixel: `${base}/o.gif`,
  };
}

export interface SurveyMailContext {
  kind: 'survey.invitation' | 'survey.reminder' | 'survey.nudge';
  organizationId: string;
  orgName: string;
  settings: SendingSettingsRow;
  to: string;
  recipientName: string | null;
  language: string;
  links: SurveyLinks;
  question: ScaleQuestion;
  /** Nudges only: the score given and the "why?" prompt for its category. */
  nudge?: { score: number; whyPrompt: string };
  mailFrom: string;
}

/** The sender: the organization's name before the instance's address, unless it has its own sender. */
export function senderOf(ctx: Pick<SurveyMailContext, 'settings' | 'orgName' | 'mailFrom'>): string {
  if (ctx.settings.smtpFrom) return ctx.settings.smtpFrom;
  const address = /<([^>]+)>/.exec(ctx.mailFrom)?.[1] ?? ctx.mailFrom;
  const name = (ctx.settings.senderName ?? ctx.orgName).replace(/["\\\r\n]/g, '');
  return `"${name}" <${address}>`;
}

export function composeSurveyMail(ctx: SurveyMailContext): OutgoingMail {
  const branding = {
    orgName: ctx.orgName,
    brandColor: ctx.settings.brandColor,
    logoUrl: ctx.settings.logoUrl,
  };
  const common = {
    language: ctx.language,
    branding,
    recipientName: ctx.recipientName,
    unsubscribeUrl: ctx.links.unsubscribe,
    openPixelUrl: ctx.settings.isOpenTracking ? ctx.links.openPixel : null,
  };
  const rendered =
    ctx.kind === 'survey.nudge' && ctx.nudge
      ? renderCommentNudgeMail({
          ...common,
          score: ctx.nudge.score,
          whyPrompt: ctx.nudge.whyPrompt,
          answerUrl: ctx.links.why,
        })
      : (ctx.kind === 'survey.reminder' ? renderReminderMail : renderInvitationMail)({
          ...common,
          question: ctx.question,
          scoreUrl: ctx.links.score,
        });
  return {
    to: ctx.to,
    from: senderOf(ctx),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    organizationId: ctx.organizationId,
    kind: ctx.kind,
    // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL.
    headers: {
      'List-Unsubscribe': `<${ctx.links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
