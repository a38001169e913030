import type { ContactProfile } from './contact-profiles.js';
import { CHAT_SOURCE, TICKET_SOURCE, type Product } from './demo-catalog.js';
import { cesScore, csatScore } from './demo-scores.js';
import { DAY_MS, HOUR_MS } from './demo-time.js';
import { SUPPORT_SURVEY_DELAY_MS } from './demo-surveys.js';
import type { DemoFeedbackItem } from './demo-types.js';
import { isAppTrouble, trendEffect, type DemoWorld } from './demo-world.js';
import type { Random } from './random.js';
import { chatText, ISSUE_THEME, pickIssue, ticketText, type Issue } from './support-messages.js';
import { surveyAnswer } from './survey-answer.js';
import type { SolvedTicket, SurveyAsk } from './survey-asks.js';

export interface SupportCaseOutcome {
  items: DemoFeedbackItem[];
  /** The CSAT and CES invitations the solved ticket triggered, answered or not. */
  asks: SurveyAsk[];
  /** Null while the ticket is still open at `now`. */
  solved: SolvedTicket | null;
}

/** Issues that are hard to resolve leave customers feeling it took effort, however fast we were. */
const ISSUE_EFFORT: Record<Issue, number> = {
  invoice: -0.2,
  export: -0.3,
  app_crash: -0.5,
  login: 0.2,
  payment: -0.3,
  howto: 0.4,
  slow: -0.3,
  sso: -0.4,
};

function issueProduct(rng: Random, issue: Issue, c: ContactProfile): Product | null {
  if (issue === 'app_crash') return 'Mobile App';
  if (issue === 'export' || issue === 'slow') return 'Analytics';
  if (issue === 'invoice' || issue === 'payment') return null; // about our billing, not a product
  return rng.pick(c.products);
}

/**
 * One support case: perhaps its ticket text, then the CSAT survey after it and the CES survey
 * once it is resolved. Slow resolutions cost satisfaction and effort scores, so resolution
 * time and the support themes line up in the data.
 */
export function supportCase(
  rng: Random,
  world: DemoWorld,
  c: ContactProfile,
  openedMs: number,
  seq: number,
): SupportCaseOutcome {
  const issue = pickIssue(rng, c.products, isAppTrouble(world, openedMs), c.segment === 'Enterprise');
  const product = issueProduct(rng, issue, c);
  const hours = Math.exp(rng.normal(Math.log(c.segment === 'Enterprise' ? 10 : 20), 0.9));
  const resolvedMs = openedMs + hours * HOUR_MS;
  const slowness = -0.45 * Math.log(hours / 20);
  const id = `${c.externalId}:${seq}`;
  const issueTheme = ISSUE_THEME[issue];
  const items: DemoFeedbackItem[] = [];

  if (rng.chance(0.14)) {
    items.push({
      contactExternalId: c.externalId,
      channel: 'ticket',
      source: TICKET_SOURCE,
      metric: null,
      score: null,
      scaleMin: null,
      scaleMax: null,
      text: ticketText(rng, c.language, issue, product ?? c.products[0] ?? 'Analytics'),
      language: c.language,
      product,
      touchpoint: 'support',
      occurredAt: new Date(openedMs),
      externalRef: `demo:ticket:${id}`,
      themes: issueTheme ? [issueTheme] : [],
    });
  }

  // Both answers come at least an hour after the ticket was solved, after their invitations.
  const csatAt = resolvedMs + rng.between(0.1, 2) * DAY_MS;
  let csatRef: string | null = null;
  if (csatAt <= world.nowMs && rng.chance(0.25 + 0.45 * c.responsiveness)) {
    const eta = 0.25 + 0.6 * c.loyalty + trendEffect(world, csatAt) + slowness;
    csatRef = `demo:csat:support:${id}`;
    items.push(
      surveyAnswer(rng, world, {
        contact: c,
        metric: 'csat',
        score: csatScore(rng, eta),
        touchpoint: 'support',
        product,
        atMs: csatAt,
        externalRef: csatRef,
        issueTheme,
      }),
    );
  }

  const cesAt = resolvedMs + rng.between(0.05, 1) * DAY_MS;
  let cesRef: string | null = null;
  if (cesAt <= world.nowMs && rng.chance(0.15 + 0.35 * c.responsiveness)) {
    const eta = 0.5 * c.loyalty + trendEffect(world, cesAt) + slowness + ISSUE_EFFORT[issue];
    cesRef = `demo:ces:support:${id}`;
    items.push(
      surveyAnswer(rng, world, {
        contact: c,
        metric: 'ces',
        score: cesScore(rng, eta),
        touchpoint: 'support',
        product,
        atMs: cesAt,
        externalRef: cesRef,
        issueTheme,
      }),
    );
  }

  const sentAtMs = resolvedMs + SUPPORT_SURVEY_DELAY_MS;
  if (sentAtMs > world.nowMs)
    return { items, asks: [], solved: resolvedMs <= world.nowMs ? { ref: id, atMs: resolvedMs } : null };
  const asks: SurveyAsk[] = [
    { survey: 'support-csat', timing: 'sent', atMs: sentAtMs, answerRef: csatRef },
    { survey: 'support-ces', timing: 'sent', atMs: sentAtMs, answerRef: cesRef },
  ];
  return { items, asks, solved: { ref: id, atMs: resolvedMs } };
}

/** A website chat: a short question, no score. */
export function chatMessage(
  rng: Random,
  world: DemoWorld,
  c: ContactProfile,
  atMs: number,
  seq: number,
): DemoFeedbackItem {
  const issue = pickIssue(rng, c.products, isAppTrouble(world, atMs), c.segment === 'Enterprise');
  const theme = ISSUE_THEME[issue];
  return {
    contactExternalId: c.externalId,
    channel: 'chat',
    source: CHAT_SOURCE,
    metric: null,
    score: null,
    scaleMin: null,
    scaleMax: null,
    text: chatText(rng, c.language, issue),
    language: c.language,
    product: issueProduct(rng, issue, c),
    touchpoint: 'support',
    occurredAt: new Date(atMs),
    externalRef: `demo:chat:${c.externalId}:${seq}`,
    themes: theme ? [theme] : [],
  };
}
