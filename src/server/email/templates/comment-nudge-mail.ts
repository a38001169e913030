import { escapeHtml } from '../../../survey-pages/escape-html.js';
import {
  FONT,
  TEXT_COLOR,
  mailPalette,
  mailParagraph,
  oneLine,
  renderMailLayout,
  textFooter,
} from './mail-layout.js';
import { greetingName, type RenderedMail, type SurveyMailInput } from './scale-mail.js';
import { mailSubject } from './mail-subject.js';
import { mailTexts } from './mail-texts.js';

export interface CommentNudgeMailInput extends Omit<SurveyMailInput, 'question' | 'scoreUrl'> {
  score: number;
  /** The category-specific "why?" prompt, already localized. */
  whyPrompt: string;
  /** The follow-up page where the comment is written. */
  answerUrl: string;
}

/** A score came without a comment: ask once for the main reason, with one link to the follow-up page. */
export function renderCommentNudgeMail(m: CommentNudgeMailInput): RenderedMail {
  const t = mailTexts(m.language);
  const prompt = oneLine(m.whyPrompt);
  const greeting = t.greeting(greetingName(m.recipientName));
  const intro = t.nudgeIntro(m.branding.orgName, m.score);
  const palette = mailPalette(m.branding);
  const subject = mailSubject(prompt);
  // A bulletproof button: the cell carries colour and (for Outlook, which ignores padding on links) the padding.
  const button =
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px"><tr>` +
    `<td align="center" bgcolor="${palette.brand}" style="background-color:${palette.brand};border-radius:8px;mso-padding-alt:14px 28px">` +
    `<a href="${escapeHtml(m.answerUrl)}" target="_blank" style="display:inline-block;padding:14px 28px;${FONT}font-size:16px;line-height:20px;font-weight:bold;color:${palette.onBrand};text-decoration:none">${escapeHtml(t.nudgeButton)}</a>` +
    '</td></tr></table>';
  const content =
    mailParagraph(greeting) +
    mailParagraph(intro) +
    `<h1 style="margin:8px 0 20px;${FONT}font-size:20px;line-height:28px;font-weight:bold;color:${TEXT_COLOR}">${escapeHtml(prompt)}</h1>` +
    button;
  const html = renderMailLayout({ ...m, subject, preheader: intro, content });
  const text = [
    greeting,
    '',
    oneLine(intro),
    '',
    prompt,
    '',
    `${t.nudgeTextLink} ${m.answerUrl}`,
    '',
    textFooter(m),
  ].join('\n');
  return { subject, html, text };
}
