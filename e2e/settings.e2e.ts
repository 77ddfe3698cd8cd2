import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead keeps a plan and a workspace in order from the web app alone: renames a
 * plan, moves its period and changes its currency, archives it and takes it back, saves it as
 * a template, makes plans from a Norwegian starting plan and from that template, deletes a plan
 * by typing its name, sets the workspace's name and the language and currency its new plans
 * start with, and deletes the saved template from the workspace's settings.
 */

const API = '/api/v1/workspaces/demo';

interface PlanRow {
  id: string;
  name: string;
  locale?: string;
  currency?: string;
  period: { start: string; end: string };
  archived: boolean;
}

describe.skipIf(!chromiumAvailable())('plan and workspace settings', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;

  const json = async <T>(path: string): Promise<T> => (await (await owner.api('GET', path)).json()) as T;
  const plans = async (archived = false) => (await json<{ items: PlanRow[] }>(`${API}/plans${archived ? '?archived=true' : ''}`)).items;
  const planNamed = async (name: string) => [...(await plans()), ...(await plans(true))].find((plan) => plan.name === name);

  /** axe on the page as it is, at both widths, with a screenshot of each. */
  async function check(page: Page, name: string): Promise<void> {
    for (const [width, height] of [
      [1440, 900],
      [375, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `${name}-${width}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  /** Mantine's selects and autocompletes are comboboxes. */
  const combobox = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('textbox', { name: label, exact: true }).or(combobox(page, label)).first().click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    const created = await owner.api('POST', `${API}/plans`, { kurs: 1, plan: { name: 'Bike plan', locale: 'en', currency: 'NOK', period: { start: '2027-01-01', end: '2027-12-31' } } });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renames a plan, moves its period, changes its currency, archives it and takes it back, and saves it as a template', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const plan = (await planNamed('Bike plan'))!;
    await page.goto(`/workspaces/demo/plans/${plan.id}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Plan settings' }).waitFor();
    await check(page, 'settings-plan');

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Bike repair plan');
    const end = page.getByRole('textbox', { name: 'End', exact: true });
    await end.fill('31/3/2028');
    await combobox(page, 'Currency').fill('chf');
    await combobox(page, 'Currency').press('Tab');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Plan settings saved').waitFor();
    await expect.poll(async () => (await planNamed('Bike repair plan'))?.period).toEqual({ start: '2027-01-01', end: '2028-03-31' });
    expect((await planNamed('Bike repair plan'))?.currency).toBe('CHF');
    expect(await end.inputValue()).toBe('31 Mar 2028');

    await page.getByRole('button', { name: 'Archive plan' }).click();
    await page.getByText('“Bike repair plan” is archived').waitFor();
    expect((await plans()).some((p) => p.id === plan.id)).toBe(false);
    await page.getByText('This plan is archived').waitFor();

    // The workspace's list shows it only among the archived plans, from where it comes back.
    await page.goto('/workspaces/demo');
    await page.getByRole('heading', { name: 'Demo: Nordbok AS', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: /Bike repair plan/ }).count()).toBe(0);
    await page.getByRole('switch', { name: 'Show archived plans' }).check();
    await page.getByRole('heading', { name: 'Archived plans' }).waitFor();
    await page.getByRole('link', { name: 'Bike repair plan' }).waitFor();
    await check(page, 'settings-archived');
    await page.getByRole('button', { name: 'Take back into use' }).click();
    await expect.poll(async () => (await plans()).some((p) => p.id === plan.id)).toBe(true);

    await page.goto(`/workspaces/demo/plans/${plan.id}/settings`);
    const template = page.getByRole('region', { name: 'Save as template' });
    await template.getByRole('textbox', { name: 'Template name' }).fill('Bike shop template');
    await template.getByRole('textbox', { name: 'Description' }).fill('For a chain of bicycle repair shops');
    await template.getByRole('button', { name: 'Save as template' }).click();
    await page.getByText('Template “Bike shop template” saved').waitFor();
    const templates = await json<{ items: { name: string; description: string }[] }>(`${API}/templates`);
    expect(templates.items.map((t) => [t.name, t.description])).toEqual([['Bike shop template', 'For a chain of bicycle repair shops']]);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('makes a plan from a Norwegian starting plan and one from the saved template', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto('/workspaces/demo');
    await page.getByRole('button', { name: 'New plan' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByRole('tab', { name: 'From a template' }).click();
    await choose(page, 'Language', 'Norsk bokmål');
    await dialog.getByRole('radio', { name: /^Nettbutikk/ }).click();
    await check(page, 'settings-new-plan-template');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Nettbutikk 2028');
    // The plan's language chose its currency too, as nobody had changed it.
    expect(await combobox(page, 'Currency').inputValue()).toBe('NOK');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect.poll(() => page.url()).toMatch(/\/plans\/[^/]+$/);
    const shop = (await planNamed('Nettbutikk 2028'))!;
    expect(shop).toMatchObject({ locale: 'nb', currency: 'NOK' });
    const shopGoals = await json<{ items: { name: string; draft?: boolean }[] }>(`${API}/plans/${shop.id}/goals`);
    expect(shopGoals.items.length).toBeGreaterThan(0);
    expect(shopGoals.items.every((goal) => goal.draft === true)).toBe(true);

    await page.goto('/workspaces/demo');
    await page.getByRole('button', { name: 'New plan' }).first().click();
    await dialog.getByRole('tab', { name: 'From a template' }).click();
    await dialog.getByRole('radio', { name: /^Bike shop template/ }).click();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Bike plan 2029');
    expect(await combobox(page, 'Currency').inputValue()).toBe('EUR');
    const start = dialog.getByRole('textbox', { name: 'Start', exact: true });
    await start.fill('2029-01-01');
    const end = dialog.getByRole('textbox', { name: 'End', exact: true });
    await end.fill('2029-12-31');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect.poll(async () => Boolean(await planNamed('Bike plan 2029'))).toBe(true);
    await expect.poll(() => page.url()).toMatch(/\/plans\/[^/]+$/);
    // The template's language, the period typed, and the currency the dialog showed.
    const copy = (await planNamed('Bike plan 2029'))!;
    expect(copy).toMatchObject({ currency: 'EUR', locale: 'en', period: { start: '2029-01-01', end: '2029-12-31' } });
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('deletes a plan once its name is typed, and goes back to the plans', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const plan = (await planNamed('Bike plan 2029'))!;
    await page.goto(`/workspaces/demo/plans/${plan.id}/settings`);
    await page.getByRole('button', { name: 'Delete plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Bike plan 2029”?' });
    const confirm = dialog.getByRole('button', { name: 'Delete plan' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Type “Bike plan 2029” to confirm' }).fill('Bike plan');
    expect(await confirm.isDisabled()).toBe(true);
    await check(page, 'settings-delete-plan');
    await dialog.getByRole('textbox', { name: 'Type “Bike plan 2029” to confirm' }).fill('Bike plan 2029');
    await confirm.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/workspaces/demo');
    await page.getByText('“Bike plan 2029” is deleted').waitFor();
    expect((await owner.api('GET', `${API}/plans/${plan.id}`)).status).toBe(404);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('renames the workspace and sets its defaults, which a new plan takes', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto('/workspaces/demo');
    await page.getByRole('link', { name: 'Workspace settings' }).click();
    await page.getByRole('heading', { name: 'Workspace settings', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Nordbok Group');
    await choose(page, 'Language of new plans', 'Svenska');
    await combobox(page, 'Currency of new plans').fill('SEK');
    await combobox(page, 'Currency of new plans').press('Tab');
    await check(page, 'settings-workspace');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Workspace settings saved').waitFor();
    expect(await json(API)).toMatchObject({ name: 'Nordbok Group', locale: 'sv', currency: 'SEK' });

    await page.getByRole('link', { name: 'Nordbok Group' }).click();
    await page.getByRole('heading', { name: 'Nordbok Group', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New plan' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    expect(await combobox(page, 'Currency').inputValue()).toBe('SEK');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Plan i kronor');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect.poll(() => page.url()).toMatch(/\/plans\/[^/]+$/);
    expect(await planNamed('Plan i kronor')).toMatchObject({ currency: 'SEK', locale: 'sv' });
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it("lists the workspace's saved templates and deletes one after asking", async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto('/workspaces/demo/settings');
    const section = page.getByRole('region', { name: 'Saved templates' });
    const row = section.getByRole('listitem').filter({ hasText: 'Bike shop template' });
    await row.getByText('For a chain of bicycle repair shops').waitFor();
    await row.getByText(/^English · Saved /).waitFor();
    await check(page, 'settings-templates');

    // Cancelled first: nothing is deleted.
    await row.getByRole('button', { name: 'Delete template Bike shop template' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete template “Bike shop template”?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await json<{ items: unknown[] }>(`${API}/templates`)).items).toHaveLength(1);

    await row.getByRole('button', { name: 'Delete template Bike shop template' }).click();
    await check(page, 'settings-delete-template');
    await dialog.getByRole('button', { name: 'Delete template' }).click();
    await page.getByText('Template “Bike shop template” deleted').waitFor();
    await section.getByText('No templates saved yet.', { exact: false }).waitFor();
    expect((await json<{ items: unknown[] }>(`${API}/templates`)).items).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
