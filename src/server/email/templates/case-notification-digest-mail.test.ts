import { describe, expect, it } from 'vitest';
import { DIGEST_MAX_LINES, renderCaseNotificationDigest } from './case-notification-digest-mail.js';

const EVIL = '<img src=x onerror=alert(1)>';

const notice = (caseNumber: number, kind: 'case.breached' | 'case.escalated' | 'case.assigned') => ({
  kind,
  caseNumber,
  caseSubject: `Subject ${caseNumber}`,
  caseUrl: `https://app.example/cases/c${caseNumber}?a=1&b=2`,
  ...(kind === 'case.escalated'
    ? { details: { escalation: { level: 2, byCustomer: false, reason: null } } }
    : {}),
});

describe('renderCaseNotificationDigest', () => {
  it('lists each notice as a line with its case link, in both languages', () => {
    const notices = [notice(7, 'case.breached'), notice(8, 'case.escalated'), notice(9, 'case.assigned')];
    const en = renderCaseNotificationDigest({
      language: 'en',
      orgName: 'Acme',
      recipientName: 'Ben',
      casesUrl: 'https://app.example/cases',
      notices,
    });
    expect(en.subject).toBe('3 case notifications');
    expect([...en.html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'https://app.example/cases/c7?a=1&amp;b=2',
      'https://app.example/cases/c8?a=1&amp;b=2',
      'https://app.example/cases/c9?a=1&amp;b=2',
      'https://app.example/cases',
    ]);
    expect(en.text).toContain('SLA target missed: Case #7: Subject 7');
    expect(en.text).toContain('Escalated to level 2: Case #8: Subject 8');
    expect(en.text).toContain('Assigned to you: Case #9: Subject 9');
    const de = renderCaseNotificationDigest({
      language: 'de',
      orgName: 'Acme',
      casesUrl: 'https://app.example/cases',
      notices,
    });
    expect(de.subject).toBe('3 Benachrichtigungen zu Fällen');
    expect(de.text).toContain('SLA-Frist verpasst: Fall #7: Subject 7');
    expect(de.html).toContain('<html lang="de">');
  });

  it('escapes subjects and names, and says how many more past the limit', () => {
    const many = Array.from({ length: DIGEST_MAX_LINES + 3 }, (_, i) => ({
      ...notice(i + 1, 'case.breached'),
      caseSubject: EVIL,
    }));
    const mail = renderCaseNotificationDigest({
      language: 'en',
      orgName: EVIL,
      recipientName: EVIL,
      casesUrl: 'https://app.example/cases',
      notices: many,
    });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.subject).toBe(`${DIGEST_MAX_LINES + 3} case notifications`);
    expect(mail.text.match(/SLA target missed/g)).toHaveLength(DIGEST_MAX_LINES);
    expect(mail.text).toContain('+ 3');
  });
});
