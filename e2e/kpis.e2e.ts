import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
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
  nextDue: string | null;
}

// The web app's one English date style (i18n.format.ts): "13 December 2026".
const dateLabel = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
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

  async function storedValue(kpi: string, date: string): Promise<number | undefined> {
    const answer = (await (await owner.api('GET', `${apiPlan}/measurements?kpi=${kpi}&from=${date}&to=${date}`)).json()) as { items: { value: number }[] };
    return answer.items[0]?.value;
  }
  const storedVisits = (date: string) => storedValue('visits', date);

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
    const due = page.getByRole('textbox', { name: `Webshop visits on ${dateLabel(before.nextDue!)}` });
    await due.fill('14 321');
    await due.press('Tab');
    await expect.poll(() => storedVisits(before.nextDue!)).toBe(14321);

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
    // Kurs knows a Nordic spreadsheet and proposes the visits column at once; the conversion rate it leaves to the user.
    await dialog.getByText('The file has 1 error').waitFor();
    expect(await dialog.getByRole('combobox', { name: 'KPI for the column Konverteringsrate' }).inputValue()).toBe('Not imported');
    // A chosen file not yet imported is work: Back asks first.
    await page.evaluate(() => history.back());
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(await dialog.locator('input[type=file]').count()).toBe(1);
    expect(await dialog.getByRole('combobox', { name: 'KPI for the column Besøk nettbutikk' }).inputValue()).toBe('Webshop visits');
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
    // The address changes before the list is drawn (the router renders the next page in a transition):
    // until then the only table is this KPI page's grid, whose header also names Webshop visits.
    await page.getByRole('heading', { level: 1, name: 'KPIs' }).waitFor();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Webshop visits' });
    await expect.poll(() => row.textContent()).toContain(before.nextDue! <= before.today ? '14,321' : '15,050');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('keeps the grid rows in place after a save, marks a cell that failed with its reason, and asks before leaving unsaved input', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const { today } = await visits();
    // The click rate has not been entered for months: its rows are the month ends of the plan so far.
    await page.goto(`${planUrl}/kpis/newsletter-ctr`);
    const grid = page.getByRole('table', { name: 'Newsletter click rate' });
    await grid.locator('tbody tr').first().waitFor();
    const rowDates = () => grid.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date')!));
    const before = await rowDates();
    expect(before).toHaveLength(12);
    expect(before.every((d) => addDays(d, 1).endsWith('-01'))).toBe(true);
    expect(before.at(-1)! >= today).toBe(true);

    // A value on the 7th of last month, on a row of its own: the month ends stay where they were.
    const lastMonthEnd = before.at(-2)!;
    const seventh = `${lastMonthEnd.slice(0, 8)}07`;
    await page.getByLabel('Another date').fill(seventh);
    await page.getByRole('button', { name: 'Add row' }).click();
    const withSeventh = [...before.slice(0, -2), seventh, ...before.slice(-2)];
    await expect.poll(rowDates).toEqual(withSeventh);
    const cell = (date: string) => grid.locator(`tr[data-date="${date}"]`).getByRole('textbox');
    await cell(seventh).fill('2.7');
    await cell(seventh).press('Tab');
    await expect.poll(() => storedValue('newsletter-ctr', seventh)).toBe(2.7);
    await expect.poll(() => page.getByText('Saving…').count()).toBe(0);
    expect(await rowDates()).toEqual(withSeventh);
    expect(await cell(seventh).inputValue()).toBe('2.7');

    // The server cannot be reached: the typed value stays, marked, with the reason in words.
    const blocked = (route: Route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue());
    await page.route('**/measurements', blocked);
    await cell(lastMonthEnd).fill('2.8');
    await cell(lastMonthEnd).press('Enter');
    const reason = grid.getByText('Not saved: Kurs could not reach the server.');
    await reason.waitFor();
    expect(await cell(lastMonthEnd).inputValue()).toBe('2.8');
    expect(await cell(lastMonthEnd).getAttribute('aria-invalid')).toBe('true');
    expect(await cell(lastMonthEnd).evaluate((input) => document.getElementById(input.getAttribute('aria-describedby')!)?.textContent)).toBe(
      'Not saved: Kurs could not reach the server.',
    );
    await page.getByText('1 cell is not saved.', { exact: false }).waitFor();
    expect(await rowDates()).toEqual(withSeventh);
    await screenshot(page, 'kpis-grid-failed-cell-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Leaving asks first; staying keeps the cell as it was.
    await page.getByLabel('Where you are').getByRole('link', { name: 'KPIs' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Stay and keep editing' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(page.url()).toContain('/kpis/newsletter-ctr');
    expect(await cell(lastMonthEnd).inputValue()).toBe('2.8');
    // Closing the tab gets the browser's own question.
    const unload = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await unload).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    // Retry once the server answers again: saved, unmarked, and nothing left to guard.
    await page.unroute('**/measurements', blocked);
    await grid.getByRole('button', { name: /^Retry: Newsletter click rate/ }).click();
    await expect.poll(() => storedValue('newsletter-ctr', lastMonthEnd)).toBe(2.8);
    await reason.waitFor({ state: 'detached' });
    expect(await cell(lastMonthEnd).getAttribute('aria-invalid')).toBeNull();

    // A refused value that is discarded shows what is stored again.
    await cell(before.at(-3)!).fill('abc');
    await cell(before.at(-3)!).press('Enter');
    await grid.getByText('Not a number.').waitFor();
    await grid.getByRole('button', { name: /^Discard: Newsletter click rate/ }).click();
    await expect.poll(() => cell(before.at(-3)!).inputValue()).toBe('');
    await page.getByLabel('Where you are').getByRole('link', { name: 'KPIs' }).click();
    await page.waitForURL(/\/kpis$/);
    expect(await page.getByRole('dialog', { name: 'Leave without saving?' }).count()).toBe(0);

    // The KPI form asks before Back drops a changed field.
    await page.getByRole('table').getByRole('link', { name: 'Newsletter click rate' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Edit KPI' });
    await form.getByLabel('Owner', { exact: true }).fill('Ola Nordmann');
    await page.evaluate(() => history.back());
    await page.getByRole('dialog', { name: 'Leave without saving?' }).waitFor();
    await page.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(await form.getByLabel('Owner', { exact: true }).inputValue()).toBe('Ola Nordmann');
    expect(session.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
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

  it('zooms the chart of a long history by dragging or by typed dates, and shows every value of the range', async () => {
    // A daily KPI with 4 000 values: more than the chart's 1 500 pixel columns can show one by one.
    expect((await owner.api('POST', `${apiPlan}/kpis`, { id: 'ticks', name: 'Ticks', frequency: 'daily', aggregation: 'last' })).status).toBe(201);
    const items = Array.from({ length: 4000 }, (_, i) => ({ kpi: 'ticks', date: addDays('2015-01-01', i), value: 100 + (i % 97) }));
    expect((await owner.api('POST', `${apiPlan}/measurements`, { items })).status).toBe(200);
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const exact = () =>
      page.waitForResponse(async (res) => /\/kpis\/ticks\/series\?.*from=.*to=/.test(res.url()) && ((await res.json()) as { reduced: boolean }).reduced === false);
    const lowsAndHighs = page.getByText(/are more than the chart can show one by one/);
    await page.goto(`${planUrl}/kpis/ticks`);
    await chartDrawn(page);
    await lowsAndHighs.waitFor();

    // Dragged across a tenth of the chart: that range, with every value.
    const plot = (await page.locator('.u-over').boundingBox())!;
    const dragged = exact();
    await page.mouse.move(plot.x + plot.width * 0.45, plot.y + plot.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.55, plot.y + plot.height / 2, { steps: 4 });
    await page.mouse.up();
    const range = new URL((await dragged).url()).searchParams;
    expect(range.get('from')! > '2015-01-01' && range.get('to')! < addDays('2015-01-01', 3999)).toBe(true);
    await lowsAndHighs.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show the whole history' }).click();
    await lowsAndHighs.waitFor();

    // By keyboard: the dates typed in, each read when its field is left.
    const dates = page.getByRole('group', { name: 'Dates the chart shows' });
    const typedFrom = exact();
    await dates.getByLabel('From', { exact: true }).fill('2025-01-01');
    await dates.getByLabel('From', { exact: true }).press('Tab');
    expect(new URL((await typedFrom).url()).searchParams.get('from')).toBe('2025-01-01');
    const typedTo = exact();
    await dates.getByLabel('To', { exact: true }).fill('2025-03-31');
    await dates.getByLabel('To', { exact: true }).press('Enter');
    expect(new URL((await typedTo).url()).searchParams.get('to')).toBe('2025-03-31');
    await chartDrawn(page);
    await lowsAndHighs.waitFor({ state: 'hidden' });
    await screenshot(page, 'kpis-page-zoomed-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
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
