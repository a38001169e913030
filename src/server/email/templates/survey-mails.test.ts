import { describe, expect, it } from 'vitest';
import { surveyFromTemplate } from '../../../domain/survey/templates.js';
import type { Question } from '../../../shared/contracts/survey-model.js';
import {
  renderCommentNudgeMail,
  renderInvitationMail,
  renderReminderMail,
  type SurveyMailInput,
} from './index.js';

const EVIL = '<script>alert(1)</script>';
const first = (id: Parameters<typeof surveyFromTemplate>[0]) =>
  surveyFromTemplate(id, { companyName: 'Acme' }).questions[0] as Question;
const nps = first('relationship-nps');

const input = (over: Partial<SurveyMailInput> = {}): SurveyMailInput => ({
  language: 'en',
  branding: { orgName: 'Acme', brandColor: '#2f5bd3', logoUrl: null },
  recipientName: 'Ada',
  question: nps,
  scoreUrl: (score) => `https://survey.example/s/tok123?score=${score}&src=mail`,
  unsubscribeUrl: 'https://survey.example/u/tok123',
  openPixelUrl: null,
  ...over,
});

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

describe('renderInvitationMail', () => {
  it('puts one link per NPS point 0–10 in both parts', () => {
    const mail = renderInvitationMail(input());
    for (let score = 0; score <= 10; score++) {
      expect(mail.text).toContain(`https://survey.example/s/tok123?score=${score}&src=mail`);
      expect(links(mail.html)).toContain(`https://survey.example/s/tok123?score=${score}&amp;src=mail`);
    }
    expect(mail.text).toContain('0 (Not at all likely): https://survey.example/s/tok123?score=0&src=mail');
    expect(mail.text).toContain('10 (Extremely likely): https://survey.example/s/tok123?score=10&src=mail');
    expect(mail.html.match(/>(\d+)<\/a><\/td>/g)).toHaveLength(11);
  });

  it('has the scale labels under the row and the question as subject and heading', () => {
    const mail = renderInvitationMail(input());
    expect(mail.subject).toBe('How likely are you to recommend Acme to a friend or colleague?');
    expect(mail.html).toContain('>How likely are you to recommend Acme to a friend or colleague?</h1>');
    expect(mail.html.indexOf('Not at all likely')).toBeGreaterThan(mail.html.lastIndexOf('score=10'));
    expect(mail.html).toContain('Extremely likely');
  });

  it('carries the unsubscribe URL in both parts, in a footer with the organization name', () => {
    const mail = renderInvitationMail(input());
    expect(links(mail.html)).toContain('https://survey.example/u/tok123');
    expect(mail.html).toContain('This survey was sent to you by Acme.');
    expect(mail.text).toContain('Unsubscribe: https://survey.example/u/tok123');
  });

  it('greets by name, neutrally without one', () => {
    expect(renderInvitationMail(input()).text.startsWith('Hi Ada,\n')).toBe(true);
    expect(renderInvitationMail(input({ recipientName: null })).text.startsWith('Hello,\n')).toBe(true);
    expect(renderInvitationMail(input({ recipientName: '  ' })).text.startsWith('Hello,\n')).toBe(true);
    expect(renderInvitationMail(input({ language: 'de' })).text.startsWith('Hallo Ada,\n')).toBe(true);
    expect(
      renderInvitationMail(input({ language: 'de', recipientName: null })).text.startsWith('Guten Tag,\n'),
    ).toBe(true);
  });

  it('writes German for German recipients', () => {
    const mail = renderInvitationMail(input({ language: 'de' }));
    expect(mail.subject).toBe(
      'Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen weiterempfehlen?',
    );
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('Sehr unwahrscheinlich');
    expect(mail.html).toContain('Von diesen Umfragen abmelden');
    expect(mail.text).toContain('Abmelden: https://survey.example/u/tok123');
  });

  it('escapes organization name, recipient name and prompt', () => {
    const question = { ...nps, prompt: { en: `Rate us ${EVIL}` } } as Question;
    const mail = renderInvitationMail(
      input({
        question,
        recipientName: `Ada ${EVIL}`,
        branding: { orgName: `Acme ${EVIL}`, brandColor: null, logoUrl: null },
      }),
    );
    expect(mail.html).not.toContain(EVIL);
    expect(mail.html).toContain('Rate us &lt;script&gt;');
    expect(mail.html).toContain('Hi Ada &lt;script&gt;');
  });

  it('keeps the subject on one line of at most 120 characters', () => {
    const long = {
      ...nps,
      prompt: { en: `How likely are you\nto recommend ${'our wonderful company '.repeat(10)}to a friend?` },
    } as Question;
    const { subject } = renderInvitationMail(input({ question: long }));
    expect(subject.length).toBeLessThanOrEqual(120);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject.startsWith('How likely are you to recommend our wonderful')).toBe(true);
  });

  it('is a fluid table layout with inline styles only, at most 600 px wide', () => {
    const { html } = renderInvitationMail(input());
    expect(html).not.toMatch(/<style|<link |<script/);
    expect(html).toContain('max-width:600px');
    expect(html).toContain('<table role="presentation"');
  });

  it('ends the HTML with the open pixel only when tracking is on', () => {
    expect(renderInvitationMail(input()).html).not.toContain('width="1" height="1"');
    const { html } = renderInvitationMail(input({ openPixelUrl: 'https://survey.example/o/tok123.gif' }));
    expect(html).toMatch(
      /<img src="https:\/\/survey\.example\/o\/tok123\.gif" width="1" height="1" alt=""[^>]*><\/body><\/html>$/,
    );
  });

  it('shows the logo when it is an http(s) URL, the name otherwise', () => {
    const withLogo = renderInvitationMail(
      input({ branding: { orgName: 'Acme', brandColor: null, logoUrl: 'https://cdn.example/l.png' } }),
    );
    expect(withLogo.html).toContain('<img src="https://cdn.example/l.png" alt="Acme"');
    const forged = renderInvitationMail(
      input({ branding: { orgName: 'Acme', brandColor: null, logoUrl: 'javascript:alert(1)' } }),
    );
    expect(forged.html).not.toContain('javascript:');
  });

  it.each([
    ['csat-after-support', 1, 5, 'Very dissatisfied', 'Very satisfied'],
    ['ces-after-resolution', 1, 7, 'Strongly disagree', 'Strongly agree'],
    ['brand-bond', 1, 5, 'Not at all', 'Completely'],
  ] as const)('offers the %s scale %i–%i with its end labels', (template, min, max, low, high) => {
    const mail = renderInvitationMail(input({ question: first(template) }));
    expect(mail.html.match(/>(\d+)<\/a><\/td>/g)).toHaveLength(max - min + 1);
    expect(mail.text).toContain(`${min} (${low}): `);
    expect(mail.text).toContain(`${max} (${high}): `);
    expect(mail.text).not.toContain(`score=${min - 1}&`);
  });

  it('uses default end labels for a rating without its own', () => {
    const rating: Question = {
      id: 'stars',
      type: 'rating',
      max: 4,
      required: true,
      prompt: { en: 'Rate the onboarding' },
    };
    const mail = renderInvitationMail(input({ question: rating }));
    expect(mail.text).toContain('1 (Poor): ');
    expect(mail.text).toContain('4 (Excellent): ');
  });

  it('refuses a question without a scale', () => {
    const text = surveyFromTemplate('relationship-nps', { companyName: 'Acme' }).questions[1] as Question;
    expect(() => renderInvitationMail(input({ question: text }))).toThrow(RangeError);
  });
});

describe('renderReminderMail', () => {
  it('reminds with the same one-click scale', () => {
    const mail = renderReminderMail(input());
    expect(mail.subject).toBe('Reminder: How likely are you to recommend Acme to a friend or colleague?');
    expect(mail.text).toContain('A quick reminder');
    for (let score = 0; score <= 10; score++) expect(mail.text).toContain(`score=${score}&src=mail`);
    expect(
      renderReminderMail(input({ language: 'de' })).subject.startsWith('Erinnerung: Wie wahrscheinlich'),
    ).toBe(true);
  });
});

describe('renderCommentNudgeMail', () => {
  const nudge = (over: Partial<Parameters<typeof renderCommentNudgeMail>[0]> = {}) => {
    const { question: _q, scoreUrl: _s, ...rest } = input();
    return renderCommentNudgeMail({
      ...rest,
      score: 6,
      whyPrompt: 'What is the one thing we should improve?',
      answerUrl: 'https://survey.example/s/tok123/more?a=1&b=2',
      ...over,
    });
  };

  it('asks for the reason behind the score with one link to the follow-up page', () => {
    const mail = nudge();
    expect(mail.subject).toBe('What is the one thing we should improve?');
    expect(mail.text).toContain('Thank you for your score of 6.');
    expect(mail.text).toContain('Your answer: https://survey.example/s/tok123/more?a=1&b=2');
    expect(links(mail.html)).toEqual([
      'https://survey.example/s/tok123/more?a=1&amp;b=2',
      'https://survey.example/u/tok123',
    ]);
    expect(mail.text).toContain('Unsubscribe: https://survey.example/u/tok123');
  });

  it('escapes the prompt and writes German for German recipients', () => {
    const mail = nudge({ language: 'de', whyPrompt: `Was sollten wir verbessern? ${EVIL}` });
    expect(mail.html).not.toContain(EVIL);
    expect(mail.html).toContain('Vielen Dank für Ihre Bewertung mit 6.');
    expect(mail.html).toContain('>Kurz antworten</a>');
  });
});
