import { brandPalette } from './brand-palette.js';
import { escapeHtml, isWebUrl } from './escape-html.js';
import { contentLanguage } from './page-texts.js';

export interface PageBranding {
  orgName: string;
  brandColor: string | null;
  logoUrl: string | null;
}

export interface PageBase {
  language: string;
  branding: PageBranding;
  /** CSP nonce for the one inline <script>, if the page has one (also set on the <style>). */
  nonce: string;
}

/**
 * Scale grids: up to seven points sit in one row on any phone; longer scales (NPS: 11) break into
 * two rows below 520 px so every point stays a thumb-sized target on a 360 px screen.
 */
function scaleColumns(): string {
  const rules: string[] = [];
  const wide: string[] = [];
  for (let n = 2; n <= 11; n++) {
    rules.push(`.c${n}{grid-template-columns:repeat(${n <= 7 ? n : Math.ceil(n / 2)},1fr)}`);
    if (n > 7) wide.push(`.c${n}{grid-template-columns:repeat(${n},1fr)}`);
  }
  return `${rules.join('')}@media(min-width:520px){${wide.join('')}}`;
}

// Mobile first: a plain white page; from 600 px a centred card. No external font or file.
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#fff}
.wrap{max-width:600px;margin:0 auto;padding:16px}
header{padding:4px 0 14px;margin-bottom:20px;border-bottom:1px solid #d0d7de}
header img{display:block;max-height:44px;max-width:220px}
.org{font-weight:700;font-size:1.05rem}
h1{font-size:1.35rem;line-height:1.3;margin:0 0 16px}
p{margin:0 0 12px}
fieldset{border:0;padding:0;margin:0 0 28px;min-width:0}
legend{padding:0}
.q{display:block;font-weight:700;font-size:1.1rem;line-height:1.35;margin-bottom:12px}
legend h1{margin:0}
.field{margin:0 0 28px}
.vh,.scale input{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.scale{position:relative;display:grid;gap:8px}
.scale label{display:flex;align-items:center;justify-content:center;min-height:50px;border:1px solid #6b7280;border-radius:10px;background:#fff;font-weight:700;font-size:1.15rem;cursor:pointer;user-select:none}
.scale label:hover{background:#f3f4f6}
.scale input:checked+label{background:var(--brand);color:var(--on-brand);border-color:var(--ink);box-shadow:0 0 0 1px var(--ink)}
.ends{display:flex;justify-content:space-between;gap:16px;margin-top:8px;font-size:.875rem;color:#57606a}
.ends span:last-child{text-align:right}
.choice label{display:flex;gap:12px;align-items:center;min-height:50px;padding:10px 14px;margin-bottom:8px;border:1px solid #6b7280;border-radius:10px;cursor:pointer}
.choice input{flex:none;width:22px;height:22px;margin:0;accent-color:var(--ink)}
textarea{display:block;width:100%;min-height:128px;padding:10px 12px;border:1px solid #6b7280;border-radius:10px;font:inherit;color:inherit;resize:vertical}
.btn{display:block;width:100%;min-height:52px;padding:12px 20px;border:0;border-radius:10px;background:var(--brand);color:var(--on-brand);font:inherit;font-weight:700;font-size:1.1rem;cursor:pointer}
a{color:var(--ink)}
.scale input:focus-visible+label,.choice input:focus-visible,textarea:focus-visible,.btn:focus-visible,a:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.error{margin:0 0 10px;color:#b42318;font-weight:700}
[aria-invalid=true]{border-color:#b42318}
.alert{margin:0 0 20px;padding:10px 14px;border:2px solid #b42318;border-radius:10px;color:#b42318;font-weight:700}
.muted{color:#57606a}
.req{font-weight:400;font-size:.9rem;color:#57606a}
@media(min-width:600px){body{background:#f4f5f7}.wrap{margin:32px auto;padding:24px 32px 32px;background:#fff;border-radius:14px;box-shadow:0 1px 4px rgba(0,0,0,.12)}.btn{width:auto;min-width:220px}}
`.replace(/\n/g, '');

const SCALE_CSS = scaleColumns();

export interface PageContent {
  title: string;
  main: string;
  /** Trusted, constant CSS only, after the shared rules: the CSP allows no style attributes. */
  css?: string;
  /** Trusted, constant JavaScript only: never user data. Printed with the page's nonce. */
  script?: string;
}

/** A hidden form input; name and value escaped. */
export const hiddenInput = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

export function renderPage(base: PageBase, content: PageContent): string {
  const palette = brandPalette(base.branding.brandColor);
  const orgName = escapeHtml(base.branding.orgName);
  const nonce = escapeHtml(base.nonce);
  const brand = isWebUrl(base.branding.logoUrl)
    ? `<img src="${escapeHtml(base.branding.logoUrl)}" alt="${orgName}">`
    : `<span class="org">${orgName}</span>`;
  const script = content.script ? `<script nonce="${nonce}">${content.script}</script>` : '';
  return (
    `<!doctype html><html lang="${escapeHtml(contentLanguage(base.language))}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    // The page URL carries the invitation token; no Referer may hand it to the logo's host.
    '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><meta name="color-scheme" content="light">' +
    `<title>${escapeHtml(content.title)} – ${orgName}</title>` +
    `<style nonce="${nonce}">:root{--brand:${palette.brand};--on-brand:${palette.onBrand};--ink:${palette.ink}}${CSS}${SCALE_CSS}${content.css ?? ''}</style></head>` +
    `<body><div class="wrap"><header>${brand}</header><main>${content.main}</main></div>${script}</body></html>`
  );
}
