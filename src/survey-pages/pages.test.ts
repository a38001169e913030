import { describe, expect, it } from 'vitest';
import { surveyFromTemplate } from '../domain/survey/templates.js';
import {
  renderFollowUpPage,
  renderLinkPage,
  renderMessagePage,
  renderScorePage,
  renderThanksPage,
  renderUnsubscribePage,
  renderUnsubscribedPage,
} from './index.js';
import type { PageBase } from './page-layout.js';

const EVIL = '<script>alert(1)</script>';
const survey = surveyFromTemplate('relationship-nps', { companyName: 'Acme' });
const [nps, why] = survey.questions as [
  NonNullable<(typeof survey.questions)[0]>,
  NonNullable<(typeof survey.questions)[0]>,
];

/** Every page the public survey routes render, for one base. */
function allPages(base: PageBase): Record<string, string> {
  return {
    score: renderScorePage({ ...base, action: '/s/t', question: nps, selected: 9 }),
    followUp: renderFollowUpPage({
      ...base,
      action: '/s/t',
      whyPrompt: null,
      questions: [why],
      recorded: { score: 9, min: 0, max: 10 },
      changeScoreHref: '/s/t',
    }),
    link: renderLinkPage({
      ...base,
      action: '/l/t',
      step: 'all',
      questions: survey.questions,
      prefill: {},
      hiddenFields: {},
      formNonce: 'f',
    }),
    thanks: renderThanksPage(base),
    expired: renderMessagePage({ ...base, kind: 'expired' }),
    invalid: renderMessagePage({ ...base, kind: 'invalid' }),
    closed: renderMessagePage({ ...base, kind: 'closed' }),
    error: renderMessagePage({ ...base, kind: 'error' }),
    rateLimited: renderMessagePage({ ...base, kind: 'rate_limited' }),
    unsubscribe: renderUnsubscribePage({ ...base, action: '/u/t', email: 'ada@example.com' }),
    unsubscribed: renderUnsubscribedPage(base),
  };
}

const en: PageBase = {
  language: 'en',
  branding: { orgName: 'Acme', brandColor: null, logoUrl: null },
  nonce: 'n',
};

describe('every survey page', () => {
  it.each(Object.entries(allPages(en)))('%s is a complete, small, non-indexed document', (_name, html) => {
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).toMatch(/<title>[^<]+ – Acme<\/title>/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<main>[\s\S]+<\/main>/);
    expect(html.endsWith('</html>')).toBe(true);
    expect(Buffer.byteLength(html)).toBeLessThan(10 * 1024);
    // No external resources: no stylesheet links, no absolute URLs without a logo.
    expect(html).not.toMatch(/<link |https?:\/\//);
  });

  it('escapes the organization name everywhere, title and text alike', () => {
    const pages = allPages({ ...en, branding: { orgName: EVIL, brandColor: null, logoUrl: null } });
    for (const [name, html] of Object.entries(pages)) {
      expect(html, name).not.toContain(EVIL);
      expect(html, name).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('prints only a parsed brand colour into the style sheet', () => {
    const html = renderThanksPage({
      ...en,
      branding: { orgName: 'Acme', brandColor: '#fff}</style><script>x()</script>', logoUrl: null },
    });
    expect(html).not.toContain('x()');
    expect(html).toContain('--brand:#2f5bd3');
  });

  it('uses German chrome and lang for German, regional tags included', () => {
    for (const language of ['de', 'de-AT']) {
      const pages = allPages({ ...en, language });
      expect(pages.thanks).toContain('<html lang="de">');
      expect(pages.thanks).toContain('<h1>Vielen Dank!</h1>');
      expect(pages.expired).toContain('Dieser Link ist abgelaufen');
      expect(pages.unsubscribe).toContain('>Abmelden</button>');
    }
  });

  it('falls back to English chrome for other languages and to lang="en" for nonsense', () => {
    expect(renderThanksPage({ ...en, language: 'fr' })).toContain('<html lang="fr">');
    expect(renderThanksPage({ ...en, language: 'fr' })).toContain('<h1>Thank you!</h1>');
    expect(renderThanksPage({ ...en, language: '"><x' })).toContain('<html lang="en">');
  });
});

describe('renderMessagePage', () => {
  it('gives each kind its own heading', () => {
    const pages = allPages(en);
    const headings = ['expired', 'invalid', 'closed', 'error', 'rateLimited'].map(
      (kind) => /<h1>([^<]+)<\/h1>/.exec(pages[kind]!)?.[1],
    );
    expect(new Set(headings).size).toBe(5);
    expect(headings).toContain('This link has expired');
    expect(headings).toContain('Too many requests');
  });

  it('shows an escaped detail text', () => {
    const html = renderMessagePage({ ...en, kind: 'error', detail: `Your comment is too long ${EVIL}` });
    expect(html).toContain('Your comment is too long &lt;script&gt;');
    expect(html).not.toContain(EVIL);
  });
});

describe('unsubscribe pages', () => {
  it('asks for confirmation with a single POST button instead of unsubscribing on open', () => {
    const html = renderUnsubscribePage({ ...en, action: '/u/tok', email: `ada${EVIL}@example.com` });
    expect(html.match(/<form /g)).toHaveLength(1);
    expect(html).toContain(
      '<form method="post" action="/u/tok"><button type="submit" class="btn">Unsubscribe</button></form>',
    );
    expect(html).toContain('from Acme at ada&lt;script&gt;');
    expect(html).not.toContain('<script');
  });

  it('words the question without an address when none is known', () => {
    expect(renderUnsubscribePage({ ...en, action: '/u/tok', email: null })).toContain(
      'Do you want to stop receiving survey e-mails from Acme?',
    );
  });

  it('confirms the unsubscription', () => {
    expect(renderUnsubscribedPage(en)).toContain('Acme will not send you any more survey e-mails.');
  });
});
