import { describe, expect, it } from 'vitest';
import { alertMail } from './alert-mail.js';
import { caseFacts, itemFacts } from './alert-test-facts.js';

const input = {
  language: 'en' as const,
  now: new Date('2026-11-02T09:00:30Z'),
  listUrl: 'https://resonance.example/feedback',
  ruleName: 'Enterprise detractors',
  organizationName: 'Acme',
  settingsUrl: 'https://resonance.example/settings/integrations',
};

describe('alert mails', () => {
  it('tells one alert in plain text and says why the address gets it', () => {
    const mail = alertMail([itemFacts()], input);
    expect(mail.subject).toBe('[Resonance] Detractor · NPS 2/10');
    expect(mail.text).toContain('Customer: Erika Muster · erika@example.test');
    expect(mail.text).toContain('Comment:\n    Die Lieferung kam zu spät.');
    expect(mail.text).toContain(itemFacts().url);
    expect(mail.text).toContain(
      'You get this mail because the alert rule “Enterprise detractors” of Acme sends its alerts to this address.',
    );
  });

  it('summarises a burst in German, with the first five and a link to the rest', () => {
    const mail = alertMail(
      Array.from({ length: 8 }, () => caseFacts()),
      { ...input, language: 'de' },
    );
    expect(mail.subject).toBe('[Resonance] 8 Fälle haben das SLA verpasst in der letzten Minute');
    expect(mail.text.match(/• Fall #12/g)).toHaveLength(5);
    expect(mail.text).toContain('und 3 weitere\nhttps://resonance.example/feedback');
    expect(mail.text).toContain('SLA fällig: 2026-11-02 08:30 UTC');
    expect(mail.text).toContain('weil die Alarmregel „Enterprise detractors“ von Acme');
  });

  it('never puts customer text into the subject', () => {
    const mail = alertMail([caseFacts({ caseSubject: 'Bcc: x@evil.test\r\nInjected' })], input);
    expect(mail.subject).toBe('[Resonance] Case #12 missed its SLA');
  });
});
