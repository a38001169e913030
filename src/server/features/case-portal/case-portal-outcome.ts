import type { CaseConfirmationView, CasePageView, PageBase } from '../../../survey-pages/index.js';

/** A case page a use case decided on, as the model its render function takes (`case-portal.view.ts`). */
export type CasePortalView =
  | { page: 'case'; model: CasePageView }
  | { page: 'message-received'; model: CaseConfirmationView & { reopened: boolean } }
  | { page: 'escalated'; model: CaseConfirmationView }
  | {
      page: 'escalation-refused';
      model: PageBase & { caseUrl: string; reason: 'not-open' | 'already-escalated' };
    }
  | { page: 'link-error'; model: PageBase & { kind: 'invalid' | 'expired' } };

/** What a request to the customer's case pages ends in: a page with its status, or a redirect after a POST. */
export type CasePortalOutcome =
  | { kind: 'page'; status: number; view: CasePortalView }
  | { kind: 'redirect'; location: string };

export const casePage = (status: number, view: CasePortalView): CasePortalOutcome => ({
  kind: 'page',
  status,
  view,
});

export const redirectTo = (location: string): CasePortalOutcome => ({ kind: 'redirect', location });

export const isOutcome = <T extends object>(v: T | CasePortalOutcome): v is CasePortalOutcome => 'kind' in v;
