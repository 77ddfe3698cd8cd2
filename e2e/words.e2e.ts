import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, demoPlanId, type Owner, startAppServer } from './support/server.js';

/*
 * A Danish marketing lead reads what the server refuses in Danish: an activity that ends before
 * it starts is told so at its end field, with both dates in the Danish style; a plan file with
 * mistakes names each in Danish; a KPI still in use cannot be deleted, and says why. Every
 * page writes dates one way, the Danish way, and shows no ISO date.
 */

const DANISH_DATE = /\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) 20\d\d/;
const ISO_DATE = /\b20\d\d-\d\d-\d\d\b/;

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ name, violations: await seriousA11yViolations(page) }).toEqual({ name, violations: [] });
}

describe.skipIf(!chromiumAvailable())('a Danish user reads the server’s refusals in Danish', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let plan = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    plan = await demoPlanId(owner);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is told at the end field, in Danish, that an activity ends before it starts', async () => {
    for (const [width, height] of [
      [1440, 900],
      [375, 800],
    ] as const) {
      const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK', width, height });
      const { page } = session;
      await page.goto(`/workspaces/demo/plans/${plan}/activities`);
      await page.getByRole('button', { name: 'Tilføj aktivitet' }).click();
      const form = page.getByRole('dialog');
      await form.getByRole('textbox', { name: /^Titel/ }).fill('Indkaldelsesbreve');
      await form.getByLabel('Start', { exact: true }).fill('2027-05-01');
      const end = form.getByLabel('Slut', { exact: true });
      await end.fill('2027-03-01');
      await form.getByRole('button', { name: 'Gem' }).click();

      const said = 'Slutdatoen, 1. marts 2027, ligger før startdatoen, 1. maj 2027.';
      await form.getByText(said).waitFor();
      // Under the field it is about: the end date's input is described by it.
      const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
      const descriptions = await Promise.all(describedBy.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(descriptions).toContain(said);
      expect(await form.textContent()).not.toMatch(/before start|is not valid/);
      await end.scrollIntoViewIfNeeded();
      await check(page, `words-activity-end-da-${width}`);
      expect(session.problems).toEqual([]);
      await session.close();
    }
  });

  it('imports a plan file with mistakes and reads each one in Danish, with its line', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK' });
    const { page } = session;
    const file = [
      'kurs: 1',
      'plan:',
      '  name: Smilet Tandklinik 2027',
      '  period: { start: 2027-01-01, end: 2026-12-31 }',
      'goals:',
      '  - id: patienter',
      '    title: 400 nye patienter i 2027',
      '    horizon: decade',
      '    kpi: nye-patienter',
      '',
    ].join('\n');
    await page.goto('/workspaces/demo');
    await page.getByRole('button', { name: 'Ny plan' }).first().click();
    await page.getByRole('dialog').getByRole('tab', { name: 'Upload en fil' }).click();
    await page.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name: 'klinik.yaml', mimeType: 'application/yaml', buffer: Buffer.from(file) });
    await page.getByRole('dialog').getByRole('button', { name: 'Importér plan' }).click();

    const problems = page.getByRole('dialog').getByRole('alert');
    await problems.getByText('Dokumentet har 3 fejl').waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Intet blev importeret.');
    expect(text).toContain('goals[0].horizon(linje 8, kolonne 14): Skal være quarter, year eller long.');
    expect(text).toContain('plan.period.end(linje 4, kolonne 37): Slutdatoen, 31. december 2026, ligger før startdatoen, 1. januar 2027.');
    expect(text).toContain('goals[0].kpi(linje 9, kolonne 10): Der er ingen KPI med id’et “nye-patienter”.');
    expect(text).not.toMatch(/must be|no kpi with id|is before start/);
    await check(page, 'words-import-da-1440');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('cannot delete a KPI that a goal measures, and says why in Danish, in a menu and a dialog that read well light and dark', async () => {
    const api = async <T>(path: string) => (await (await owner.api('GET', `/api/v1/workspaces/demo/plans/${plan}${path}`)).json()) as T;
    const goals = await api<{ items: { kpi?: string }[] }>('/goals');
    const kpis = await api<{ items: { id: string; name: string }[] }>('/kpis');
    const used = kpis.items.find((k) => goals.items.some((g) => g.kpi === k.id))!;
    for (const [width, colorScheme] of [
      [1440, 'light'],
      [375, 'dark'],
    ] as const) {
      const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK', width, colorScheme });
      const { page } = session;
      await page.goto(`/workspaces/demo/plans/${plan}/kpis`);
      const actions = page.getByRole('button', { name: `Handlinger for ${used.name}` }).first();
      await actions.waitFor();
      await page.waitForLoadState('networkidle');
      if (width === 1440) await check(page, 'words-kpis-da-1440');
      await actions.click();
      // The red "Slet" reads at 4.5:1 or more on the menu, resting and focused (shared/ui/danger-menu-item.tsx).
      const remove = page.getByRole('menuitem', { name: 'Slet' });
      await remove.waitFor();
      await check(page, `words-kpi-menu-da-${width}-${colorScheme}`);
      await remove.focus();
      await expect.poll(() => remove.evaluate((el) => el === document.activeElement)).toBe(true);
      await check(page, `words-kpi-menu-focused-da-${width}-${colorScheme}`);
      await remove.click();
      const dialog = page.getByRole('dialog', { name: 'Slet KPI' });
      await dialog.getByRole('button', { name: 'Slet KPI' }).click();
      await dialog.getByText(`“${used.id}” kan ikke slettes, så længe andre dele af planen bruger det. Fjern de henvisninger først:`).waitFor();
      expect(await dialog.textContent()).toContain(`Bruger KPI’en “${used.id}”.`);
      expect(await dialog.textContent()).not.toMatch(/is still used|no kpi with id/);
      // The red delete button's white text reads at 4.5:1 or more in both schemes (app.theme.ts).
      await check(page, `words-kpi-in-use-da-${width}-${colorScheme}`);
      expect(session.problems).toEqual([]);
      await session.close();
    }
  });

  it('writes every date the Danish way, health messages and goal cards included, and no ISO date', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK' });
    const { page } = session;
    for (const step of ['', '/goals', '/kpis', '/activities', '/reviews', '/situation']) {
      await page.goto(`/workspaces/demo/plans/${plan}${step}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const text = await page.locator('main').innerText();
      expect({ step, iso: text.match(ISO_DATE)?.[0] }).toEqual({ step, iso: undefined });
      expect({ step, danish: DANISH_DATE.test(text) }).toEqual({ step, danish: true });
    }
    await check(page, 'words-reviews-da-1440');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
