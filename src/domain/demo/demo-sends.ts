import type { DemoLanguage } from './demo-catalog.js';
import type { DemoSurvey } from './demo-surveys.js';
import type { DemoInvitation, DemoSegment, DemoSend } from './demo-types.js';

const ACTIVE_CUSTOMERS: Record<DemoLanguage, string> = { en: 'Active customers', de: 'Aktive Kunden' };

export function demoSegments(language: DemoLanguage): DemoSegment[] {
  return [{ key: 'active-customers', name: ACTIVE_CUSTOMERS[language], filter: { isChurned: false } }];
}

/**
 * The e-mail programmes behind the invitations: the relationship NPS to every active customer
 * every 90 days, the support surveys an hour after each `ticket_solved`, and the onboarding
 * surveys the CRM hands new customers to through the API. The link and widget surveys have no
 * send: another system hands out the link, and the widget asks whoever it targets.
 */
export function demoSends(
  surveys: readonly DemoSurvey[],
  invitations: readonly DemoInvitation[],
  createdAt: Date,
): DemoSend[] {
  return surveys.flatMap((survey): DemoSend[] => {
    if (survey.channel !== 'email') return [];
    const key = `send:${survey.key}`;
    const common = { key, surveyKey: survey.key, status: 'paused' as const, createdAt };
    const trigger = survey.definition.trigger;
    switch (trigger.kind) {
      case 'recurring':
        return [
          {
            ...common,
            kind: 'recurring',
            audience: { kind: 'segment', segmentKey: 'active-customers' },
            everyDays: trigger.everyDays,
            delaySeconds: 0,
          },
        ];
      case 'event':
        return [
          {
            ...common,
            kind: 'event',
            audience: { kind: 'event', event: trigger.event },
            everyDays: null,
            delaySeconds: trigger.delaySeconds,
          },
        ];
      case 'one_off': {
        const externalIds = [
          ...new Set(invitations.filter((i) => i.sendKey === key).map((i) => i.contactExternalId)),
        ].sort();
        return [
          {
            ...common,
            kind: 'api',
            audience: { kind: 'contacts', externalIds },
            everyDays: null,
            delaySeconds: 0,
          },
        ];
      }
    }
  });
}
