import { parsePlan } from '@kurs/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PLAN } from '../packages/server/src/testing/fixtures.js';
import { storePlanAsIs } from '../packages/server/src/testing/stored-plan.js';
import { chromiumAvailable, launchBrowser, openSession, screenshot } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A plan stored before "one review per quarter" existed holds two reviews of Q1 2027 (issue 10).
 * Its owner is told so on the reviews page, in their language, follows the fix link to the
 * second review and deletes it; the finding is gone.
 */
describe.skipIf(!chromiumAvailable())('a plan stored with two reviews of one quarter', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  const reviewsPath = '/workspaces/acme/plans/bookshop/reviews';

  beforeAll(async () => {
    app = await startAppServer({ demo: false });
    owner = await createOwner(app);
    expect((await owner.api('POST', '/api/v1/workspaces', { id: 'acme', name: 'Acme' })).status).toBe(201);
    const doc = parsePlan(SMALL_PLAN);
    await storePlanAsIs(app.server.container.store, 'acme', 'bookshop', {
      ...doc,
      reviews: [...doc.reviews!, { id: 'q1-again', date: '2027-03-20', period: '2027-Q1', summary: 'A second meeting about the first quarter' }],
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is told in Danish on a phone which quarter has two reviews', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK', width: 375, height: 812 });
    const { page } = session;
    await page.goto(reviewsPath);
    // At the top of the page, and again in the second review's card.
    const finding = page.getByText('1. kvartal 2027 har 2 opfølgninger, dateret 31. marts 2027 og 20. marts 2027.');
    await finding.first().waitFor();
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
    await page.getByRole('link', { name: 'Vis og ret' }).waitFor();
    await screenshot(page, 'stored-errors-reviews-da-375');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('follows the fix link to the second review, deletes it, and the finding is gone', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(reviewsPath);
    // At the top of the page, and again in the second review's card.
    const finding = page.getByText('Q1 2027 has 2 reviews, dated 31 March 2027 and 20 March 2027.');
    await finding.first().waitFor();
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(2);
    await screenshot(page, 'stored-errors-reviews');

    await page.getByRole('link', { name: 'Show and fix' }).click();
    await page.waitForURL(/focus=reviews%5B1%5D/);
    const second = page.locator('[data-review="q1-again"]');
    await expect.poll(() => second.evaluate((el) => getComputedStyle(el).outlineStyle), { timeout: 10_000 }).toBe('solid');
    await second.getByRole('button', { name: 'Actions for the review of Q1 2027' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete review' }).click();

    await second.waitFor({ state: 'detached' });
    await finding.first().waitFor({ state: 'detached' });
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await page.locator('[data-review]').count()).toBe(1);
    await screenshot(page, 'stored-errors-reviews-fixed');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
