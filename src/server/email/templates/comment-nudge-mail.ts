import { escapeHtml } from '../../../survey-pages/escape-html.js';
import {
  FONT,
  TEXT_COLOR,
  mailButton,
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
  const content =
    mailParagraph(greeting) +
    mailParagraph(intro) +
    `<h1 style="margin:8px 0 20px;${FONT}font-size:20px;line-height:28px;font-weight:bold;color:${TEXT_COLOR}">${escapeHtml(prompt)}</h1>` +
    mailButton(t.nudgeButton, m.answerUrl, palette);
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
