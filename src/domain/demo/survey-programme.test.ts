import { describe, expect, it } from 'vitest';
import { ZSurveyDefinition } from '../../shared/contracts/survey-model.js';
import type { DemoInvitation } from './demo-types.js';
import { generateDemoDataset } from './generate-demo-dataset.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

describe('the demo survey programme', () => {
  const ds = generateDemoDataset({ now: NOW, companyName: 'Acme & Söhne $&', language: 'de' });
  const surveyByKey = new Map(ds.surveys.map((s) => [s.key, s]));
  const invitationByKey = new Map(ds.invitations.map((i) => [i.key, i]));
  const contactById = new Map(ds.contacts.map((c) => [c.externalId, c]));
  const byContact = new Map<string, DemoInvitation[]>();
  for (const inv of ds.invitations)
    byContact.set(inv.contactExternalId, [...(byContact.get(inv.contactExternalId) ?? []), inv]);
  const email = ds.invitations.filter((i) => i.channel === 'email');
  const ms = (d: Date | null) => d?.getTime() ?? Number.NaN;

  it('builds valid surveys from the templates, named in the organization language and naming the company', () => {
    expect(ds.surveys.map((s) => s.templateId)).toEqual(
      expect.arrayContaining(['relationship-nps', 'csat-after-support', 'ces-after-resolution']),
    );
    for (const s of ds.surveys) {
      expect(ZSurveyDefinition.safeParse(s.definition).success, s.key).toBe(true);
      expect(JSON.stringify(s.definition)).not.toContain('{company}');
    }
    expect(surveyByKey.get('relationship-nps')?.name).toBe('Beziehungs-NPS');
    expect(surveyByKey.get('relationship-nps')?.definition.trigger).toEqual({
      kind: 'recurring',
      everyDays: 90,
    });
    // "$&" in a company name stays literal.
    expect(surveyByKey.get('relationship-nps')?.definition.questions[0]?.prompt.de).toContain(
      'Acme & Söhne $&',
    );
    for (const key of ['support-csat', 'support-ces'] as const) {
      expect(surveyByKey.get(key)?.definition.trigger).toEqual({
        kind: 'event',
        event: 'ticket_solved',
        delaySeconds: 3600,
      });
    }
    expect(new Set(ds.surveys.map((s) => s.name)).size).toBe(ds.surveys.length);
    expect(generateDemoDataset({ now: NOW }).surveys.find((s) => s.key === 'relationship-nps')?.name).toBe(
      'Relationship NPS',
    );
  });

  it('has paused sends: the relationship NPS every 90 days to active customers, the support surveys an hour after ticket_solved', () => {
    const send = (surveyKey: string) => ds.sends.find((s) => s.surveyKey === surveyKey);
    expect(send('relationship-nps')).toMatchObject({
      kind: 'recurring',
      everyDays: 90,
      audience: { kind: 'segment', segmentKey: 'active-customers' },
    });
    expect(ds.segments).toEqual([
      { key: 'active-customers', name: 'Aktive Kunden', filter: { isChurned: false } },
    ]);
    for (const key of ['support-csat', 'support-ces'])
      expect(send(key)).toMatchObject({
        kind: 'event',
        audience: { kind: 'event', event: 'ticket_solved' },
        delaySeconds: 3600,
      });
    expect(ds.sends.every((s) => s.status === 'paused')).toBe(true);
    for (const inv of ds.invitations) {
      if (inv.channel === 'email')
        expect(
          ds.sends.some((s) => s.key === inv.sendKey && s.surveyKey === inv.surveyKey),
          inv.key,
        ).toBe(true);
      else expect(inv.sendKey).toBeNull();
    }
  });

  it('sends the support surveys exactly an hour after a ticket_solved event of the contact', () => {
    const solved = new Set(
      ds.events
        .filter((e) => e.type === 'ticket_solved')
        .map((e) => `${e.contactExternalId}@${e.occurredAt.getTime()}`),
    );
    const support = ds.invitations.filter(
      (i) => i.surveyKey === 'support-csat' || i.surveyKey === 'support-ces',
    );
    expect(support.length).toBeGreaterThan(1000);
    for (const inv of support)
      expect(solved.has(`${inv.contactExternalId}@${ms(inv.scheduledFor) - HOUR_MS}`), inv.key).toBe(true);
  });

  it('gives every survey answer one response, keyed by question id, to an invitation answered when the item says', () => {
    const answers = ds.feedbackItems.filter((i) => i.channel === 'survey');
    expect(ds.responses).toHaveLength(answers.length);
    expect(new Set(ds.responses.map((r) => r.itemRef))).toEqual(new Set(answers.map((i) => i.externalRef)));
    expect(new Set(ds.responses.map((r) => r.invitationKey)).size).toBe(ds.responses.length);
    const itemByRef = new Map(answers.map((i) => [i.externalRef, i]));
    for (const r of ds.responses) {
      const item = itemByRef.get(r.itemRef);
      const inv = invitationByKey.get(r.invitationKey);
      const survey = surveyByKey.get(r.surveyKey);
      expect(item && inv && survey, r.itemRef).toBeTruthy();
      if (!item || !inv || !survey) continue;
      expect(survey.definition.metric).toBe(item.metric);
      expect(r.answers).toEqual(
        item.text === null
          ? { [item.metric ?? '']: item.score }
          : { [item.metric ?? '']: item.score, why: item.text },
      );
      expect([inv.status, inv.surveyKey, inv.channel, inv.contactExternalId, r.contactExternalId]).toEqual([
        'sent',
        r.surveyKey,
        r.channel,
        item.contactExternalId,
        item.contactExternalId,
      ]);
      expect(ms(inv.answeredAt)).toBe(item.occurredAt.getTime());
      expect(ms(r.answeredAt)).toBe(item.occurredAt.getTime());
      expect(ms(inv.sentAt)).toBeLessThan(item.occurredAt.getTime());
      expect(r.language).toBe(item.language);
    }
    const channels = (c: string) => ds.responses.filter((r) => r.channel === c).length;
    expect(channels('email') / ds.responses.length).toBeGreaterThan(0.8);
    expect(channels('link')).toBeGreaterThan(50);
    expect(channels('widget')).toBeGreaterThan(50);
  });

  it('leaves many invitations unanswered, with a plausible response rate per channel', () => {
    const sent = email.filter((i) => i.sentAt !== null);
    const rate = sent.filter((i) => i.answeredAt !== null).length / sent.length;
    expect(rate).toBeGreaterThan(0.35);
    expect(rate).toBeLessThan(0.6);
    for (const channel of ['link', 'widget'] as const) {
      const shown = ds.invitations.filter((i) => i.channel === channel);
      expect(shown.filter((i) => i.answeredAt === null).length, channel).toBeGreaterThan(50);
    }
    for (const inv of ds.invitations) {
      expect(ms(inv.scheduledFor)).toBeLessThanOrEqual(NOW.getTime());
      expect(ms(inv.scheduledFor)).toBeGreaterThanOrEqual(ds.programmeStartedAt.getTime());
    }
    expect(new Set(ds.invitations.map((i) => i.key)).size).toBe(ds.invitations.length);
    expect(ds.invitations.every((i) => i.language === contactById.get(i.contactExternalId)?.language)).toBe(
      true,
    );
  });

  it('reminds non-responders once, three days after the invitation, and nudges e-mail answers without a comment a day later', () => {
    const due = email.filter(
      (i) => i.status === 'sent' && i.answeredAt === null && ms(i.sentAt) + 3 * DAY_MS <= NOW.getTime(),
    );
    expect(due.filter((i) => i.remindedAt !== null).length / due.length).toBeGreaterThan(0.95);
    for (const inv of ds.invitations.filter((i) => i.remindedAt !== null)) {
      expect(inv.channel).toBe('email');
      expect(ms(inv.remindedAt)).toBe(ms(inv.sentAt) + 3 * DAY_MS);
      // An answer cancels the reminder: only answers that came after it have one.
      if (inv.answeredAt) expect(ms(inv.answeredAt)).toBeGreaterThan(ms(inv.remindedAt));
    }
    expect(email.filter((i) => i.answeredAt && i.remindedAt).length).toBeGreaterThan(100);

    const itemByRef = new Map(ds.feedbackItems.map((i) => [i.externalRef, i]));
    const nudged = ds.responses.filter((r) => invitationByKey.get(r.invitationKey)?.nudgedAt);
    expect(nudged.length).toBeGreaterThan(100);
    for (const r of nudged) {
      const inv = invitationByKey.get(r.invitationKey);
      expect(r.channel).toBe('email');
      expect(itemByRef.get(r.itemRef)?.text).toBeNull();
      expect(ms(inv?.nudgedAt ?? null)).toBe(ms(inv?.answeredAt ?? null) + 24 * HOUR_MS);
    }
    expect(ds.invitations.filter((i) => i.nudgedAt && !i.answeredAt)).toEqual([]);
  });

  it('throttles by the quiet period and the recontact period, until exactly that period after an earlier invitation', () => {
    const throttled = ds.invitations.filter(
      (i) => i.skipReason === 'quiet_period' || i.skipReason === 'recontact_period',
    );
    for (const reason of ['quiet_period', 'recontact_period'])
      expect(throttled.filter((i) => i.skipReason === reason).length, reason).toBeGreaterThan(20);
    for (const inv of throttled) {
      expect([inv.status, inv.sentAt, inv.answeredAt]).toEqual(['skipped', null, null]);
      const days =
        inv.skipReason === 'quiet_period'
          ? 30
          : (surveyByKey.get(inv.surveyKey)?.recontactPeriodDays ?? Number.NaN);
      const earlier = (byContact.get(inv.contactExternalId) ?? []).filter(
        (o) =>
          o.sentAt !== null &&
          ms(o.sentAt) < ms(inv.scheduledFor) &&
          (inv.skipReason === 'quiet_period' || o.surveyKey === inv.surveyKey),
      );
      expect(
        earlier.some((o) => ms(o.sentAt) + days * DAY_MS === ms(inv.skipUntil)),
        inv.key,
      ).toBe(true);
      expect(ms(inv.skipUntil)).toBeGreaterThan(ms(inv.scheduledFor));
    }
  });

  it('honours opt-outs, bounces and unsubscribes: suppressed addresses get no more e-mail', () => {
    const optedOut = ds.contacts.filter((c) => c.isEmailOptOut);
    expect(optedOut.length).toBeGreaterThanOrEqual(2);
    const optOutSkips = ds.invitations.filter((i) => i.skipReason === 'email_opt_out');
    expect(new Set(optOutSkips.map((i) => i.contactExternalId))).toEqual(
      new Set(optedOut.map((c) => c.externalId)),
    );

    const bounced = ds.invitations.filter((i) => i.status === 'bounced');
    const unsubscribed = ds.invitations.filter((i) => i.unsubscribedAt !== null);
    expect(bounced.length).toBeGreaterThanOrEqual(3);
    expect(unsubscribed.length).toBeGreaterThanOrEqual(1);
    const suppressed = new Map(ds.suppressions.map((s) => [s.email, s]));
    expect(ds.suppressions).toHaveLength(bounced.length + unsubscribed.length);
    for (const [list, reason] of [
      [bounced, 'bounced'],
      [unsubscribed, 'unsubscribed'],
    ] as const) {
      for (const inv of list) {
        const address = contactById.get(inv.contactExternalId)?.email ?? '';
        expect(suppressed.get(address)?.reason).toBe(reason);
        expect(ms(inv.bouncedAt ?? inv.unsubscribedAt)).toBe(ms(suppressed.get(address)?.at ?? null));
        expect(inv.remindedAt).toBeNull();
        const later = email.filter(
          (o) => o.contactExternalId === inv.contactExternalId && ms(o.scheduledFor) > ms(inv.scheduledFor),
        );
        expect(later.every((o) => o.status === 'skipped' && o.skipReason === 'email_suppressed')).toBe(true);
      }
    }
    expect(bounced.every((i) => i.deliveredAt === null && ms(i.bouncedAt) > ms(i.sentAt))).toBe(true);
    expect(ds.invitations.filter((i) => i.skipReason === 'email_suppressed').length).toBeGreaterThan(0);
  });
});
