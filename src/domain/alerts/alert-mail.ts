import type { Language } from '../../shared/contracts/common.js';
import { SUMMARY_LISTED } from './alert-pacing.js';
import type { AlertFacts } from './alert-facts.js';
import { alertTexts, headline, labelledFacts, summaryHeadline, utcText } from './alert-texts.js';

/**
 * An alert as a plain-text mail to an internal list: one alert, or a burst's summary. Plain text
 * only, so nothing a customer wrote is ever rendered as HTML; the footer says why the address gets
 * it (the rule, the organization, where to change it), since consent does not apply to staff.
 */
export interface AlertMail {
  subject: string;
  text: string;
}

const SUMMARY_COMMENT = 300;

function indent(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => `    ${l}`)
    .join('\n');
}

function block(facts: AlertFacts, language: Language, commentChars: number): string[] {
  const t = alertTexts(language);
  const lines = labelledFacts(facts, language).map((f) => `${f.label}: ${f.value}`);
  if (facts.subject === 'case' && facts.slaDueAt) lines.push(`${t.slaDue}: ${utcText(facts.slaDueAt)}`);
  if (facts.subject === 'item' && facts.comment && facts.comment.trim() !== '') {
    const comment =
      facts.comment.length > commentChars ? `${facts.comment.slice(0, commentChars)}…` : facts.comment;
    lines.push(`${t.comment}:`, indent(comment));
  }
  lines.push(facts.url);
  return lines;
}

export function alertMail(
  all: readonly AlertFacts[],
  input: {
    language: Language;
    now: Date;
    listUrl: string;
    ruleName: string;
    organizationName: string;
    settingsUrl: string;
  },
): AlertMail {
  const { language } = input;
  const t = alertTexts(language);
  const first = all[0];
  if (!first) throw new Error('an alert mail needs at least one alert');
  const single = all.length === 1;
  const title = single ? headline(first, language) : summaryHeadline(all, language, input.now);
  const parts: string[] = [title, ''];
  if (single) parts.push(...block(first, language, 5_000));
  else {
    for (const facts of all.slice(0, SUMMARY_LISTED))
      parts.push(`• ${headline(facts, language)}`, ...block(facts, language, SUMMARY_COMMENT), '');
    if (all.length > SUMMARY_LISTED) parts.push(t.more(all.length - SUMMARY_LISTED), input.listUrl);
  }
  parts.push('', '—', t.why(input.ruleName, input.organizationName, input.settingsUrl), '');
  // The subject holds only our own words (no customer text), on one line.
  return { subject: `[Resonance] ${title}`.replace(/\s+/g, ' ').slice(0, 200), text: parts.join('\n') };
}
