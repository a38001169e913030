import { localize } from '../../../domain/survey/localized-text.js';
import type { Question } from '../../../shared/contracts/survey-model.js';
import { escapeHtml } from '../../../survey-pages/escape-html.js';
import type { PageBranding } from '../../../survey-pages/page-layout.js';
import { contentLanguage } from '../../../survey-pages/page-texts.js';
import {
  FONT,
  MUTED_COLOR,
  TEXT_COLOR,
  mailPalette,
  mailParagraph,
  oneLine,
  renderMailLayout,
  textFooter,
} from './mail-layout.js';
import { isScaleQuestion, scaleRowHtml, scaleTextLines } from './mail-scale.js';
import { mailSubject } from './mail-subject.js';
import { mailTexts } from './mail-texts.js';

export interface SurveyMailInput {
  /** 'de' → German chrome, else English. */
  language: string;
  branding: PageBranding;
  /** Personal greeting ("Hallo Ada," / "Hi Ada,"); a neutral one without a name. */
  recipientName: string | null;
  /** The survey's primary scale question (nps/csat/ces/brand/rating). */
  question: Question;
  /** Link for each score point: `${PUBLIC_URL}/s/<token>?score=n`. */
  scoreUrl: (score: number) => string;
  unsubscribeUrl: string;
  /** When open tracking is on: a 1×1 image at the end of the HTML. */
  openPixelUrl: string | null;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** A name that is only whitespace greets nobody; one spread over lines becomes one line. */
export function greetingName(name: string | null): string | null {
  const line = name === null ? '' : oneLine(name);
  return line === '' ? null : line;
}

/** Invitation and reminder: greeting, intro, the question and its one-click scale. */
export function renderScaleMail(m: SurveyMailInput, kind: 'invitation' | 'reminder'): RenderedMail {
  const question = m.question;
  if (!isScaleQuestion(question)) throw new RangeError(`question "${question.id}" is not a scale question`);
  const t = mailTexts(m.language);
  const prompt = oneLine(localize(question.prompt, contentLanguage(m.language)));
  const greeting = t.greeting(greetingName(m.recipientName));
  const intro =
    kind === 'invitation' ? t.invitationIntro(m.branding.orgName) : t.reminderIntro(m.branding.orgName);
  const subject = mailSubject(kind === 'invitation' ? prompt : t.reminderSubject(prompt));
  const content =
    mailParagraph(greeting) +
    mailParagraph(intro) +
    `<h1 style="margin:8px 0 16px;${FONT}font-size:20px;line-height:28px;font-weight:bold;color:${TEXT_COLOR}">${escapeHtml(prompt)}</h1>` +
    scaleRowHtml(question, m.language, m.scoreUrl, mailPalette(m.branding)) +
    mailParagraph(t.scaleHint, `font-size:14px;line-height:20px;color:${MUTED_COLOR}`);
  const html = renderMailLayout({ ...m, subject, preheader: intro, content });
  const text = [
    greeting,
    '',
    oneLine(intro),
    '',
    prompt,
    '',
    t.textScaleHeading,
    ...scaleTextLines(question, m.language, m.scoreUrl),
    '',
    textFooter(m),
  ].join('\n');
  return { subject, html, text };
}
