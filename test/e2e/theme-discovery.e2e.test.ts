import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openDashboard, type DashboardSession } from './helpers/dashboard.js';
import {
  caseShot,
  inEachLayout,
  sidewaysOverflow,
  signUpWithApiKey,
  withApiKey,
} from './helpers/case-session.js';

/**
 * Candidate themes in Chromium: a pet shop's comments that no built-in theme names (dog toys,
 * cat food, German and English) are grouped on the Themes page; one group becomes an own theme,
 * and after the replay it is listed among the themes with its mentions. 1440 and 390 px, de and en.
 */
const DOG = [
  'Mein Hund liebt das Spielzeug, er kaut jeden Tag darauf.',
  'Der Hund spielt gern mit dem Ball.',
  'Unser Hund mag das Kauspielzeug sehr.',
  'Das Hundespielzeug hält unser Hund kaum einen Tag aus.',
  'My dog loves the chew toy.',
  'The dog plays with the ball every day.',
  'Our puppy chews the toy all day long.',
  'The dog toy squeaks and my dog adores it.',
];
const CAT = [
  'Die Katze frisst das Futter nicht mehr.',
  'Unsere Katze mag das Trockenfutter nicht.',
  'Meine Katze verweigert das Nassfutter.',
  'Das neue Katzenfutter frisst die Katze gern.',
  'My cat refuses the wet food.',
  'The cat will not eat the dry food anymore.',
  'Our kitten hates the new cat food.',
  'The cat food smells and my cat leaves it.',
];

describe('candidate themes in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('groups the comments no theme matched, promotes one, and lists it after the replay', async () => {
    if (!session) throw new Error('no session');
    const { apiKey } = await signUpWithApiKey(session, {
      name: 'Petra Pet',
      emailPrefix: 'discovery',
      organization: 'Tierbedarf Pfote GmbH',
    });
    const texts = [...DOG, ...DOG.map((d) => `${d} Wirklich!`), ...CAT, ...CAT.map((c) => `${c} Really.`)];
    const now = Date.now();
    const res = await withApiKey(
      session,
      apiKey,
      'POST',
      '/api/v1/feedback',
      texts.map((text, i) => ({
        channel: 'review',
        text,
        occurredAt: new Date(now - (i + 1) * 60_000).toISOString(),
        externalRef: `pet-${i}`,
      })),
    );
    expect(res.status).toBeLessThan(300);

    await page.goto('/themes?period=30d');
    await page.getByTestId('candidates-section').waitFor({ timeout: 30_000 });
    await page.getByTestId('candidates-empty').waitFor();
    await expectNoAxeViolations(page, '/themes (no candidates)');
    // The text stage reads the comments in the background: discover until all are grouped.
    for (let attempt = 0; ; attempt++) {
      await page.getByTestId('candidates-discover').click();
      const result = page.getByTestId('candidates-result');
      await result.waitFor({ timeout: 30_000 });
      if ((await result.textContent())?.startsWith(String(texts.length))) break;
      if (attempt > 30) throw new Error(`not all comments were read: ${await result.textContent()}`);
      await page.waitForTimeout(1000);
    }
    const cards = page.getByTestId('candidate-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, '/themes (candidates)');
    await caseShot(page, 'theme-candidates-1440-en');

    // The cat group: its words say so.
    const cat = cards.filter({ hasText: /cat|Katze|food|Futter/ }).first();
    await cat.getByTestId('candidate-promote').click();
    await page.getByTestId('promote-name-en').fill('Cat food');
    await page.getByTestId('promote-name-de').fill('Katzenfutter');
    await page.getByTestId('promote-terms-de').fill('Katze, Futter');
    await page.getByTestId('promote-terms-en').fill('cat, food');
    await caseShot(page, 'theme-promote-dialog-1440-en', false);
    await page.getByTestId('promote-submit').click();
    await page
      .locator('[data-testid="own-themes-list"] [data-theme="org-cat-food"]')
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('own-themes-replay-done').waitFor({ timeout: 60_000 });
    // The replayed comments now count for the theme in the list above.
    const row = page.locator('[data-testid="theme-row"][data-theme="org-cat-food"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('Cat food');
    expect((await row.getByTestId('theme-mentions').textContent())?.replace(/\D/g, '')).toBe(
      String(CAT.length * 2),
    );
    await expectNoAxeViolations(page, '/themes (own theme)');
  });

  it('fits a 390 px phone and reads in German and English', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (p, width, language) => {
      await p.goto('/themes?period=30d');
      await p.getByTestId('own-themes-list').waitFor({ timeout: 30_000 });
      await p.getByTestId('candidate-card').first().waitFor({ timeout: 30_000 });
      const title = (await p.getByTestId('own-themes-section').locator('h2').textContent()) ?? '';
      expect(title).toBe(language === 'de' ? 'Ihre eigenen Themen' : 'Your own themes');
      expect(await p.locator('[data-theme="org-cat-food"]').first().textContent()).toContain(
        language === 'de' ? 'Katzenfutter' : 'Cat food',
      );
      expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
      await caseShot(p, `theme-discovery-${width}-${language}`);
    });
  });
});
