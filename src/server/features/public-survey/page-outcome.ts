import type {
  FollowUpPageModel,
  LinkPageModel,
  MessagePageModel,
  PageBase,
  ScorePageModel,
  UnsubscribePageModel,
} from '../../../survey-pages/index.js';

/**
 * The page a use case decided on, as the model its render function takes: the use cases pick
 * what to show, `public-page.view.ts` (next to the routes) turns it into HTML.
 */
export type PageView =
  | { page: 'score'; model: ScorePageModel }
  | { page: 'follow-up'; model: FollowUpPageModel }
  | { page: 'link'; model: LinkPageModel }
  | { page: 'message'; model: MessagePageModel }
  | { page: 'thanks'; model: PageBase }
  | { page: 'unsubscribe'; model: UnsubscribePageModel }
  | { page: 'unsubscribed'; model: PageBase };

/** What a public page request ends in: a page (with its status) or a redirect after a POST. */
export type PageOutcome =
  | { kind: 'page'; status: number; view: PageView }
  | { kind: 'redirect'; location: string; recorded?: { responseId: string; score: number | null } };

export const pageOutcome = (status: number, view: PageView): PageOutcome => ({ kind: 'page', status, view });

export const redirectTo = (location: string): PageOutcome => ({ kind: 'redirect', location });

/** Tells an outcome (the request ends here) from a use case's own intermediate result, which never carries `kind`. */
export const isPageOutcome = <T extends object>(v: T | PageOutcome): v is PageOutcome => 'kind' in v;
