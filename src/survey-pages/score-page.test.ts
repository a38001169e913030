import { describe, expect, it } from 'vitest';
import { surveyFromTemplate } from '../domain/survey/templates.js';
import type { Question } from '../shared/contracts/survey-model.js';
import { renderScorePage } from './score-page.js';

const nps = surveyFromTemplate('relationship-nps', { companyName: 'Acme' }).questions[0] as Question;
const ces = surveyFromTemplate('ces-after-resolution', { companyName: 'Acme' }).questions[0] as Question;
const base = {
  language: 'en',
  branding: { orgName: 'Acme', brandColor: '#2f5bd3', logoUrl: null },
  nonce: 'n0nce-123',
  action: '/s/tok',
};

const inputs = (html: string) => html.match(/<input[^>]*>/g) ?? [];
const checkedValues = (html: string) =>
  inputs(html)
    .filter((tag) => / checked/.test(tag))
    .map((tag) => /value="([^"]*)"/.exec(tag)?.[1]);

describe('renderScorePage', () => {
  it('offers every NPS point 0–10 as a radio named q_<questionId>', () => {
    const html = renderScorePage({ ...base, question: nps, selected: null });
    const radios = inputs(html).filter((tag) => tag.includes('type="radio"'));
    expect(radios.map((tag) => /value="(\d+)"/.exec(tag)?.[1])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(radios.every((tag) => tag.includes('name="q_nps"') && tag.includes(' required'))).toBe(true);
    expect(html).toMatch(/<form id="score-form" method="post" action="\/s\/tok">/);
  });

  it('preselects the clicked score and nothing else', () => {
    expect(checkedValues(renderScorePage({ ...base, question: nps, selected: 9 }))).toEqual(['9']);
    expect(checkedValues(renderScorePage({ ...base, question: ces, selected: 1 }))).toEqual(['1']);
    expect(checkedValues(renderScorePage({ ...base, question: nps, selected: null }))).toEqual([]);
  });

  it('never posts on load: with the nonce, the script waits for a trusted input event, only when a score was clicked', () => {
    const html = renderScorePage({ ...base, question: nps, selected: 0 });
    const scripts = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script nonce="n0nce-123">/);
    expect(scripts[0]).toContain('!e.isTrusted');
    expect(scripts[0]).toContain("i.name='via';i.value='interaction'");
    // Submitting only ever happens inside the event handler; nothing calls it on load.
    expect(scripts[0]).not.toMatch(/\bgo\(\)/);
    // Scroll and focus can be caused by a script (trusted all the same): they are no signal.
    expect(scripts[0]).not.toMatch(/'scroll'|'focus/);
    expect(renderScorePage({ ...base, question: nps, selected: null })).not.toContain('<script');
  });

  it('can ask to confirm with the button, without any script', () => {
    const html = renderScorePage({
      ...base,
      question: nps,
      selected: 4,
      autoSubmit: false,
      askToConfirm: true,
    });
    expect(html).not.toContain('<script');
    expect(html).toContain('Please confirm your score with the button.');
    expect(checkedValues(html)).toEqual(['4']);
  });

  it('can preselect a score without submitting it (changing an answer)', () => {
    const html = renderScorePage({ ...base, question: nps, selected: 7, autoSubmit: false });
    expect(html).not.toContain('<script');
    expect(checkedValues(html)).toEqual(['7']);
  });

  it('works without script: one labelled submit button inside the form', () => {
    const html = renderScorePage({ ...base, question: nps, selected: 9 });
    expect(
      html.match(/<button type="submit" class="btn" name="via" value="button">Submit my score<\/button>/g),
    ).toHaveLength(1);
    expect(html.indexOf('<button')).toBeLessThan(html.indexOf('</form>'));
  });

  it('puts the question in a fieldset legend as the page heading, with the end labels', () => {
    const html = renderScorePage({ ...base, question: nps, selected: null });
    expect(html).toContain(
      '<fieldset><legend><h1 class="q">How likely are you to recommend Acme to a friend or colleague?</h1></legend>',
    );
    expect(html).toContain('0 = Not at all likely');
    expect(html).toContain('10 = Extremely likely');
  });

  it('shows a field error tied to the radios with aria-describedby', () => {
    const html = renderScorePage({
      ...base,
      question: nps,
      selected: null,
      errors: { nps: 'Please choose a <score>' },
    });
    expect(html).toContain('<p class="error" id="err-nps">Please choose a &lt;score&gt;</p>');
    expect(inputs(html).every((tag) => tag.includes('aria-describedby="err-nps"'))).toBe(true);
  });

  it('escapes the prompt, the action and the nonce', () => {
    const evil: Question = { ...nps, prompt: { en: 'Rate <script>alert(1)</script>' } } as Question;
    const html = renderScorePage({
      ...base,
      nonce: '"><script>x()</script>',
      action: '/s/"onload="x',
      question: evil,
      selected: 5,
    });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<script>x()');
    expect(html).toContain('action="/s/&quot;onload=&quot;x"');
  });

  it('speaks German chrome for German respondents', () => {
    const html = renderScorePage({ ...base, language: 'de', question: nps, selected: 9 });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Bewertung absenden');
    expect(html).toContain('Wie wahrscheinlich ist es, dass Sie Acme');
    expect(html).toContain('0 = Sehr unwahrscheinlich');
  });
});
