import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../src/shared/contracts/cases.js';
import type { TFeedbackItem } from '../../src/shared/contracts/feedback.js';
import type { TThemes } from '../../src/shared/contracts/themes.js';
import { expectNoAxeViolations, openDashboard, type DashboardSession } from './helpers/dashboard.js';
import {
  caseShot,
  inEachLayout,
  sidewaysOverflow,
  signUpWithApiKey,
  withApiKey,
} from './helpers/case-session.js';

/**
 * "Why this tag" in Chromium: a comment shows the words that decided its labels; an agent
 * disagrees with a theme in one click and the Themes page counts it no more, undo brings it back;
 * a sentiment label is corrected; the drill-down shows the same tags; at 1440 and 390 px in
 * English and German, checked with axe.
 */
describe('verdicts on tags in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;
  let apiKey = '';
  const ids: string[] = [];

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const billingMentions = async () => {
    const res = await page.request.get(`/api/v1/themes?from=${day(-30)}&to=${day(1)}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as TThemes).themes.find((x) => x.id === 'billing')?.mentions ?? 0;
  };
  /** The Themes page's count for billing (0 when it is not listed among the mentioned themes). */
  const billingOnThemesPage = async () => {
    await page.goto('/themes?period=30d');
    await page.getByTestId('theme-list').waitFor({ timeout: 30_000 });
    const row = page.locator('[data-testid="theme-row"][data-theme="billing"]');
    if ((await row.count()) === 0) return 0;
    return Number((await row.getByTestId('theme-mentions').textContent())?.replace(/\D/g, ''));
  };
  const openDetail = async () => {
    await page.goto('/feedback');
    const row = page.locator(`[data-testid="feedback-row"][data-id="${ids[0]}"]`);
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    await page.getByTestId('feedback-detail-tags').waitFor();
  };

  it('shows a comment with the words that decided its labels', async () => {
    if (!session) throw new Error('no session');
    ({ apiKey } = await signUpWithApiKey(session, {
      name: 'Agnes Agent',
      emailPrefix: 'verdicts',
      organization: 'Urteilswerk GmbH',
    }));
    const texts = [
      'Die Rechnung war doppelt abgebucht und die Lieferung kam zu spät.',
      'Schon wieder eine falsche Rechnung, sehr ärgerlich.',
    ];
    const res = await withApiKey(
      session,
      apiKey,
      'POST',
      '/api/v1/feedback',
      texts.map((text, i) => ({
        channel: 'review',
        rating: { value: 3 + i, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        text,
        occurredAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
        externalRef: `verdict-${i}`,
      })),
    );
    expect(res.status).toBe(200);
    ids.push(...((await res.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id));
    // The text stage reads them in the background.
    await expect
      .poll(
        async () => {
          const item = (await (await page.request.get(`/api/v1/feedback/${ids[0]}`)).json()) as TFeedbackItem;
          return item.analysis?.themes.map((x) => x.id).sort() ?? [];
        },
        { timeout: 30_000 },
      )
      .toEqual(['billing', 'delivery']);
    await expect.poll(billingMentions, { timeout: 30_000 }).toBe(2);

    await openDetail();
    const marked = await page
      .getByTestId('feedback-detail-text')
      .locator('mark.evidence')
      .evaluateAll((marks) => marks.map((m) => m.textContent));
    expect(marked).toEqual(expect.arrayContaining(['Rechnung', 'Lieferung']));
    expect(await page.getByTestId('feedback-detail-text').textContent()).toContain(
      'Die Rechnung war doppelt abgebucht',
    );
    await expectNoAxeViolations(page, '/feedback (details with tags)');
    await caseShot(page, 'tag-verdicts-detail-1440-en', false);
  });

  it('a disagreed theme is gone from the Themes page’s count; undo brings it back', async () => {
    expect(await billingOnThemesPage()).toBe(2);
    await openDetail();
    await page.getByRole('button', { name: 'Disagree: Billing and payment' }).click();
    const chip = page.locator('[data-testid="theme-tag"][data-theme="billing"]');
    await expect.poll(() => chip.getAttribute('data-verdict')).toBe('disagree');
    expect(await chip.locator('s').textContent()).toBe('Billing and payment');
    // Its words are no longer marked; the delivery theme's still are.
    await expect
      .poll(() =>
        page
          .getByTestId('feedback-detail-text')
          .locator('mark[data-tone="theme"]')
          .evaluateAll((marks) => marks.map((m) => m.textContent)),
      )
      .toEqual(['Lieferung']);
    await expect.poll(billingMentions).toBe(1);
    await caseShot(page, 'tag-verdicts-disagreed-1440-en', false);
    expect(await billingOnThemesPage()).toBe(1);
    // The Themes page shows how often the analyser's billing tag was right by the team's verdicts.
    const precision = page.locator(
      '[data-testid="theme-row"][data-theme="billing"] [data-testid="theme-precision"]',
    );
    await precision.waitFor();
    expect(await precision.textContent()).toContain('Tagged right in 0 of 1 judged comments');
    await expectNoAxeViolations(page, '/themes (precision)');
    await caseShot(page, 'tag-verdicts-themes-1440-en');

    await openDetail();
    await page.getByRole('button', { name: 'Undo: Billing and payment' }).click();
    await expect.poll(() => chip.getAttribute('data-verdict')).toBe(null);
    await expect.poll(billingMentions).toBe(2);
    expect(await billingOnThemesPage()).toBe(2);
  });

  it('corrects a sentiment label', async () => {
    await openDetail();
    const tag = page.getByTestId('feedback-detail-tags').getByTestId('sentiment-tag');
    const before = await tag.getAttribute('data-label');
    expect(before).toBe('negative');
    await page.getByRole('button', { name: 'Correct: sentiment Negative' }).click();
    await page.getByRole('menuitem', { name: 'It is Neutral' }).click();
    await expect.poll(() => tag.getAttribute('data-label')).toBe('neutral');
    expect(await tag.textContent()).toContain('Corrected from Negative');
    await expect
      .poll(async () => {
        const item = (await (await page.request.get(`/api/v1/feedback/${ids[0]}`)).json()) as TFeedbackItem;
        return [item.analysis?.sentiment.label, item.analysis?.sentiment.analyserLabel];
      })
      .toEqual(['neutral', 'negative']);
    await caseShot(page, 'tag-verdicts-corrected-1440-en', false);
  });

  it('shows the same tags in the drill-down rows', async () => {
    await page.goto('/responses');
    const row = page.locator(`[data-testid="response-row"][data-id="${ids[0]}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('sentiment-tag').getAttribute('data-label')).toBe('neutral');
    expect(await row.locator('[data-testid="theme-tag"]').count()).toBe(2);
    expect(await row.getByTestId('response-comment').locator('mark.evidence').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, '/responses (tags)');
    await caseShot(page, 'tag-verdicts-drilldown-1440-en');
  });

  it('shows the same tags on the case page’s items', async () => {
    // The default case rule opens a case for a critical score: find the one holding the first comment.
    const caseHolding = async (itemId: string | undefined): Promise<string | null> => {
      const list = (await (await page.request.get('/api/v1/cases?limit=50')).json()) as {
        cases: Array<{ id: string }>;
      };
      for (const c of list.cases) {
        const detail = (await (await page.request.get(`/api/v1/cases/${c.id}`)).json()) as TCaseDetail;
        if (detail.items.some((i) => i.id === itemId)) return c.id;
      }
      return null;
    };
    await expect.poll(() => caseHolding(ids[0]), { timeout: 30_000 }).not.toBeNull();
    const caseId = await caseHolding(ids[0]);
    await page.goto(`/cases/${caseId}`);
    const item = page.getByTestId('case-item').filter({ hasText: 'Die Rechnung war doppelt abgebucht' });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.getByTestId('sentiment-tag').getAttribute('data-label')).toBe('neutral');
    await item.getByRole('button', { name: 'Agree: Delivery', exact: true }).click();
    const delivery = item.locator('[data-testid="theme-tag"][data-theme="delivery"]');
    await expect.poll(() => delivery.getAttribute('data-verdict')).toBe('agree');
    expect(await item.getByTestId('case-item-text').locator('mark.evidence').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, '/cases/:id (tags)');
    await caseShot(page, 'tag-verdicts-case-1440-en');
  });

  it('fits a 390 px phone and passes axe in German and English', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (p, width, language) => {
      await p.goto('/feedback');
      const row = p.locator(`[data-testid="feedback-row"][data-id="${ids[1]}"]`);
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      const tags = p.getByTestId('feedback-detail-tags');
      await tags.waitFor();
      const name = language === 'de' ? 'Ablehnen: Rechnung und Zahlung' : 'Disagree: Billing and payment';
      expect(await p.getByRole('button', { name }).count()).toBe(1);
      await expectNoAxeViolations(p, `/feedback details ${width} ${language}`);
      expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
      await caseShot(p, `tag-verdicts-detail-${width}-${language}`, false);
      await p.goto('/responses');
      await p.locator(`[data-testid="response-row"][data-id="${ids[1]}"]`).waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(p, `/responses ${width} ${language}`);
      await caseShot(p, `tag-verdicts-drilldown-${width}-${language}`);
    });
  });
});
