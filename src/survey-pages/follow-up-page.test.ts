import { describe, expect, it } from 'vitest';
import { surveyFromTemplate } from '../domain/survey/templates.js';
import { renderFollowUpPage, type FollowUpPageModel } from './follow-up-page.js';

const pulse = surveyFromTemplate('pre-change-pulse', { companyName: 'Acme' });
const rest = pulse.questions.slice(1); // matters-most (single choice), why (text)

const model = (over: Partial<FollowUpPageModel> = {}): FollowUpPageModel => ({
  language: 'en',
  branding: { orgName: 'Acme', brandColor: null, logoUrl: null },
  nonce: 'n',
  action: '/s/tok/more',
  whyPrompt: 'What did we do especially well?',
  questions: rest,
  recorded: { score: 9, min: 0, max: 10 },
  changeScoreHref: '/s/tok?change=1',
  ...over,
});

describe('renderFollowUpPage', () => {
  it('thanks, shows the recorded score with a link to change it', () => {
    const html = renderFollowUpPage(model());
    expect(html).toContain('<h1>Thank you!</h1>');
    expect(html).toContain('We have recorded your score: 9 on a scale from 0 to 10.');
    expect(html).toContain('<a href="/s/tok?change=1">Change score</a>');
  });

  it("asks the category-specific why first, as the label of the survey's open question", () => {
    const html = renderFollowUpPage(model());
    expect(html).toMatch(
      /<label for="q_why"><span class="q">What did we do especially well\?<\/span><\/label><textarea id="q_why" name="q_why" rows="5" maxlength="5000">/,
    );
    expect(html).not.toContain('What is the main reason for your score?');
    expect(html.indexOf('name="q_why"')).toBeLessThan(html.indexOf('name="q_matters-most"'));
    expect(html.match(/name="q_matters-most"/g)).toHaveLength(4);
    expect(html).toMatch(/<form method="post" action="\/s\/tok\/more">/);
  });

  it('posts extra form fields back as hidden inputs, escaped (the public link names its answer so)', () => {
    const html = renderFollowUpPage(
      model({ action: '/l/key', formFields: { nonce: 'abc', step: 'why', evil: '"><b>' } }),
    );
    expect(html).toContain(
      '<form method="post" action="/l/key"><input type="hidden" name="nonce" value="abc"><input type="hidden" name="step" value="why">',
    );
    expect(html).toContain('<input type="hidden" name="evil" value="&quot;&gt;&lt;b&gt;">');
  });

  it("falls back to the open question's own prompt when no why prompt is given", () => {
    expect(renderFollowUpPage(model({ whyPrompt: null }))).toContain(
      'What is the main reason for your score?',
    );
  });

  it('keeps sent values and shows errors next to their field', () => {
    const html = renderFollowUpPage(
      model({
        values: { why: '\nline one </textarea><script>x()</script>', 'matters-most': 'service' },
        errors: { why: 'Too long' },
      }),
    );
    expect(html).toContain('<p class="alert" role="alert">Please check the marked answers.</p>');
    expect(html).toMatch(
      /<p class="error" id="err-why">Too long<\/p><textarea [^>]*aria-invalid="true" aria-describedby="err-why">\n\nline one &lt;\/textarea&gt;&lt;script&gt;/,
    );
    expect(html).toMatch(/<input type="radio" name="q_matters-most" value="service" checked>/);
    expect(html).not.toContain('<script>x()');
  });

  it('escapes the why prompt and the change link', () => {
    const html = renderFollowUpPage(
      model({ whyPrompt: '<img src=x onerror=alert(1)>', changeScoreHref: '"><b>' }),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('href="&quot;&gt;&lt;b&gt;"');
  });

  it('renders other scale questions as radio scales', () => {
    const csat = surveyFromTemplate('csat-after-support', { companyName: 'Acme' }).questions[0];
    const html = renderFollowUpPage(model({ questions: [csat!, ...rest], values: { csat: 4 } }));
    expect(html.match(/name="q_csat"/g)).toHaveLength(5);
    expect(html).toMatch(/<input type="radio" id="q_csat_4" name="q_csat" value="4" checked required>/);
    expect(html).toContain('<span class="req">(required)</span>');
  });

  it('shows only the thanks when nothing is left to ask', () => {
    const html = renderFollowUpPage(model({ questions: [] }));
    expect(html).not.toContain('<form');
    expect(html).toContain('Thank you!');
  });

  it('speaks German chrome for German respondents', () => {
    const html = renderFollowUpPage(
      model({ language: 'de', whyPrompt: 'Was haben wir besonders gut gemacht?' }),
    );
    expect(html).toContain('<h1>Vielen Dank!</h1>');
    expect(html).toContain('Bewertung ändern');
    expect(html).toContain('>Absenden</button>');
    expect(html).toContain('Der Preis');
  });
});
