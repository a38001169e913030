import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../shared/contracts/notifications.js';
import { excerpt } from './case-notification-mail.js';
import { renderCaseNotificationMail, type CaseNotificationMailInput } from './index.js';

const EVIL = '<script>alert(1)</script>';

const input = (over: Partial<CaseNotificationMailInput> = {}): CaseNotificationMailInput => ({
  language: 'en',
  kind: 'case.assigned',
  orgName: 'Acme',
  recipientName: 'Ben',
  caseNumber: 42,
  caseSubject: 'Parcel arrived damaged',
  caseUrl: 'https://app.example/cases/c1?x=1&y=2',
  preferencesUrl: 'https://app.example/settings/notifications',
  ...over,
});

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

describe('renderCaseNotificationMail', () => {
  it.each(NOTIFICATION_KINDS)('%s: a subject with the case number, both languages, the case link', (kind) => {
    for (const language of ['en', 'de']) {
      const mail = renderCaseNotificationMail(input({ kind, language }));
      expect(mail.subject).toMatch(/^\[#42\] .+: Parcel arrived damaged$/);
      expect(links(mail.html)).toEqual([
        'https://app.example/cases/c1?x=1&amp;y=2',
        'https://app.example/settings/notifications',
      ]);
      expect(mail.text).toContain(
        language === 'de'
          ? 'Fall öffnen: https://app.example/cases/c1?x=1&y=2'
          : 'Open the case: https://app.example/cases/c1?x=1&y=2',
      );
      expect(mail.html).toContain(`<html lang="${language}">`);
    }
  });

  it('words each kind differently', () => {
    const subjects = NOTIFICATION_KINDS.map((kind) => renderCaseNotificationMail(input({ kind })).subject);
    expect(new Set(subjects).size).toBe(NOTIFICATION_KINDS.length);
    const de = NOTIFICATION_KINDS.map(
      (kind) => renderCaseNotificationMail(input({ kind, language: 'de' })).subject,
    );
    expect(new Set(de).size).toBe(NOTIFICATION_KINDS.length);
  });

  it('shows the score with its metric and scale and the customer’s comment for joined feedback', () => {
    const mail = renderCaseNotificationMail(
      input({
        kind: 'case.joined',
        details: {
          score: { value: 3, min: 0, max: 10, metric: 'nps' },
          excerpt: 'Second time this month.\nStill no refund.',
        },
      }),
    );
    expect(mail.text).toContain('Score: 3 (NPS, scale 0–10)');
    expect(mail.text).toContain('Comment:\nSecond time this month.\nStill no refund.');
    expect(mail.html).toContain('Second time this month.<br>Still no refund.');
    const de = renderCaseNotificationMail(
      input({
        kind: 'case.joined',
        language: 'de',
        details: { score: { value: 2, min: 1, max: 5, metric: 'csat' } },
      }),
    );
    expect(de.text).toContain('Bewertung: 2 (CSAT, Skala 1–5)');
    expect(de.text).toContain('Neues Feedback desselben Kunden ist zu Fall #42 hinzugekommen.');
  });

  it('writes the due time in the given time zone, as due ahead or as missed', () => {
    const at = new Date('2026-03-29T09:30:00Z'); // the morning Berlin moved to summer time
    const warned = renderCaseNotificationMail(
      input({ kind: 'case.warned', details: { due: { at, timeZone: 'Europe/Berlin' } } }),
    );
    expect(warned.text).toContain('Due: Sun 29 Mar 2026, 11:30 CEST');
    const breached = renderCaseNotificationMail(
      input({
        kind: 'case.breached',
        language: 'de',
        details: { due: { at, timeZone: 'America/New_York' } },
      }),
    );
    expect(breached.text).toContain('War fällig: So. 29. März 2026, 05:30 Uhr');
    expect(breached.text).toContain('Fall #42 hat seine SLA-Frist verpasst.');
  });

  it('names the escalation level, who escalated and the reason', () => {
    const byCustomer = renderCaseNotificationMail(
      input({
        kind: 'case.escalated',
        details: { escalation: { level: 1, byCustomer: true, reason: 'Nobody\nanswers' } },
      }),
    );
    expect(byCustomer.subject).toBe('[#42] Escalated to level 1: Parcel arrived damaged');
    expect(byCustomer.text).toContain('The customer escalated case #42; it is now at escalation level 1.');
    expect(byCustomer.text).toContain('Reason: Nobody answers');
    const byClock = renderCaseNotificationMail(
      input({
        kind: 'case.escalated',
        language: 'de',
        details: { escalation: { level: 2, byCustomer: false, reason: null } },
      }),
    );
    expect(byClock.text).toContain('Fall #42 wurde auf Stufe 2 eskaliert.');
    expect(byClock.text).not.toContain('Grund');
  });

  it('says who mentioned you and quotes the note', () => {
    const mail = renderCaseNotificationMail(
      input({ kind: 'case.mentioned', details: { actorName: 'Cleo', excerpt: '@Ben can you call her?' } }),
    );
    expect(mail.subject).toBe('[#42] Cleo mentioned you: Parcel arrived damaged');
    expect(mail.text).toContain('Cleo mentioned you in a note on case #42.');
    expect(mail.text).toContain('Note:\n@Ben can you call her?');
    const anonymous = renderCaseNotificationMail(input({ kind: 'case.assigned', language: 'de' }));
    expect(anonymous.text).toContain('Fall #42 wurde Ihnen zugewiesen.');
  });

  it('cuts a long message at a word boundary', () => {
    const long = `${'word '.repeat(200)}end`;
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut.endsWith('word…')).toBe(true);
    const mail = renderCaseNotificationMail(
      input({ kind: 'case.customer-message', details: { excerpt: long } }),
    );
    expect(mail.text).toContain('Message:\nword word');
    expect(mail.text).not.toContain('end');
  });

  it('leaves out the preferences link when none is given', () => {
    const mail = renderCaseNotificationMail(input({ preferencesUrl: null }));
    expect(links(mail.html)).toEqual(['https://app.example/cases/c1?x=1&amp;y=2']);
    expect(mail.text).not.toContain('Notifications:');
  });

  it('escapes subject, names, reason and excerpt', () => {
    const mail = renderCaseNotificationMail(
      input({
        kind: 'case.escalated',
        orgName: `Acme ${EVIL}`,
        recipientName: `Ben ${EVIL}`,
        caseSubject: `Broken ${EVIL}`,
        details: {
          actorName: `Cleo ${EVIL}`,
          excerpt: `Help ${EVIL}`,
          score: { value: 1, min: 1, max: 5, metric: `x${EVIL}` },
          escalation: { level: 1, byCustomer: true, reason: `Why ${EVIL}` },
        },
      }),
    );
    expect(mail.html).not.toContain(EVIL);
    expect(mail.html).toContain('Broken &lt;script&gt;');
    expect(mail.html).toContain('Why &lt;script&gt;');
    expect(mail.html).toContain('Help &lt;script&gt;');
    expect(mail.html).toContain('Hi Ben &lt;script&gt;');
  });
});
