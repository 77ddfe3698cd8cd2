import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, demoPlanId, type Owner, startAppServer } from './support/server.js';

/*
 * The book shop's team holds its quarterly review in Kurs: every goal with the engine's
 * progress, forecast and status gets a decision, one status is changed, an experiment of the
 * quarter is written down from hypothesis to next step, and the review is saved. It is then
 * found among the past reviews and in the experiment log, also after a reload.
 */
describe.skipIf(!chromiumAvailable())('the team holds its quarterly review', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let reviewsPath = '';
  // The demo's past review is of the quarter before today's, whatever today is.
  let pastQuarter = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    reviewsPath = `/workspaces/demo/plans/${await demoPlanId(owner)}/reviews`;
    const reviews = (await (await owner.api('GET', `/api/v1${reviewsPath}`)).json()) as { items: { period: string }[] };
    pastQuarter = reviews.items[0]!.period.slice(-2);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('reviews every goal, records an experiment, and finds both among the past reviews and in the experiment log', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(reviewsPath);
    await page.getByRole('heading', { name: new RegExp(`Review of ${pastQuarter}`) }).waitFor();
    await check(page, 'reviews-past');

    await page.getByRole('button', { name: /^Review Q\d \d{4}$/ }).click();
    const goals = page.locator('[data-review-goal]');
    await goals.first().waitFor();
    const count = await goals.count();
    expect(count).toBeGreaterThan(5);
    // The engine's reading is shown for every goal before anything is decided.
    expect(await goals.filter({ hasText: 'Kurs says:' }).count()).toBe(count);
    for (let i = 0; i < count; i += 1) {
      await goals.nth(i).getByLabel('Decision').fill(`Decision ${i + 1}: keep the course and check again in four weeks`);
    }
    await page.getByText(`Decisions recorded: ${count} of ${count}`).waitFor();
    const atRisk = goals.filter({ hasText: 'Cut marketing cost per order' });
    await atRisk.getByLabel('Decision').fill('Move the paid social budget to search ads on title searches');
    await atRisk.getByLabel('Status recorded').click();
    await page.getByRole('option', { name: 'Behind', exact: true }).click();

    await page.getByRole('button', { name: 'Add an experiment' }).click();
    const experiment = page.locator('[data-experiment="1"]');
    await experiment.getByRole('textbox', { name: 'Hypothesis' }).fill('Gift guides on the front page lift December conversion');
    await experiment.getByLabel('For the goal').click();
    await page.getByRole('option', { name: /Raise webshop conversion/ }).click();
    await experiment.getByLabel('Result').fill('Conversion rose from 1.9% to 2.3% in the weeks with the guides');
    await experiment.getByLabel('Learning').fill('Guides work when delivery before Christmas is promised');
    await experiment.getByLabel('Next step').fill('Repeat the guides before Mother’s Day');
    await check(page, 'reviews-editor');
    await page.getByRole('button', { name: 'Save review' }).click();

    const saved = page.locator('article', { has: page.getByRole('heading', { name: /Review of Q\d \d{4}/ }) }).filter({ hasText: 'Decision 1: keep the course' });
    await saved.waitFor();
    // One review per quarter: the quarter's action now opens the review it has.
    await page.getByRole('button', { name: /^Open the Q\d \d{4} review$/ }).waitFor();
    await saved.getByText('Move the paid social budget to search ads on title searches').waitFor();
    await check(page, 'reviews-saved');

    await page.getByRole('tab', { name: /Experiment log/ }).click();
    const logged = page.locator('[data-logged-experiment="Gift guides on the front page lift December conversion"]');
    await logged.getByText('Repeat the guides before Mother’s Day').waitFor();
    await check(page, 'reviews-experiment-log');

    await page.reload();
    await page.getByText('Decision 1: keep the course and check again in four weeks').waitFor();
    expect(session.problems).toEqual([]);
    await session.close();

    // The same at phone width in the dark.
    const phone = await openSession(browser, app.url, { signedIn: owner, width: 375, colorScheme: 'dark' });
    await phone.page.goto(reviewsPath);
    await phone.page.getByText('Decision 1: keep the course and check again in four weeks').waitFor();
    await check(phone.page, 'reviews-375-dark');
    await phone.page.getByRole('tab', { name: /Experiment log/ }).click();
    await phone.page.getByText('Gift guides on the front page lift December conversion').waitFor();
    await check(phone.page, 'reviews-log-375-dark');
    expect(phone.problems).toEqual([]);
    await phone.close();
  });
});

describe.skipIf(!chromiumAvailable())('a colleague saves the quarter’s review first', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let plan = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    plan = await demoPlanId(owner);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('refuses the second review of the quarter with a link to the first, where the draft is offered back', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const api = `/api/v1/workspaces/demo/plans/${plan}/reviews`;
    await page.goto(`/workspaces/demo/plans/${plan}/reviews`);
    await page.getByRole('button', { name: /^Review Q\d \d{4}$/ }).click();
    const summary = page.getByLabel('Summary');
    await summary.fill('Our own view of the quarter');
    const title = await page.getByRole('heading', { name: /^Quarterly review: / }).innerText();
    const label = title.replace('Quarterly review: ', '');
    const period = await page.getByRole('combobox', { name: 'Quarter reviewed' }).inputValue();
    const now = new Date();
    const quarter = `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
    expect(period).toBe(label);

    // Meanwhile a colleague saves the review of the same quarter.
    const colleague = await owner.api('POST', api, { id: 'colleague-review', date: now.toISOString().slice(0, 10), period: quarter, summary: 'The colleague’s view' });
    expect(colleague.status).toBe(201);

    await page.getByRole('button', { name: 'Save review' }).click();
    const taken = page.getByRole('alert').filter({ hasText: `${label} already has a review` });
    await taken.waitFor();
    await check(page, 'reviews-quarter-taken');
    await taken.getByRole('button', { name: `Open the ${label} review` }).click();

    await page.getByRole('heading', { name: `Edit the review of ${label}` }).waitFor();
    expect(await summary.inputValue()).toBe('The colleague’s view');
    const offer = page.getByRole('alert').filter({ hasText: 'You have an unsaved draft from' });
    await offer.getByText(`It was written as a new review of ${label}, but ${label} has a saved review.`).waitFor();
    await offer.getByRole('button', { name: 'Restore the draft' }).click();
    expect(await summary.inputValue()).toBe('Our own view of the quarter');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByRole('button', { name: `Open the ${label} review` }).waitFor();

    const { items } = (await (await owner.api('GET', api)).json()) as { items: { id: string; period: string; summary?: string }[] };
    expect(items.filter((r) => r.period === quarter)).toEqual([expect.objectContaining({ id: 'colleague-review', summary: 'Our own view of the quarter' })]);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousA11yViolations(page)).toEqual([]);
}
