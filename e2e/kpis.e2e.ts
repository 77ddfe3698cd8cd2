import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * The owner of the webshop KPIs follows them up on the demo plan: the KPI table, a KPI's page
 * with its chart, a result typed into the grid, and a Norwegian CSV export (semicolons,
 * decimal commas, day-first dates) imported after its one bad line is fixed.
 */

interface Overview {
  kpi: string;
  last: { date: string; value: number } | null;
  nextDue: string;
}

const dateLabel = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const norwegianDate = (iso: string) => iso.split('-').reverse().join('.');
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!chromiumAvailable())('a KPI owner follows up the KPIs of the demo plan', () => {
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

  async function visits(): Promise<Overview & { today: string }> {
    const progress = (await (await owner.api('GET', `${apiPlan}/progress`)).json()) as { today: string; kpis: Overview[] };
    return { ...progress.kpis.find((k) => k.kpi === 'visits')!, today: progress.today };
  }

  async function storedVisits(date: string): Promise<number | undefined> {
    const answer = (await (await owner.api('GET', `${apiPlan}/measurements?kpi=visits&from=${date}&to=${date}`)).json()) as { items: { value: number }[] };
    return answer.items[0]?.value;
  }

  it('reads the table and a KPI page, enters a result, and imports a CSV after fixing its error', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const before = await visits();

    await page.goto(`${planUrl}/kpis`);
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Webshop visits' }).waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Instagram followers' }).getByText(/warnings?/).count()).toBeGreaterThan(0);
    await screenshot(page, 'kpis-table-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await table.getByRole('link', { name: 'Webshop visits' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webshop visits' }).waitFor();
    await chartDrawn(page);
    expect(await page.getByRole('img', { name: /Chart of Webshop visits by week/ }).count()).toBe(1);
    await page.getByText('Month', { exact: true }).click();
    await expect.poll(() => page.getByRole('img', { name: /by month/ }).count()).toBe(1);
    await chartDrawn(page);
    await screenshot(page, 'kpis-page-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A result for the week that is due, typed into the grid and saved on leaving the cell.
    const due = page.getByRole('textbox', { name: `Webshop visits on ${dateLabel(before.nextDue)}` });
    await due.fill('14 321');
    await due.press('Tab');
    await expect.poll(() => storedVisits(before.nextDue)).toBe(14321);

    // The web analyst's export: Norwegian headers, one column per KPI, a typo on line 3.
    const latest = before.last!.date;
    const previous = addDays(latest, -7);
    const folder = mkdtempSync(join(tmpdir(), 'kurs-kpis-e2e-'));
    const file = (name: string, visitsOnLatest: string) => {
      const path = join(folder, name);
      writeFileSync(path, `Dato;Besøk nettbutikk;Konverteringsrate\r\n${norwegianDate(previous)};13 480;1,97\r\n${norwegianDate(latest)};${visitsOnLatest};2,04\r\n`);
      return path;
    };

    await page.getByRole('button', { name: 'Import results' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import results' });
    await dialog.locator('input[type=file]').setInputFiles(file('besok-uke.csv', '15 05x'));
    await dialog.getByText('Kurs could not tell which KPI each column holds.', { exact: false }).waitFor();
    await chooseOption(page, dialog.getByRole('combobox', { name: 'KPI for the column Besøk nettbutikk' }), 'Webshop visits');
    await chooseOption(page, dialog.getByRole('combobox', { name: 'KPI for the column Konverteringsrate' }), 'Webshop conversion rate');
    await dialog.getByRole('button', { name: 'Check with this mapping' }).click();
    await dialog.getByText('The file has 1 error').waitFor();
    await dialog.getByText(/Line 3, column 2 \(Besøk nettbutikk\):/).waitFor();
    expect(await dialog.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    await screenshot(page, 'kpis-import-error-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.locator('input[type=file]').setInputFiles(file('besok-uke-rettet.csv', '15 050'));
    await dialog.getByText('4 values are ready to import').waitFor();
    await dialog.getByRole('button', { name: 'Import 4 values' }).click();
    await page.getByText('4 values imported').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await storedVisits(latest)).toBe(15050);
    await expect.poll(() => page.getByRole('textbox', { name: `Webshop visits on ${dateLabel(latest)}` }).inputValue()).toBe('15050');
    await chartDrawn(page);

    // The table's latest value is the latest on or before today: the imported one, unless the week due ends today.
    await page.getByRole('navigation').getByRole('link', { name: /KPIs/ }).first().click();
    await page.waitForURL(/\/kpis$/);
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Webshop visits' });
    await expect.poll(() => row.textContent()).toContain(before.nextDue <= before.today ? '14,321' : '15,050');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows the table and a KPI page at 1440 and 375 px, light and dark, with no serious accessibility problem', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    for (const [path, name] of [
      ['kpis', 'table'],
      ['kpis/books-sold', 'page'],
    ] as const) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${planUrl}/${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const [width, colorScheme] of [
        [1440, 'dark'],
        [375, 'dark'],
        [375, 'light'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(colorScheme);
        if (name === 'page') await chartDrawn(page);
        else await page.getByRole('link', { name: 'Books sold online' }).first().waitFor();
        await screenshot(page, `kpis-${name}-${width}-${colorScheme}`);
        expect(await seriousA11yViolations(page), `${name} ${width} ${colorScheme}`).toEqual([]);
      }
    }
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

/** The chart has drawn its current data at the width of the page (the marker is set again after every redraw). */
async function chartDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const chart = document.querySelector('[data-chart-drawn]');
    return chart !== null && chart.scrollWidth <= chart.clientWidth + 1 && document.documentElement.scrollWidth <= window.innerWidth;
  });
}

async function chooseOption(page: Page, combobox: ReturnType<Page['getByRole']>, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
