import { describe, expect, it } from 'vitest';
import { decideSend, type DecideSendInput } from './decide-send.js';

const DAY = 86_400_000;
const NOW = new Date('2026-03-15T10:00:00.000Z');
const ago = (days: number): Date => new Date(NOW.getTime() - days * DAY);

function input(
  over: Omit<Partial<DecideSendInput>, 'contact'> & { contact?: Partial<DecideSendInput['contact']> } = {},
): DecideSendInput {
  const { contact, ...rest } = over;
  return {
    channel: 'email',
    contact: { isNeverSurvey: false, isEmailOptOut: false, hasEmail: true, ...contact },
    lastInvitedAt: null,
    lastInvitedToSurveyAt: null,
    recontactPeriodDays: 90,
    quota: { planId: 'starter', usedThisMonth: 0, overQuota: 'refuse' },
    now: NOW,
    ...rest,
  };
}

describe('decideSend', () => {
  it('sends to a consenting contact never invited, within quota', () => {
    expect(decideSend(input())).toEqual({ send: true });
  });

  it('names each consent and address reason, without a retry time', () => {
    expect(decideSend(input({ contact: { isErased: true } }))).toEqual({ send: false, reason: 'erased' });
    expect(decideSend(input({ contact: { isNeverSurvey: true } }))).toEqual({
      send: false,
      reason: 'never_survey',
    });
    expect(decideSend(input({ contact: { isEmailOptOut: true } }))).toEqual({
      send: false,
      reason: 'email_opt_out',
    });
    expect(decideSend(input({ contact: { isEmailSuppressed: true } }))).toEqual({
      send: false,
      reason: 'email_suppressed',
    });
    expect(decideSend(input({ contact: { hasEmail: false } }))).toEqual({ send: false, reason: 'no_email' });
  });

  it('applies e-mail consent and address only to the e-mail channel; never-survey to every channel', () => {
    const noMail = { isEmailOptOut: true, hasEmail: false, isEmailSuppressed: true };
    expect(decideSend(input({ channel: 'widget', contact: noMail }))).toEqual({ send: true });
    expect(decideSend(input({ channel: 'link', contact: noMail }))).toEqual({ send: true });
    expect(decideSend(input({ channel: 'widget', contact: { isNeverSurvey: true } }))).toMatchObject({
      reason: 'never_survey',
    });
  });

  it('puts consent before throttling and quota: a "never" is never reported as throttled', () => {
    const everythingBlocks = input({
      contact: { isNeverSurvey: true, isEmailOptOut: true, hasEmail: false },
      lastInvitedAt: ago(1),
      lastInvitedToSurveyAt: ago(1),
      quota: { planId: 'starter', usedThisMonth: 50, overQuota: 'hold' },
    });
    expect(decideSend(everythingBlocks)).toEqual({ send: false, reason: 'never_survey' });
    expect(
      decideSend({ ...everythingBlocks, contact: { ...everythingBlocks.contact, isErased: true } }),
    ).toEqual({ send: false, reason: 'erased' });
    expect(
      decideSend({ ...everythingBlocks, contact: { ...everythingBlocks.contact, isNeverSurvey: false } }),
    ).toEqual({ send: false, reason: 'email_opt_out' });
  });

  it('throttles by the global quiet period (default 30 days), allowed from exactly 30 days on', () => {
    const just = decideSend(input({ lastInvitedAt: new Date(NOW.getTime() - 30 * DAY + 1) }));
    expect(just).toEqual({ send: false, reason: 'quiet_period', until: new Date(NOW.getTime() + 1) });
    expect(decideSend(input({ lastInvitedAt: ago(30) }))).toEqual({ send: true });
    expect(decideSend(input({ lastInvitedAt: ago(31) }))).toEqual({ send: true });
    expect(decideSend(input({ lastInvitedAt: ago(5), quietPeriodDays: 7 }))).toEqual({
      send: false,
      reason: 'quiet_period',
      until: new Date(ago(5).getTime() + 7 * DAY),
    });
    expect(decideSend(input({ lastInvitedAt: ago(0), quietPeriodDays: 0 }))).toEqual({ send: true });
  });

  it('throttles by the survey recontact period, allowed from exactly that many days on', () => {
    expect(decideSend(input({ lastInvitedToSurveyAt: ago(89) }))).toEqual({
      send: false,
      reason: 'recontact_period',
      until: new Date(ago(89).getTime() + 90 * DAY),
    });
    expect(decideSend(input({ lastInvitedAt: ago(90), lastInvitedToSurveyAt: ago(90) }))).toEqual({
      send: true,
    });
    expect(decideSend(input({ lastInvitedToSurveyAt: ago(1), recontactPeriodDays: null }))).toEqual({
      send: true,
    });
  });

  it('reports the throttle that ends later, so `until` is when the send can really go', () => {
    // Quiet period ends in 29 days, recontact in 60: recontact is the binding one.
    expect(decideSend(input({ lastInvitedAt: ago(1), lastInvitedToSurveyAt: ago(30) }))).toMatchObject({
      reason: 'recontact_period',
      until: new Date(ago(30).getTime() + 90 * DAY),
    });
    // Another survey asked yesterday; this survey's period ended long ago.
    expect(decideSend(input({ lastInvitedAt: ago(1), lastInvitedToSurveyAt: ago(100) }))).toMatchObject({
      reason: 'quiet_period',
      until: new Date(ago(1).getTime() + 30 * DAY),
    });
    // Short recontact period inside a longer quiet period: quiet period binds.
    expect(
      decideSend(input({ lastInvitedAt: ago(2), lastInvitedToSurveyAt: ago(2), recontactPeriodDays: 7 })),
    ).toMatchObject({ reason: 'quiet_period' });
    // Tie: the survey's own period is named.
    expect(
      decideSend(input({ lastInvitedAt: ago(2), lastInvitedToSurveyAt: ago(2), recontactPeriodDays: 30 })),
    ).toMatchObject({ reason: 'recontact_period' });
  });

  it('puts throttling before quota', () => {
    expect(
      decideSend(
        input({
          lastInvitedAt: ago(1),
          quota: { planId: 'starter', usedThisMonth: 50, overQuota: 'refuse' },
        }),
      ),
    ).toMatchObject({ reason: 'quiet_period' });
  });

  it('refuses or holds sends over the plan quota until the next UTC month, using the plan table', () => {
    expect(
      decideSend(input({ quota: { planId: 'starter', usedThisMonth: 49, overQuota: 'refuse' } })),
    ).toEqual({ send: true });
    const next = new Date('2026-04-01T00:00:00.000Z');
    expect(
      decideSend(input({ quota: { planId: 'starter', usedThisMonth: 50, overQuota: 'refuse' } })),
    ).toEqual({ send: false, reason: 'quota_exceeded', until: next, hold: false });
    expect(decideSend(input({ quota: { planId: 'starter', usedThisMonth: 50, overQuota: 'hold' } }))).toEqual(
      { send: false, reason: 'quota_exceeded', until: next, hold: true },
    );
    expect(
      decideSend(input({ quota: { planId: 'selfhosted', usedThisMonth: 10_000_000, overQuota: 'refuse' } })),
    ).toEqual({ send: true });
  });

  it('accepts epoch milliseconds as well as Dates', () => {
    expect(decideSend(input({ now: NOW.getTime(), lastInvitedAt: ago(10).getTime() }))).toMatchObject({
      reason: 'quiet_period',
      until: new Date(ago(10).getTime() + 30 * DAY),
    });
  });

  it('refuses nonsense periods and times instead of deciding on them', () => {
    expect(() => decideSend(input({ quietPeriodDays: -1 }))).toThrow(RangeError);
    expect(() => decideSend(input({ recontactPeriodDays: Number.NaN }))).toThrow(/recontactPeriodDays/);
    expect(() => decideSend(input({ quietPeriodDays: 86_400 }))).toThrow(/quietPeriodDays/);
    expect(() => decideSend(input({ now: new Date('nope') }))).toThrow(/now/);
  });
});
