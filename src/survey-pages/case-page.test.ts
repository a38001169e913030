import { describe, expect, it } from 'vitest';
import {
  CASE_PAGE_LIMITS,
  renderCaseEscalatedPage,
  renderCaseLinkErrorPage,
  renderCaseMessageReceivedPage,
  renderCasePage,
  type CaseMessageView,
  type CasePageView,
} from './index.js';

const EVIL = '<script>alert(1)</script>';

const view = (over: Partial<CasePageView> = {}): CasePageView => ({
  language: 'en',
  branding: { orgName: 'Acme', brandColor: '#2f5bd3', logoUrl: null },
  nonce: 'n0nce',
  timeZone: 'Europe/Berlin',
  caseNumber: 42,
  subject: 'Parcel arrived damaged',
  status: 'open',
  answerDueAt: new Date('2026-07-02T12:00:00Z'),
  resolvedAt: null,
  messages: [
    { author: 'customer', name: null, at: new Date('2026-07-01T08:00:00Z'), body: 'It is broken.' },
    {
      author: 'agent',
      name: 'Ben',
      at: new Date('2026-07-01T09:00:00Z'),
      body: 'Sorry!\nA replacement is coming.',
    },
  ],
  replyAction: '/c/tok/messages',
  escalation: { state: 'available', action: '/c/tok/escalate' },
  ...over,
});

const forms = (html: string) =>
  [...html.matchAll(/<form method="([^"]+)" action="([^"]+)"/g)].map((m) => [m[1], m[2]]);

describe('renderCasePage', () => {
  it('shows status, what happens next by when in the customer’s zone, and the conversation', () => {
    const html = renderCasePage(view());
    expect(html).toContain('<h1>Parcel arrived damaged</h1>');
    expect(html).toContain('Case #42');
    expect(html).toContain('<span class="status">In progress</span>');
    expect(html).toContain('We are working on your case and will answer by Thu 2 Jul 2026, 14:00 CEST.');
    expect(html).toContain(
      '<strong>You</strong><time datetime="2026-07-01T08:00:00.000Z">Wed 1 Jul 2026, 10:00 CEST</time>',
    );
    expect(html).toContain('<strong>Ben</strong>');
    expect(html).toContain('<p>Sorry!<br>A replacement is coming.</p>');
    expect(html.indexOf('It is broken.')).toBeLessThan(html.indexOf('Sorry!'));
  });

  it('posts the reply (message, at most 20,000 characters) and the escalation (reason) to their actions', () => {
    const html = renderCasePage(view({ hiddenFields: { nonce: 'f1' } }));
    expect(forms(html)).toEqual([
      ['post', '/c/tok/messages'],
      ['post', '/c/tok/escalate'],
    ]);
    expect(html).toContain(
      `<textarea id="message" name="message" rows="6" maxlength="${CASE_PAGE_LIMITS.message}" required>`,
    );
    expect(CASE_PAGE_LIMITS.message).toBe(20_000);
    expect(html).toMatch(/<textarea id="reason" name="reason"[^>]* required>/);
    expect(html).toContain('<button type="submit" class="btn">Not solved? Escalate</button>');
    expect(html.match(/<input type="hidden" name="nonce" value="f1">/g)).toHaveLength(2);
    // Opening the page changes nothing: no script, and nothing that submits by itself.
    expect(html).not.toContain('<script');
  });

  it.each(['resolved', 'closed'] as const)(
    'offers no escalation once %s, but a reply that reopens',
    (status) => {
      const html = renderCasePage(
        view({ status, resolvedAt: new Date('2026-07-03T21:30:00Z'), answerDueAt: null }),
      );
      expect(forms(html)).toEqual([['post', '/c/tok/messages']]);
      expect(html).not.toContain('name="reason"');
      expect(html).not.toContain('Not solved? Escalate');
      expect(html).toContain('resolved on Fri 3 Jul 2026');
      expect(html).toContain('your message reopens the case');
    },
  );

  it('tells when it was escalated instead of offering it again', () => {
    const html = renderCasePage(
      view({ escalation: { state: 'escalated', at: new Date('2026-07-01T10:15:00Z') } }),
    );
    expect(forms(html)).toEqual([['post', '/c/tok/messages']]);
    expect(html).not.toContain('name="reason"');
    expect(html).toContain('Your case is escalated');
    expect(html).toContain('You escalated this case on Wed 1 Jul 2026, 12:15 CEST.');
    expect(renderCasePage(view({ escalation: { state: 'unavailable' } }))).not.toContain('Not solved?');
  });

  it('words each status’s next step, with or without a due time', () => {
    expect(renderCasePage(view({ status: 'new', answerDueAt: null }))).toContain(
      'Someone from our team will answer as soon as possible.',
    );
    expect(renderCasePage(view({ status: 'waiting' }))).toContain('We are waiting for your answer.');
    expect(renderCasePage(view({ status: 'waiting' }))).toContain('Waiting for your answer</span>');
  });

  it('never shows an internal note, even one cast into the list', () => {
    const note = {
      author: 'note',
      name: 'Ben',
      at: new Date(),
      body: 'Customer is difficult',
    } as unknown as CaseMessageView;
    const html = renderCasePage(view({ messages: [note] }));
    expect(html).not.toContain('Customer is difficult');
    expect(html).toContain('No messages yet.');
  });

  it('writes German with German dates', () => {
    const html = renderCasePage(view({ language: 'de', status: 'new' }));
    expect(html.startsWith('<!doctype html><html lang="de">')).toBe(true);
    expect(html).toContain('Anliegen #42');
    expect(html).toContain('Jemand aus unserem Team antwortet Ihnen bis Do. 2. Juli 2026, 14:00 Uhr MESZ.');
    expect(html).toContain('<strong>Sie</strong>');
    expect(html).toContain('>Nicht gelöst? Eskalieren</button>');
    expect(html).toContain('>Nachricht senden</button>');
  });

  it('escapes subject, names, bodies, typed values and errors', () => {
    const html = renderCasePage(
      view({
        subject: `Broken ${EVIL}`,
        branding: { orgName: `Acme ${EVIL}`, brandColor: null, logoUrl: null },
        messages: [
          { author: 'customer', name: `Ada ${EVIL}`, at: new Date(), body: `Hi ${EVIL}` },
          { author: 'agent', name: null, at: new Date(), body: `</textarea>${EVIL}` },
        ],
        values: { message: `</textarea>${EVIL}`, reason: `"><${EVIL}` },
        errors: { message: `Too long ${EVIL}` },
        replyAction: '/c/"onmouseover="x',
      }),
    );
    expect(html).not.toContain(EVIL);
    expect(html).not.toContain('"onmouseover');
    expect(html).toContain('<h1>Broken &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<strong>Ada &lt;script&gt;');
    expect(html).toContain('<strong>Acme &lt;script&gt;');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;');
    expect(html).toContain('<p class="alert" role="alert">');
    expect(html).toContain('aria-invalid="true" aria-describedby="err-message"');
  });

  it('keeps the CSS in the nonce’d style element, with no style attributes the CSP would block', () => {
    const html = renderCasePage(view());
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).toContain('.escalate{');
    expect(html).not.toMatch(/ style="/);
  });
});

describe('the case confirmation pages', () => {
  const base = {
    language: 'en',
    branding: { orgName: 'Acme', brandColor: null, logoUrl: null },
    nonce: 'n',
    timeZone: 'Europe/Berlin',
    caseNumber: 42,
    caseUrl: '/c/tok?x=1&y=2',
    answerDueAt: new Date('2026-07-02T12:00:00Z'),
  };

  it('confirms a message, says whether it reopened the case and links back', () => {
    const html = renderCaseMessageReceivedPage({ ...base, reopened: true });
    expect(html).toContain('<h1>Message received</h1>');
    expect(html).toContain('Your message is now part of case #42, which is open again.');
    expect(html).toContain('We will answer by Thu 2 Jul 2026, 14:00 CEST.');
    expect(html).toContain('<a href="/c/tok?x=1&amp;y=2">Back to your case</a>');
    const de = renderCaseMessageReceivedPage({ ...base, language: 'de', reopened: false, answerDueAt: null });
    expect(de).toContain('<h1>Nachricht erhalten</h1>');
    expect(de).toContain('Wir antworten Ihnen so bald wie möglich.');
  });

  it('confirms an escalation in both languages', () => {
    expect(renderCaseEscalatedPage(base)).toContain('<h1>Escalation received</h1>');
    expect(renderCaseEscalatedPage({ ...base, language: 'de' })).toContain('Anliegen #42 ist eskaliert');
  });

  it('explains an invalid or expired case link in case words', () => {
    expect(renderCaseLinkErrorPage({ ...base, kind: 'expired' })).toContain(
      'our latest e-mail about your case',
    );
    expect(renderCaseLinkErrorPage({ ...base, language: 'de', kind: 'invalid' })).toContain(
      '<h1>Dieser Link ist ungültig</h1>',
    );
  });

  it('escapes the organization name', () => {
    const html = renderCaseEscalatedPage({
      ...base,
      branding: { orgName: EVIL, brandColor: null, logoUrl: null },
    });
    expect(html).not.toContain(EVIL);
  });
});
