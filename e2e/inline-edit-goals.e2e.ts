import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurementPeriodOf } from '../packages/core/src/kpis/kpis.frequency.js';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * The goals and KPIs of the demo plan edited quickly: a goal's target and owner changed in
 * the tree by keyboard and the last change undone; a fix link that lands on the field and leaves
 * the address once fixed; this period's value of a KPI typed in Norwegian with a decimal comma;
 * the owner of two KPIs set at once; a goal and a KPI added from one line each; and a funnel
 * stage without a KPI fixed from its finding with the stage already chosen.
 */

// Saves and the health check are read again in the background: on a busy machine that takes a while.
const eventually = { timeout: 20_000, interval: 200 } as const;

interface Goal {
  id: string;
  owner?: string;
  target?: { value?: number; date?: string };
  horizon: string;
  title: string;
}
interface Kpi {
  id: string;
  name: string;
  owner?: string;
  frequency?: 'live' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semiannual';
  funnel_stage?: string;
  version: number;
}

describe.skipIf(!chromiumAvailable())('a marketing lead edits goals and KPIs in place', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let planUrl = '';
  let apiPlan = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    const plans = (await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string }[] };
    planUrl = `/workspaces/demo/plans/${plans.items[0]!.id}`;
    apiPlan = `/api/v1${planUrl}`;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const list = async <T>(collection: string): Promise<T[]> => ((await (await owner.api('GET', `${apiPlan}/${collection}`)).json()) as { items: T[] }).items;
  const goal = async (id: string) => (await list<Goal>('goals')).find((g) => g.id === id);
  const kpi = async (id: string) => (await list<Kpi>('kpis')).find((k) => k.id === id);
  const focusParam = (page: Page) => new URL(page.url()).searchParams.get('focus');

  async function check(page: Page, name: string) {
    await screenshot(page, name);
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  it('edits a goal in the tree by keyboard, undoes it, fixes a finding through its link and adds a goal in one line', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;

    // The fix link for the goal without an owner opens it at the owner; once saved, the
    // focus parameter leaves the address and the other parameters stay.
    const goals = await list<Goal>('goals');
    const ownerless = goals.findIndex((g) => !g.owner);
    expect(ownerless).toBeGreaterThanOrEqual(0);
    await page.goto(`${planUrl}/goals?focus=${encodeURIComponent(`goals[${ownerless}].owner`)}&from=health`);
    const form = page.getByRole('dialog', { name: 'Edit goal' });
    const ownerInput = form.getByLabel('Owner', { exact: true });
    await expect.poll(() => ownerInput.evaluate((input) => input === document.activeElement), eventually).toBe(true);
    await ownerInput.fill('Anders Lie');
    await form.getByRole('button', { name: 'Save goal' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => focusParam(page), eventually).toBeNull();
    expect(new URL(page.url()).searchParams.get('from')).toBe('health');
    expect((await goal(goals[ownerless]!.id))?.owner).toBe('Anders Lie');

    // Target and owner of a quarter goal, by keyboard: Enter opens a cell, Tab saves and moves on.
    const visitsGoal = goals.find((g) => g.id === 'more-visits')!;
    const card = page.locator('article', { has: page.getByRole('heading', { name: visitsGoal.title }) });
    const target = card.getByRole('button', { name: /^Target of “Reach 60 000 webshop visits/ });
    await target.focus();
    await page.keyboard.press('Enter');
    await card.getByRole('textbox', { name: /^Target of/ }).waitFor();
    await page.keyboard.type('65000');
    await page.keyboard.press('Tab');
    await expect.poll(() => card.getByRole('button', { name: /^Target date of/ }).evaluate((b) => b === document.activeElement), eventually).toBe(true);
    await expect.poll(async () => (await goal('more-visits'))?.target?.value, eventually).toBe(65000);
    expect((await goal('more-visits'))?.target?.date).toBe(visitsGoal.target?.date);
    await page.keyboard.press('Tab');
    await expect.poll(() => card.getByRole('button', { name: /^Owner of/ }).evaluate((b) => b === document.activeElement), eventually).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ingrid Berg');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await goal('more-visits'))?.owner, eventually).toBe('Ingrid Berg');
    await card.getByRole('button', { name: 'Owner of “Reach 60 000 webshop visits a month by 31 January 2027”: Ingrid Berg' }).waitFor();
    // The notice says what changed and offers to undo it.
    await page.locator('p').filter({ hasText: 'Owner of “Reach 60 000 webshop visits a month by 31 January 2027”: Ingrid Berg' }).waitFor();
    await check(page, 'inline-goals-edited-1440-light');

    // Ctrl+Z takes back the last change (the owner), not the one before it (the target).
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await goal('more-visits'))?.owner, eventually).toBe(visitsGoal.owner);
    await page.getByText('Undone.').waitFor();
    await card.getByRole('button', { name: new RegExp(`^Owner of .*: ${visitsGoal.owner}$`) }).waitFor();
    expect((await goal('more-visits'))?.target?.value).toBe(65000);

    // Quick add: a line at the top makes a goal of the year; details later.
    const quick = page.getByRole('textbox', { name: 'New goal for the year' });
    await quick.fill('Double the newsletter list by June 2027');
    await quick.press('Enter');
    await expect.poll(async () => (await list<Goal>('goals')).find((g) => g.title === 'Double the newsletter list by June 2027')?.horizon, eventually).toBe('year');
    await page.getByRole('heading', { name: 'Double the newsletter list by June 2027' }).waitFor();
    await expect.poll(() => quick.inputValue(), eventually).toBe('');

    // Choose two goals and give them one owner.
    await page.getByRole('checkbox', { name: /^Choose “Double the newsletter list/ }).check();
    await page.getByRole('checkbox', { name: /^Choose “Reach 60 000 webshop visits/ }).check();
    await page.getByText('2 goals chosen').first().waitFor();
    await page.getByRole('combobox', { name: 'New owner' }).fill('Silje Larsen');
    await page.getByRole('button', { name: 'Set owner' }).click();
    await expect.poll(async () => (await list<Goal>('goals')).filter((g) => g.owner === 'Silje Larsen' && (g.id === 'more-visits' || g.title.startsWith('Double'))).length, eventually).toBe(2);
    await check(page, 'inline-goals-1440-light');
    expect(session.problems).toEqual([]);
    await session.close();

    const phone = await openSession(browser, app.url, { signedIn: owner, width: 375, colorScheme: 'dark' });
    await phone.page.goto(`${planUrl}/goals`);
    await phone.page.getByRole('button', { name: /^Target of “Reach 60 000 webshop visits/ }).waitFor();
    await check(phone.page, 'inline-goals-375-dark');
    expect(phone.problems).toEqual([]);
    await phone.close();
  });

  it('enters a KPI value in Norwegian, sets two owners at once and adds a KPI in one line', async () => {
    const { today } = (await (await owner.api('GET', `${apiPlan}/progress`)).json()) as { today: string };
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'nb-NO' });
    const { page } = session;
    await page.goto(`${planUrl}/kpis`);

    // This week's visits, typed with a decimal comma, stored exactly on the week's last day.
    const visits = (await kpi('visits'))!;
    const weekEnd = measurementPeriodOf(today, visits.frequency ?? 'monthly').end;
    const cell = page.getByRole('table').getByRole('button', { name: /^Verdi for Webshop visits: / });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('1234,5');
    await page.keyboard.press('Enter');
    const stored = async () => {
      const answer = (await (await owner.api('GET', `${apiPlan}/measurements?kpi=visits&from=${weekEnd}&to=${weekEnd}`)).json()) as { items: { value: number }[] };
      return answer.items[0]?.value;
    };
    await expect.poll(stored, eventually).toBe(1234.5);
    // Shown back in Norwegian: a decimal comma (and a space between thousands).
    await expect.poll(() => page.getByRole('table').getByRole('button', { name: /^Verdi for Webshop visits: 1\s?234,5 per / }).count(), eventually).toBe(1);

    // The owner of two KPIs set at once.
    await page.getByRole('checkbox', { name: 'Velg Webshop visits' }).check();
    await page.getByRole('checkbox', { name: 'Velg Webshop conversion rate' }).check();
    await page.getByText('2 KPI-er valgt').first().waitFor();
    await page.getByRole('combobox', { name: 'Ny eier' }).fill('Per Dahl');
    await page.getByRole('button', { name: 'Sett eier' }).click();
    await expect.poll(async () => [(await kpi('visits'))?.owner, (await kpi('conversion-rate'))?.owner], eventually).toEqual(['Per Dahl', 'Per Dahl']);
    await expect.poll(() => page.getByText('2 KPI-er valgt').count(), eventually).toBe(0);

    // Quick add: a name and Enter makes a KPI.
    const quick = page.getByRole('textbox', { name: 'Ny KPI: skriv navnet og trykk Enter' });
    await quick.fill('Podkastlyttere');
    await quick.press('Enter');
    await expect.poll(async () => (await list<Kpi>('kpis')).find((k) => k.name === 'Podkastlyttere')?.id, eventually).toBe('podkastlyttere');
    await page.getByRole('table').getByRole('link', { name: 'Podkastlyttere' }).waitFor();

    // The details, in place: its frequency chosen in the cell.
    await page.getByText('Detaljer', { exact: true }).click();
    const frequency = page.getByRole('table').getByRole('button', { name: /^Måles for Podkastlyttere/ });
    await frequency.click();
    await page.getByRole('table').getByRole('combobox', { name: /^Måles for Podkastlyttere/ }).selectOption({ label: 'Ukentlig' });
    await expect.poll(async () => (await kpi('podkastlyttere'))?.frequency, eventually).toBe('weekly');
    await check(page, 'inline-kpis-details-1440-light-nb');
    expect(session.problems).toEqual([]);
    await session.close();

    const phone = await openSession(browser, app.url, { signedIn: owner, width: 375, locale: 'nb-NO' });
    await phone.page.goto(`${planUrl}/kpis`);
    await phone.page.getByRole('button', { name: /^Verdi for Webshop visits: 1\s?234,5 per / }).waitFor();
    await check(phone.page, 'inline-kpis-375-light-nb');
    expect(phone.problems).toEqual([]);
    await phone.close();
  });

  it('fixes a funnel stage without a KPI from its finding: the KPI form opens with the stage chosen', async () => {
    // The retain stage loses its KPIs (its channels and activities stay), so the health check asks for one.
    for (const retained of (await list<Kpi>('kpis')).filter((k) => k.funnel_stage === 'retain')) {
      const res = await fetch(`${app.url}${apiPlan}/kpis/${retained.id}`, {
        method: 'PATCH',
        headers: {
          cookie: `${owner.cookie.name}=${owner.cookie.value}`,
          'x-csrf-token': owner.csrf,
          origin: app.url,
          'content-type': 'application/json',
          'if-match': `"${retained.version}"`,
        },
        body: JSON.stringify({ funnel_stage: null }),
      });
      expect(res.ok).toBe(true);
    }
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(`${planUrl}/strategy`);
    const finding = page.getByRole('listitem').filter({ hasText: 'The “retain” stage has channels or activities, but no KPI.' });
    await finding.getByRole('link', { name: 'Show and fix' }).click();
    await page.waitForURL(/\/kpis\?focus=strategy\.funnel\.retain$/);
    const form = page.getByRole('dialog', { name: 'New KPI' });
    await form.waitFor();
    // The stage sits under More, opened because it holds a value.
    expect(await form.getByRole('combobox', { name: 'Funnel stage' }).inputValue()).toBe('Retain');
    await check(page, 'inline-kpis-stage-fix-1440-light');
    await form.getByRole('textbox', { name: /^Name/ }).fill('Repeat purchase rate');
    await form.getByRole('button', { name: 'Create KPI' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => (await kpi('repeat-purchase-rate'))?.funnel_stage, eventually).toBe('retain');
    // Fixed: the link's focus leaves the address, and the page stays on the KPIs.
    await expect.poll(() => focusParam(page), eventually).toBeNull();
    expect(new URL(page.url()).pathname).toBe(`${planUrl}/kpis`);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
