import { scaleOf } from '../../../domain/survey/answers.js';
import type { Question, ScaleQuestion } from '../../../shared/contracts/survey-model.js';
import { escapeHtml } from '../../../survey-pages/escape-html.js';
import type { BrandPalette } from '../../../survey-pages/brand-palette.js';
import { scaleEndLabels } from '../../../survey-pages/scale-labels.js';
import { FONT, MUTED_COLOR, oneLine } from './mail-layout.js';

export function isScaleQuestion(question: Question): question is ScaleQuestion {
  return question.type !== 'text' && question.type !== 'single_choice';
}

function points(question: ScaleQuestion): number[] {
  const { min, max } = scaleOf(question);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/**
 * The one-click row: each point a brand-coloured cell holding a link. The cells share the row
 * evenly, so the 11 NPS points stay on one line down to a 320 px phone (cells of 21–24 px).
 */
export function scaleRowHtml(
  question: ScaleQuestion,
  language: string,
  scoreUrl: (score: number) => string,
  palette: BrandPalette,
): string {
  const scores = points(question);
  const width = `${Math.floor(100 / scores.length)}%`;
  const cells = scores
    .map(
      (score) =>
        `<td align="center" width="${width}" bgcolor="${palette.brand}" style="background-color:${palette.brand};border-radius:6px;mso-padding-alt:12px 0">` +
        `<a href="${escapeHtml(scoreUrl(score))}" target="_blank" style="display:block;padding:12px 0;${FONT}font-size:16px;line-height:20px;font-weight:bold;color:${palette.onBrand};text-decoration:none">${score}</a></td>`,
    )
    .join('');
  const labels = scaleEndLabels(question, language);
  const label = (text: string, align: string) =>
    `<td align="${align}" valign="top" style="padding-top:6px;${FONT}font-size:13px;line-height:18px;color:${MUTED_COLOR}">${escapeHtml(text)}</td>`;
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="3" border="0" style="table-layout:fixed"><tr>${cells}</tr></table>` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin-bottom:16px"><tr>${label(labels.low, 'left')}${label(labels.high, 'right')}</tr></table>`
  );
}

/** Plain text: one line per score with its link, the end labels beside the first and last. */
export function scaleTextLines(
  question: ScaleQuestion,
  language: string,
  scoreUrl: (score: number) => string,
): string[] {
  const labels = scaleEndLabels(question, language);
  const scores = points(question);
  return scores.map((score) => {
    const label =
      score === scores[0]
        ? ` (${oneLine(labels.low)})`
        : score === scores[scores.length - 1]
          ? ` (${oneLine(labels.high)})`
          : '';
    return `${score}${label}: ${scoreUrl(score)}`;
  });
}
