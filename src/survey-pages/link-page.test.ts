import { describe, expect, it } from 'vitest';
import { surveyFromTemplate } from '../domain/survey/templates.js';
import { TEMPLATE_IDS } from '../shared/contracts/survey-model.js';
import { renderLinkPage, type LinkPageModel } from './link-page.js';

const EVIL = '"><script>alert(1)</script>';

const model = (over: Partial<LinkPageModel> = {}): LinkPageModel => ({
  language: 'en',
  branding: { orgName: 'Acme', brandColor: '#0a7', logoUrl: 'https://cdn.example/logo.png' },
  nonce: 'n',
  action: '/l/abc',
  step: 'all',
  questions: surveyFromTemplate('relationship-nps', { companyName: 'Acme' }).questions,
  prefill: {},
  hiddenFields: {},
  formNonce: 'form-nonce-1',
  ...over,
});

describe('renderLinkPage', () => {
  it('asks every question on one page, primary first, with q_<id> field names', () => {
    const html = renderLinkPage(model());
    expect(html).toContain('<h1>Your feedback</h1>');
    expect(html.match(/name="q_nps"/g)).toHaveLength(11);
    expect(html.indexOf('name="q_nps"')).toBeLessThan(html.indexOf('name="q_why"'));
    expect(html).toContain('<input type="hidden" name="nonce" value="form-nonce-1">');
    expect(html).toMatch(/<form method="post" action="\/l\/abc">/);
  });

  it('asks only the score first, as the page heading, and says the next step comes after it', () => {
    const nps = surveyFromTemplate('relationship-nps', { companyName: 'Acme' }).questions[0]!;
    const html = renderLinkPage(model({ step: 'score', questions: [nps], prefill: { nps: 9 } }));
    expect(html).toMatch(
      /<legend><h1 class="q">How likely are you to recommend Acme to a friend or colleague\?<\/h1><\/legend>/,
    );
    expect(html).not.toContain('name="q_why"');
    expect(html).toContain('<input type="hidden" name="step" value="score">');
    expect(html).toMatch(/<input type="radio" id="q_nps_9" name="q_nps" value="9" checked required>/);
    expect(html).toContain('<button type="submit" class="btn">Submit my score</button>');
    // No script: nothing is sent until a person presses the button.
    expect(html).not.toContain('<script');
  });

  it('names the organization once: in the header, never again as a heading or in the title', () => {
    for (const step of ['score', 'all'] as const) {
      const html = renderLinkPage(
        model({ step, branding: { orgName: 'Acme', brandColor: null, logoUrl: null } }),
      );
      expect(html.match(/>Acme</g)).toHaveLength(1);
      expect(html).toContain('<header><span class="org">Acme</span></header>');
      expect(html).not.toContain('<h1>Acme</h1>');
      expect(html).toMatch(/<title>Your feedback – Acme<\/title>/);
    }
  });

  it('posts hidden fields back as hf_<name>, escaped', () => {
    const html = renderLinkPage(model({ hiddenFields: { plan: 'pro', segment: EVIL } }));
    expect(html).toContain('<input type="hidden" name="hf_plan" value="pro">');
    expect(html).toContain(
      '<input type="hidden" name="hf_segment" value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
    expect(html).not.toContain('<script>alert(1)');
  });

  it('preselects a prefilled score', () => {
    const html = renderLinkPage(model({ prefill: { nps: 3 } }));
    expect(html).toMatch(/<input type="radio" id="q_nps_3" name="q_nps" value="3" checked required>/);
    expect(html.match(/ checked/g)).toHaveLength(1);
  });

  it('shows errors next to their field', () => {
    const html = renderLinkPage(model({ errors: { nps: 'Please choose a score.' } }));
    expect(html).toContain('<p class="error" id="err-nps">Please choose a score.</p>');
    expect(html).toContain('role="alert"');
  });

  it('shows the logo with the organization name as its text alternative, and no other external resource', () => {
    const html = renderLinkPage(
      model({
        branding: { orgName: `Acme ${EVIL}`, brandColor: null, logoUrl: 'https://cdn.example/logo.png' },
      }),
    );
    expect(html).toContain(
      '<img src="https://cdn.example/logo.png" alt="Acme &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
    expect(html.match(/(?:src|href)="[a-z]+:/g)).toEqual(['src="https:']);
    expect(html).not.toMatch(/<link|<script/);
  });

  it('never prints a logo URL that is not http(s)', () => {
    const html = renderLinkPage(
      model({ branding: { orgName: 'Acme', brandColor: null, logoUrl: 'javascript:alert(1)' } }),
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span class="org">Acme</span>');
  });

  it.each(TEMPLATE_IDS)('stays far below 20 KB for the %s template', (id) => {
    const survey = surveyFromTemplate(id, { companyName: 'Acme Corporation International' });
    for (const language of ['en', 'de']) {
      const html = renderLinkPage(
        model({
          language,
          questions: survey.questions,
          prefill: { [survey.questions[0]!.id]: 1 },
          hiddenFields: { a: 'b' },
        }),
      );
      expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(12 * 1024);
    }
  });
});
