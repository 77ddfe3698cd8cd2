import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead sets goals from nothing: a year goal with a new KPI, a baseline, a target
 * and an owner, watching the SMART checklist tick while typing; then a quarter sub-goal under
 * it. Results entered for the KPI turn the goal from "no data" to "on track" after a reload,
 * and the dashboard shows it. An empty plan is 0 % complete with nothing ticked; a goal with
 * results only before its baseline date says so, an achieved goal says when it got there, and a
 * goal whose target date passed short of its target reads "Not reached", on the goals page, the
 * dashboard and the stakeholder view alike.
 */

/** A date `days` from today, as the server (on this machine) counts today. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!chromiumAvailable())('a marketing lead builds goals from nothing', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let planPath = '';
  let wsId = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: false });
    owner = await createOwner(app);
    const ws = (await (await owner.api('POST', '/api/v1/workspaces', { name: 'Fjord Books' })).json()) as { id: string };
    const created = await owner.api('POST', `/api/v1/workspaces/${ws.id}/plans?id=plan`, {
      kurs: 1,
      plan: { name: 'Digital strategy', currency: 'NOK', period: { start: day(-180), end: day(180) } },
    });
    expect(created.status).toBe(201);
    planPath = `/workspaces/${ws.id}/plans/plan`;
    wsId = ws.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sets a SMART year goal with a new KPI and a quarter sub-goal, and sees the status follow the results', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(`${planPath}/goals`);
    await page.getByText('No goals yet').waitFor();
    await check(page, 'goals-empty');

    await page.getByRole('button', { name: 'Set the first goal' }).click();
    const dialog = page.getByRole('dialog');
    const criterion = (name: string) => dialog.locator(`[data-criterion="${name}"]`);
    const title = dialog.getByRole('textbox', { name: 'Goal', exact: true });

    // Vague wording is caught while typing; a number makes the goal specific.
    await title.fill('Improve the webshop');
    await expect.poll(() => criterion('specific').getAttribute('data-met')).toBe('false');
    await criterion('specific').getByText('“improve” gives a direction but not how much').waitFor();
    await title.fill('Raise webshop conversion from 1.5% to 2.5% within the plan');
    await expect.poll(() => criterion('specific').getAttribute('data-met')).toBe('true');
    await dialog.getByText('1 of 5 met').waitFor();

    await dialog.getByRole('button', { name: 'Create a new KPI' }).click();
    await dialog.getByRole('textbox', { name: 'KPI name' }).fill('Webshop conversion rate');
    await pick(page, dialog.getByLabel('Unit', { exact: true }), 'Percent');
    await dialog.getByLabel('Target', { exact: true }).fill('2.5');
    await expect.poll(() => criterion('measurable').getAttribute('data-met')).toBe('true');
    await dialog.getByLabel('Baseline', { exact: true }).fill('1.5');
    // The baseline's date and the business result are among the details folded under More.
    await dialog.getByRole('button', { name: 'More details' }).click();
    await dialog.getByLabel('Baseline date').fill(day(-180));
    await dialog.getByLabel('Baseline date').press('Tab');
    await expect.poll(() => criterion('realistic').getAttribute('data-met')).toBe('true');
    // Dates are typed and read when the field is left. A date after the plan ends is not time-bound for a year goal; one inside it is.
    await dialog.getByLabel('Target date').fill(day(400));
    await dialog.getByLabel('Target date').press('Tab');
    await expect.poll(() => criterion('timeBound').getAttribute('data-met')).toBe('false');
    await dialog.getByLabel('Target date').fill(day(180));
    await dialog.getByLabel('Target date').press('Tab');
    await expect.poll(() => criterion('timeBound').getAttribute('data-met')).toBe('true');
    await dialog.getByLabel('Owner', { exact: true }).fill('Kari Nordmann');
    await dialog.getByText('5 of 5 met').waitFor();
    await pick(page, dialog.getByLabel('Business result', { exact: true }), 'Revenue');
    await check(page, 'goals-form-smart');
    await dialog.getByRole('button', { name: 'Create goal' }).click();
    await dialog.waitFor({ state: 'detached' });

    const yearGoal = page.locator('article', { has: page.getByRole('heading', { name: /Raise webshop conversion/ }) });
    await yearGoal.getByText('No data', { exact: true }).waitFor();
    await yearGoal.getByText('Webshop conversion rate').waitFor();
    await yearGoal.getByText('Kari Nordmann').waitFor();

    // A quarter sub-goal under it, measured by the same KPI.
    await yearGoal.getByRole('button', { name: /Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Add a sub-goal' }).click();
    await dialog.getByText(/New sub-goal of “Raise webshop conversion/).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Quarter' }).isChecked()).toBe(true);
    await title.fill('Reach 2% conversion on mobile this quarter');
    await pick(page, dialog.getByLabel('Measured by KPI', { exact: true }), 'Webshop conversion rate');
    await dialog.getByLabel('Baseline', { exact: true }).fill('1.5');
    await dialog.getByLabel('Baseline date').fill(day(-30));
    await dialog.getByLabel('Baseline date').press('Tab');
    await dialog.getByLabel('Target', { exact: true }).fill('2');
    await dialog.getByLabel('Target date').fill(day(60));
    await dialog.getByLabel('Target date').press('Tab');
    await dialog.getByLabel('Owner', { exact: true }).fill('Ola Hansen');
    await dialog.getByText('5 of 5 met').waitFor();
    await dialog.getByRole('button', { name: 'Create goal' }).click();
    await dialog.waitFor({ state: 'detached' });
    const subGoals = page.getByRole('list', { name: /Sub-goals of “Raise webshop conversion/ });
    await subGoals.getByRole('heading', { name: 'Reach 2% conversion on mobile this quarter' }).waitFor();

    // Results for the KPI, entered through the API: the goal is read from them after a reload.
    const kpis = (await (await owner.api('GET', `/api/v1${planPath}/kpis`)).json()) as { items: { id: string; name: string }[] };
    const kpi = kpis.items.find((k) => k.name === 'Webshop conversion rate')!;
    const saved = await owner.api('POST', `/api/v1${planPath}/measurements`, {
      items: [
        { kpi: kpi.id, date: day(-40), value: 2.2 },
        { kpi: kpi.id, date: day(-5), value: 2.2 },
      ],
    });
    expect(saved.ok).toBe(true);
    await page.reload();
    await yearGoal.getByText('On track', { exact: true }).waitFor();
    await yearGoal.getByText(/of the way from baseline to target/).waitFor();
    await check(page, 'goals-tree');

    await page.getByRole('navigation').getByRole('link', { name: /Dashboard/ }).first().click();
    await page.locator('[data-dashboard][data-ready]').waitFor();
    await page.getByRole('list', { name: /Goals, those that need attention first/ }).getByText('On track', { exact: true }).first().waitFor();
    await check(page, 'dashboard-1440-light');

    // The same at phone width in the dark.
    const phone = await openSession(browser, app.url, { signedIn: owner, width: 375, colorScheme: 'dark' });
    await phone.page.goto(`${planPath}/goals`);
    await phone.page.getByText('On track', { exact: true }).first().waitFor();
    await check(phone.page, 'goals-tree-375-dark');
    await phone.page.goto(planPath);
    await phone.page.locator('[data-dashboard][data-ready]').waitFor();
    await check(phone.page, 'dashboard-375-dark');
    expect(phone.problems).toEqual([]);
    await phone.close();

    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows an empty plan 0 % complete with nothing ticked, and says why a goal has no progress, when it was reached or that it was not', async () => {
    const create = async (id: string, document: object) => {
      const res = await owner.api('POST', `/api/v1/workspaces/${wsId}/plans?id=${id}`, document);
      expect(res.status).toBe(201);
      return `/workspaces/${wsId}/plans/${id}`;
    };
    const plan = { name: 'Digital strategy', currency: 'NOK', period: { start: day(-180), end: day(180) } };
    const emptyPath = await create('empty', { kurs: 1, plan: { ...plan, name: 'Empty plan' } });
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;

    // No step of an empty plan is complete, and its checklist has no ticks.
    await page.goto(`${emptyPath}/reviews`);
    await page.locator('[data-checklist="open"]').waitFor();
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: /, \d+% complete$/ }).count()).toBe(9);
    expect(await nav.getByRole('link', { name: /, 0% complete$/ }).count()).toBe(9);
    expect(await page.locator('[data-tick]').count()).toBe(0);
    await check(page, 'empty-plan-checklist');
    await page.goto(emptyPath);
    await page.locator('[data-dashboard][data-ready]').waitFor();
    await page.locator('[data-checklist="open"]').waitFor();
    expect(await page.locator('[data-tick]').count()).toBe(0);

    // One goal whose KPI has results only before the baseline date, one that reached its target 30 days ago,
    // and one whose target date passed 10 days ago at 170 of 200 (on track for the day of that result).
    const kpi = (id: string) => ({ id, name: `Followers ${id}`, unit: 'count', aggregation: 'last', frequency: 'monthly', direction: 'up' });
    const readingsPath = await create('readings', {
      kurs: 1,
      plan,
      kpis: [kpi('early'), kpi('reached'), kpi('missed')],
      goals: [
        { id: 'early', title: 'Reach 200 followers on the early KPI', horizon: 'year', kpi: 'early', owner: 'Kari', baseline: { value: 100, date: day(-10) }, target: { value: 200, date: day(100) } },
        { id: 'reached', title: 'Reach 200 followers on the reached KPI', horizon: 'year', kpi: 'reached', owner: 'Kari', baseline: { value: 100, date: day(-100) }, target: { value: 200, date: day(100) } },
        { id: 'missed', title: 'Reach 200 followers on the missed KPI', horizon: 'quarter', kpi: 'missed', owner: 'Kari', baseline: { value: 100, date: day(-100) }, target: { value: 200, date: day(-10) } },
      ],
      measurements: [
        { kpi: 'early', date: day(-40), value: 90 },
        { kpi: 'early', date: day(-15), value: 95 },
        { kpi: 'reached', date: day(-60), value: 150 },
        { kpi: 'reached', date: day(-30), value: 210 },
        { kpi: 'reached', date: day(-5), value: 220 },
        { kpi: 'missed', date: day(-40), value: 150 },
        { kpi: 'missed', date: day(-20), value: 170 },
        { kpi: 'missed', date: day(-5), value: 230 },
      ],
    });
    const date = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    const onlyBefore = `The KPI has results only up to the baseline date, ${date(day(-10))} (the latest from ${date(day(-15))}).`;
    await page.goto(`${readingsPath}/goals`);
    const early = page.locator('article', { has: page.getByRole('heading', { name: /early KPI/ }) });
    const reached = page.locator('article', { has: page.getByRole('heading', { name: /reached KPI/ }) });
    await early.getByText(onlyBefore).waitFor();
    await reached.getByText(`Target reached on ${date(day(-30))}.`).waitFor();
    expect(await reached.getByText(/Forecast for/).count()).toBe(0);
    // Judged by its result before the target date, 170 of 200; the later 230 does not count.
    const missed = page.locator('article', { has: page.getByRole('heading', { name: /missed KPI/ }) });
    await missed.getByText('Not reached', { exact: true }).waitFor();
    await missed.getByText('The target was not reached by the target date.').waitFor();
    await missed.getByText(`Result at the target date 170 (${date(day(-20))})`).waitFor();
    expect(await missed.getByText(/On track|Behind|Forecast for/).count()).toBe(0);
    await check(page, 'goals-readings');

    await page.goto(readingsPath);
    await page.locator('[data-dashboard][data-ready]').waitFor();
    const list = page.getByRole('list', { name: /Goals, those that need attention first/ });
    await list.getByText(onlyBefore).waitFor();
    await list.getByText(`reached on ${date(day(-30))}`).waitFor();
    await list.getByText(`70% of the way, 100% expected · was due ${date(day(-10))}`).waitFor();
    expect(await list.getByText('No measurements yet').count()).toBe(0);
    // Worst first: the goal that missed its target heads the list.
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toMatch(/missed KPI.*Not reached/);
    await check(page, 'dashboard-readings');

    // A stakeholder with a share link reads the same sentences.
    const link = (await (await owner.api('POST', `/api/v1${readingsPath}/share-links`, { label: 'Board' })).json()) as { token: string };
    const stakeholder = await openSession(browser, app.url);
    await stakeholder.page.goto(`/shared#${link.token}`);
    await stakeholder.page.locator('[data-shared-plan]').waitFor();
    const shared = stakeholder.page.locator('[data-goal-line]');
    await shared.getByText(onlyBefore).waitFor();
    await shared.getByText(`reached on ${date(day(-30))}`).waitFor();
    await shared.getByText(`70% of the way, 100% expected · was due ${date(day(-10))}`).waitFor();
    await stakeholder.page.getByText('Not reached', { exact: true }).first().waitFor();
    await check(stakeholder.page, 'shared-readings');
    expect(stakeholder.problems).toEqual([]);
    await stakeholder.close();
    const phone = await openSession(browser, app.url, { width: 375, colorScheme: 'dark' });
    await phone.page.goto(`/shared#${link.token}`);
    await phone.page.locator('[data-goal-line]').getByText(onlyBefore).waitFor();
    await check(phone.page, 'shared-readings-375-dark');
    expect(phone.problems).toEqual([]);
    await phone.close();

    expect(session.problems).toEqual([]);
    await session.close();
  });
});

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

/** Chooses an option of a Mantine select. */
async function pick(page: Page, input: ReturnType<Page['getByLabel']>, option: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
