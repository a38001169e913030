import { brandPalette, type BrandPalette } from '../../../survey-pages/brand-palette.js';
import { escapeHtml, isWebUrl } from '../../../survey-pages/escape-html.js';
import type { PageBranding } from '../../../survey-pages/page-layout.js';
import { contentLanguage } from '../../../survey-pages/page-texts.js';
import { mailTexts } from './mail-texts.js';

export const FONT = 'font-family:Arial,Helvetica,sans-serif;';
export const TEXT_COLOR = '#1f2328';
export const MUTED_COLOR = '#57606a';

export interface MailFrameInput {
  language: string;
  branding: PageBranding;
  subject: string;
  /** The inbox preview line, hidden in the body. */
  preheader: string;
  /** Trusted HTML built from escaped parts: the rows between header and footer. */
  content: string;
  /** Who sent it (plain text) and, if any, one link under it (e.g. unsubscribe, the case page). */
  footer: { text: string; link: { label: string; url: string } | null };
  openPixelUrl: string | null;
}

export interface MailLayoutInput extends Omit<MailFrameInput, 'footer'> {
  unsubscribeUrl: string;
}

export function mailPalette(branding: PageBranding): BrandPalette {
  return brandPalette(branding.brandColor);
}

/** A paragraph in the mail body; `text` is escaped here. */
export function mailParagraph(text: string, style = ''): string {
  return `<p style="margin:0 0 16px;${FONT}font-size:16px;line-height:24px;color:${TEXT_COLOR};${style}">${escapeHtml(text)}</p>`;
}

/**
 * A bulletproof button: the cell carries colour and (for Outlook, which ignores padding on links)
 * the padding.
 */
export function mailButton(label: string, url: string, palette: BrandPalette, margin = '0 0 24px'): string {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:${margin}"><tr>` +
    `<td align="center" bgcolor="${palette.brand}" style="background-color:${palette.brand};border-radius:8px;mso-padding-alt:14px 28px">` +
    `<a href="${escapeHtml(url)}" target="_blank" style="display:inline-block;padding:14px 28px;${FONT}font-size:16px;line-height:20px;font-weight:bold;color:${palette.onBrand};text-decoration:none">${escapeHtml(label)}</a>` +
    '</td></tr></table>'
  );
}

/** A survey mail: the frame with the survey footer and its unsubscribe link. */
export function renderMailLayout(m: MailLayoutInput): string {
  const t = mailTexts(m.language);
  return renderMailFrame({
    ...m,
    footer: { text: t.footer(m.branding.orgName), link: { label: t.unsubscribe, url: m.unsubscribeUrl } },
  });
}

/**
 * Tables and inline styles only: Outlook renders with Word and Gmail drops <style> in many
 * views. The card is fluid up to 600 px (an MSO-only table holds Outlook at 600 px).
 */
export function renderMailFrame(m: MailFrameInput): string {
  const lang = escapeHtml(contentLanguage(m.language));
  const org = escapeHtml(m.branding.orgName);
  const header = isWebUrl(m.branding.logoUrl)
    ? `<img src="${escapeHtml(m.branding.logoUrl)}" alt="${org}" height="40" style="display:block;height:40px;width:auto;max-width:220px;border:0;outline:none;text-decoration:none;${FONT}font-size:18px;font-weight:bold;color:${TEXT_COLOR}">`
    : `<span style="${FONT}font-size:18px;line-height:24px;font-weight:bold;color:${TEXT_COLOR}">${org}</span>`;
  const pixel = m.openPixelUrl
    ? `<img src="${escapeHtml(m.openPixelUrl)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`
    : '';
  const ink = mailPalette(m.branding).ink;
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="x-apple-disable-message-reformatting">' +
    `<meta name="color-scheme" content="light"><title>${escapeHtml(m.subject)}</title></head>` +
    '<body style="margin:0;padding:0;background-color:#f4f5f7;-webkit-text-size-adjust:100%">' +
    `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(m.preheader)}</div>` +
    `<div role="article" aria-roledescription="email" lang="${lang}" style="background-color:#f4f5f7">` +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7"><tr><td align="center" style="padding:16px 8px">' +
    '<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:12px">' +
    `<tr><td style="padding:20px 20px 16px;border-bottom:1px solid #d0d7de">${header}</td></tr>` +
    `<tr><td style="padding:24px 20px 8px">${m.content}</td></tr>` +
    `<tr><td style="padding:16px 20px 24px;border-top:1px solid #d0d7de;${FONT}font-size:13px;line-height:20px;color:${MUTED_COLOR}">` +
    escapeHtml(m.footer.text) +
    (m.footer.link
      ? `<br><a href="${escapeHtml(m.footer.link.url)}" style="color:${ink};text-decoration:underline">${escapeHtml(m.footer.link.label)}</a>`
      : '') +
    '</td></tr>' +
    '</table><!--[if mso]></td></tr></table><![endif]-->' +
    `</td></tr></table></div>${pixel}</body></html>`
  );
}

/** The plain-text footer: who sent it and how to stop it. */
export function textFooter(m: { language: string; branding: PageBranding; unsubscribeUrl: string }): string {
  const t = mailTexts(m.language);
  return ['-- ', t.footer(oneLine(m.branding.orgName)), `${t.textUnsubscribe} ${m.unsubscribeUrl}`].join(
    '\n',
  );
}

/** Names and prompts go into the text part as one line each. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
