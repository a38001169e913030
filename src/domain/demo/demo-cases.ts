import { isCriticalScore } from '../cases/case-rules.js';
import { CASE_METRICS } from '../cases/case-rules.js';
import type { CaseStatus } from '../cases/sla-clock.js';
import type { ThemeKey } from './comment-themes.js';
import { DAY_MS, HOUR_MS } from './demo-time.js';
import type { DemoLanguage } from './demo-catalog.js';
import type { DemoFeedbackItem } from './demo-types.js';
import { createRandom } from './random.js';

/** What the case planner reads of a demo item (its stored id and the ground-truth themes). */
export interface DemoCaseItem {
  id: string;
  contactExternalId: string | null;
  channel: string;
  metric: string | null;
  score: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  occurredAt: Date;
  language: DemoLanguage;
  themes: readonly ThemeKey[];
  source?: string;
}

export interface DemoCaseEvent {
  at: Date;
  type: 'opened' | 'status' | 'reply' | 'customer-message' | 'note' | 'customer-escalated' | 'joined';
  author: 'person' | 'automation' | 'customer';
  body: string | null;
  data: Record<string, unknown>;
}

export interface DemoCasePlan {
  contactExternalId: string;
  itemIds: string[];
  channel: string;
  openedAt: Date;
  status: CaseStatus;
  rootCause: string | null;
  action: string | null;
  customerEscalatedAt: Date | null;
  language: DemoLanguage;
  events: DemoCaseEvent[];
  /**
   * The customer's answer to the re-survey after resolution (a detractor case resolved long
   * enough ago that the 30-day quiet period had passed), or null.
   */
  recovery: { score: number; at: Date } | null;
}

/** Where the demo's re-survey answers say they came from; never themselves a reason for a case. */
export const RECOVERY_SOURCE = 'Re-survey after resolution';

/** The organization's default quiet period, which the re-survey waits out (plus a day). */
const RECOVERY_AFTER_MS = 31 * DAY_MS;

/** How a followed-up detractor answers again: what was done weighs on it. */
const RECOVERED_SHARE: Record<string, number> = {
  refund: 0.7,
  replacement: 0.75,
  fix: 0.7,
  voucher: 0.6,
  explanation: 0.5,
  apology: 0.4,
  other: 0.4,
};

const ROOT_CAUSE: Partial<Record<ThemeKey, string>> = {
  checkout_complicated: 'usability',
  invoice_unclear: 'billing',
  support_slow: 'support-experience',
  export_missing: 'product-defect',
  app_crashes: 'product-defect',
  price_increase: 'price',
  performance_slow: 'product-defect',
  onboarding_confusing: 'communication',
  permissions_missing: 'product-defect',
};

const ACTION: Record<string, readonly string[]> = {
  usability: ['explanation', 'fix'],
  billing: ['refund', 'explanation', 'apology'],
  'support-experience': ['apology', 'voucher'],
  'product-defect': ['fix', 'replacement', 'apology'],
  price: ['voucher', 'explanation'],
  communication: ['explanation', 'apology'],
  other: ['apology', 'explanation'],
};

const TEXTS = {
  de: {
    first: (name: string) =>
      `Guten Tag,\n\nvielen Dank für Ihre offene Rückmeldung – das hätte nicht passieren dürfen. Ich kümmere mich persönlich darum und melde mich bis morgen mit einer Lösung.\n\nViele Grüße\n${name}`,
    done: {
      refund: 'Wir haben Ihnen den Betrag erstattet; die Gutschrift sehen Sie in 2–3 Werktagen.',
      replacement: 'Ein Ersatz ist heute an Sie rausgegangen.',
      voucher: 'Als Entschuldigung haben wir Ihrem Konto einen Gutschein über 20 € gutgeschrieben.',
      fix: 'Der Fehler ist behoben; das Update ist seit heute live.',
      explanation: 'Ich habe Ihnen die Schritte unten einmal zusammengestellt – so sollte es jetzt klappen.',
      apology: 'Es tut uns wirklich leid. Wir haben intern nachgeschärft, damit das nicht wieder vorkommt.',
    } as Record<string, string>,
    customer: 'Danke für die schnelle Antwort. Können Sie mir noch sagen, bis wann das erledigt ist?',
    waiting:
      'Könnten Sie uns bitte die Rechnungsnummer bzw. einen Screenshot schicken? Dann geht es sofort weiter.',
    escalate: 'Seit Tagen keine Lösung – ich möchte, dass sich jemand Verantwortliches meldet.',
    note: 'Kunde ist Key Account, bitte heute noch anrufen.',
  },
  en: {
    first: (name: string) =>
      `Hello,\n\nthank you for telling us so openly – this should not have happened. I am looking into it personally and will come back to you with a solution by tomorrow.\n\nBest regards\n${name}`,
    done: {
      refund: 'We have refunded the amount; you will see it on your statement within 2–3 business days.',
      replacement: 'A replacement went out to you today.',
      voucher: 'To make up for it, we have added a €20 voucher to your account.',
      fix: 'The bug is fixed; the update is live since today.',
      explanation: 'I have put the steps together below – this should work for you now.',
      apology: 'We are truly sorry. We have tightened things internally so this does not happen again.',
    } as Record<string, string>,
    customer: 'Thanks for the quick reply. Can you tell me when it will be sorted?',
    waiting: 'Could you send us the invoice number or a screenshot? Then we can continue right away.',
    escalate: 'Days without a solution – I want someone responsible to get in touch.',
    note: 'Key account, please call them today.',
  },
} as const;

type Story = 'new' | 'breaching' | 'open' | 'waiting' | 'escalated' | 'resolved' | 'closed';

/**
 * The newest cases are still being worked — the very newest not yet answered, a few waiting for the
 * customer or escalated by them — and the older ones were resolved and closed with their cause.
 */
function storyFor(rank: number, r: ReturnType<typeof createRandom>): Story {
  if (rank < 4) return rank < 2 ? 'new' : 'breaching';
  if (rank < 14)
    return r.weighted([
      ['waiting', 2],
      ['escalated', 1],
      ['open', 2],
    ] as const);
  return r.weighted([
    ['closed', 4],
    ['resolved', 1],
  ] as const);
}

/**
 * The demo's follow-up cases, planned from its own critical feedback of the last weeks: one case
 * per customer (their later critical feedback joins it), in every state a team lives with — new,
 * breaching, being worked, waiting for the customer, escalated by the customer, resolved and closed
 * with a root cause from what the comments were about and an action — with replies in the
 * customer's language. Seeded, so the same demo comes out the same.
 */
export function planDemoCases(
  items: readonly DemoCaseItem[],
  opts: { now: Date; agentName: string; seed: number | string; maxCases?: number; days?: number },
): DemoCasePlan[] {
  const since = opts.now.getTime() - (opts.days ?? 120) * DAY_MS;
  const rule = { metrics: CASE_METRICS, thresholds: {} };
  const critical = items
    .filter((i) => i.contactExternalId && i.occurredAt.getTime() >= since && i.occurredAt < opts.now)
    .filter((i) => i.source !== RECOVERY_SOURCE)
    .filter((i) =>
      isCriticalScore(rule, {
        ...i,
        surveyId: null,
        touchpoint: null,
        sentiment: null,
        themes: [],
        contact: null,
      }),
    )
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const byContact = new Map<string, DemoCaseItem[]>();
  for (const i of critical) {
    const key = i.contactExternalId as string;
    byContact.set(key, [...(byContact.get(key) ?? []), i]);
  }
  // A case covers a customer's latest burst of complaints (ten days up to their latest one);
  // earlier ones were followed up before the demo's window of work.
  const bursts = [...byContact.entries()].map(([contact, list]) => {
    const latest = (list[list.length - 1] as DemoCaseItem).occurredAt.getTime();
    return [contact, list.filter((i) => i.occurredAt.getTime() >= latest - 10 * DAY_MS)] as const;
  });
  const groups = bursts
    .sort((a, b) => (b[1][0]?.occurredAt.getTime() ?? 0) - (a[1][0]?.occurredAt.getTime() ?? 0))
    .slice(0, opts.maxCases ?? 90);
  const plans: DemoCasePlan[] = [];
  for (const [rank, [contact, group]] of groups.entries()) {
    const first = group[0] as DemoCaseItem;
    const r = createRandom(opts.seed).fork(`case:${contact}`);
    // The case opens a few minutes after the answer, as the pipeline would.
    const openedAt = new Date(first.occurredAt.getTime() + r.int(1, 5) * 60_000);
    const story = storyFor(rank, r);
    const t = TEXTS[first.language];
    const ev: DemoCaseEvent[] = [
      { at: openedAt, type: 'opened', author: 'automation', body: null, data: { itemId: first.id } },
    ];
    for (const j of group.slice(1))
      ev.push({
        at: j.occurredAt,
        type: 'joined',
        author: 'customer',
        body: null,
        data: { itemId: j.id, score: j.score, metric: j.metric },
      });
    const at = (ms: number) => new Date(Math.min(openedAt.getTime() + ms, opts.now.getTime() - 60_000));
    const status = (when: Date, s: CaseStatus) =>
      ev.push({ at: when, type: 'status', author: 'person', body: null, data: { status: s } });
    const rootCause = ROOT_CAUSE[first.themes.find((k) => ROOT_CAUSE[k]) ?? 'support_helpful'] ?? 'other';
    const action = r.pick(ACTION[rootCause] ?? ['apology']);
    let caseStatus: CaseStatus = 'new';
    let escalatedAt: Date | null = null;
    if (story !== 'new' && story !== 'breaching') {
      const replyAt = at(r.between(0.5, 5) * HOUR_MS);
      ev.push({ at: replyAt, type: 'reply', author: 'person', body: t.first(opts.agentName), data: {} });
      status(replyAt, 'open');
      caseStatus = 'open';
      if (r.chance(0.3))
        ev.push({
          at: at(r.between(1, 6) * HOUR_MS),
          type: 'note',
          author: 'person',
          body: t.note,
          data: {},
        });
      if (story === 'waiting') {
        const askAt = at(r.between(20, 30) * HOUR_MS);
        ev.push({ at: askAt, type: 'reply', author: 'person', body: t.waiting, data: {} });
        status(askAt, 'waiting');
        caseStatus = 'waiting';
      } else if (story === 'escalated') {
        escalatedAt = at(r.between(50, 70) * HOUR_MS);
        ev.push({
          at: escalatedAt,
          type: 'customer-escalated',
          author: 'customer',
          body: t.escalate,
          data: { level: 1, reason: t.escalate },
        });
      } else if (story === 'resolved' || story === 'closed') {
        const asked = at(r.between(8, 30) * HOUR_MS);
        ev.push({ at: asked, type: 'customer-message', author: 'customer', body: t.customer, data: {} });
        const doneAt = at(r.between(32, 90) * HOUR_MS);
        ev.push({
          at: doneAt,
          type: 'reply',
          author: 'person',
          body: t.done[action] ?? t.done.apology ?? '',
          data: {},
        });
        status(doneAt, 'resolved');
        caseStatus = 'resolved';
        if (story === 'closed') {
          status(at(r.between(95, 140) * HOUR_MS), 'closed');
          caseStatus = 'closed';
        }
      }
    }
    ev.sort((a, b) => a.at.getTime() - b.at.getTime());
    const resolvedAt = ev.find((e) => e.type === 'status' && e.data.status === 'resolved')?.at ?? null;
    const surveyAt = resolvedAt
      ? new Date(resolvedAt.getTime() + RECOVERY_AFTER_MS + r.between(0, 5) * DAY_MS)
      : null;
    const wasDetractor = first.metric === 'nps' && first.score !== null && first.score <= 6;
    const answers = r.chance(0.6);
    const recovered = r.chance(RECOVERED_SHARE[action] ?? 0.4);
    const recovery =
      wasDetractor && surveyAt && surveyAt < opts.now && answers
        ? {
            score: recovered
              ? r.weighted([
                  [7, 1],
                  [8, 2],
                  [9, 2],
                  [10, 1],
                ] as const)
              : r.int(2, 6),
            at: surveyAt,
          }
        : null;
    plans.push({
      recovery,
      contactExternalId: contact,
      itemIds: group.map((g) => g.id),
      channel: first.channel,
      openedAt,
      status: caseStatus,
      rootCause: caseStatus === 'closed' || caseStatus === 'resolved' ? rootCause : null,
      action: caseStatus === 'closed' || caseStatus === 'resolved' ? action : null,
      customerEscalatedAt: escalatedAt,
      language: first.language,
      events: ev,
    });
  }
  return plans;
}

/**
 * The followed-up detractors' answers to the re-survey after resolution, as feedback items of the
 * dataset (recorded like scores from another system), so the demo's recovery report has something
 * to count and every figure computed from the dataset includes them.
 */
export function recoveryAnswers(
  items: readonly (Omit<DemoCaseItem, 'id'> & { externalRef: string })[],
  now: Date,
  seed: number | string,
): DemoFeedbackItem[] {
  const plans = planDemoCases(
    items.map((i) => ({ ...i, id: i.externalRef })),
    { now, agentName: '', seed },
  );
  return plans.flatMap((p) =>
    p.recovery
      ? [
          {
            contactExternalId: p.contactExternalId,
            channel: 'other' as const,
            source: RECOVERY_SOURCE,
            metric: 'nps' as const,
            score: p.recovery.score,
            scaleMin: 0,
            scaleMax: 10,
            text: null,
            language: p.language,
            product: null,
            // The re-survey asks the relationship question again.
            touchpoint: 'relationship' as const,
            occurredAt: p.recovery.at,
            externalRef: `recovery:${p.contactExternalId}`,
            themes: [],
          },
        ]
      : [],
  );
}
