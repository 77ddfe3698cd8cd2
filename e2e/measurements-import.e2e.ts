import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, demoPlanId, type Owner, startAppServer } from './support/server.js';

/*
 * A Danish web shop's weekly visits, saved by Excel on Windows as "CSV (semikolonsepareret)":
 * Windows-1252 bytes, semicolons, a title above the header, thousands written "12.480" and a
 * closing "I alt" row. The preview says how Kurs read it (encoding, separator, header line),
 * lists the title and the totals row as passed over, and what each KPI gets; then the values
 * are imported as the file has them, the totals row not among them.
 */

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const danishDate = (iso: string) => iso.split('-').reverse().join('.');
// The web app's one English date style (i18n.format.ts): "13 December 2026".
const english = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dateLabel = (iso: string) => english.format(utc(iso));
const periodLabel = (start: string, end: string) => english.formatRange(utc(start), utc(end));

/** Text as Windows-1252 bytes: Latin-1 but for the few characters 0x80–0x9F holds (here the en dash). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0) < 256 ? c.charCodeAt(0) : Number.NaN)));
}

describe.skipIf(!chromiumAvailable())('a marketing lead imports an Excel export as it was saved, after a preview', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let planUrl = '';
  let file = '';
  const visits: [string, number][] = [];

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    planUrl = `/workspaces/demo/plans/${await demoPlanId(owner)}`;
    const progress = (await (await owner.api('GET', `/api/v1${planUrl}/progress`)).json()) as { kpis: { kpi: string; last: { date: string } | null }[] };
    // The weeks the demo has values for, so that they are rows of the KPI's grid.
    const latest = progress.kpis.find((k) => k.kpi === 'visits')!.last!.date;
    visits.push([addDays(latest, -14), 12480], [addDays(latest, -7), 13020], [latest, 14105]);
    const rows = visits.map(([date, value], i) => `${danishDate(date)};${value.toLocaleString('da-DK')};${['1,9', '2,1', '2,0'][i]}\r\n`).join('');
    const total = visits.reduce((sum, [, value]) => sum + value, 0).toLocaleString('da-DK');
    file = join(mkdtempSync(join(tmpdir(), 'kurs-import-e2e-')), 'besøg-uge.csv');
    writeFileSync(file, windows1252(`Besøg i webshoppen – uge for uge\r\nDato;Besøg;Konvertering %\r\n${rows}I alt;${total};\r\n`));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function storedVisits(date: string): Promise<number | undefined> {
    const answer = (await (await owner.api('GET', `/api/v1${planUrl}/measurements?kpi=visits&from=${date}&to=${date}`)).json()) as { items: { value: number }[] };
    return answer.items[0]?.value;
  }

  /** Opens the import and chooses the file: the dialog, which checks it at once. */
  async function chooseFile(page: Page, open: string, path = file): Promise<Locator> {
    await page.goto(`${planUrl}/kpis`);
    await page.getByRole('button', { name: open }).click();
    const dialog = page.getByRole('dialog', { name: open });
    await dialog.locator('input[type=file]').setInputFiles(path);
    return dialog;
  }

  /** The whole dialog in a screenshot at `width` (the page is made tall enough), and no serious axe finding. */
  async function look(page: Page, dialog: Locator, name: string, width: number): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    const height = await dialog.evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width, height: Math.max(900, height + 160) });
    // Nothing in the dialog is wider than the dialog: no sideways scrolling on a phone.
    expect({ name, wider: await dialog.evaluate((el) => [...el.querySelectorAll('*')].filter((child) => child.scrollWidth > el.clientWidth).map((child) => child.className)) }).toEqual({ name, wider: [] });
    await screenshot(page, name);
    await dialog.screenshot({ path: join(SHOTS, `${name}-dialog.png`) });
    expect({ name, violations: await seriousA11yViolations(page) }).toEqual({ name, violations: [] });
  }

  it('shows the encoding, the header line and the skipped title and totals row, then stores the values of the file', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const dialog = await chooseFile(page, 'Import results');
    await dialog.getByText('3 values are ready to import').waitFor();

    // Kurs knows a Nordic spreadsheet by its header and proposes the visits column for the visits KPI.
    const reading = dialog.getByRole('table', { name: 'How Kurs read the file' });
    expect(await reading.getByRole('row', { name: /Looks like/ }).textContent()).toContain('Spreadsheet in Norwegian, Swedish or Danish');
    expect(await reading.getByRole('row', { name: /Mapping/ }).textContent()).toContain('Proposed for this export');
    expect(await dialog.getByRole('combobox', { name: 'KPI for the column Besøg' }).inputValue()).toBe('Webshop visits');
    expect(await reading.getByRole('row', { name: /Character encoding/ }).textContent()).toContain('Windows-1252');
    expect(await reading.getByRole('row', { name: /Separator/ }).textContent()).toContain('Semicolon (;)');
    expect(await reading.getByRole('row', { name: /Header row/ }).textContent()).toContain('Line 2');
    await dialog.getByText('2 lines passed over').waitFor();
    expect(await dialog.getByRole('listitem').filter({ hasText: 'Line 1, title above the header:' }).textContent()).toContain('Besøg i webshoppen – uge for uge');
    expect(await dialog.getByRole('listitem').filter({ hasText: 'Line 6, totals row:' }).textContent()).toContain('I alt, 39.605');
    const perKpi = dialog.getByRole('table', { name: 'What will be stored for each KPI' }).getByRole('row', { name: /Webshop visits/ });
    const cells = (await perKpi.getByRole('cell').allTextContents()).map((text) => text.replace(/\s/g, ' '));
    expect(cells).toEqual(['3', periodLabel(visits[0]![0], visits[2]![0]).replace(/\s/g, ' '), '39,605 (sum)']);
    await look(page, dialog, 'kpis-import-preview-1440-en', 1440);
    await look(page, dialog, 'kpis-import-preview-375-en', 375);

    await dialog.getByRole('button', { name: 'Import 3 values' }).click();
    await page.getByText('3 values imported').waitFor();
    for (const [date, value] of visits) expect(await storedVisits(date)).toBe(value);

    // The KPI's page shows the values as stored: the totals row is not one of them.
    await page.goto(`${planUrl}/kpis/visits`);
    for (const [date, value] of visits) {
      await expect.poll(() => page.getByRole('textbox', { name: `Webshop visits on ${dateLabel(date)}` }).inputValue()).toBe(String(value));
    }
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('says the same in Danish (and in the dark), reading next week’s file with the mapping of the last import', async () => {
    // In the dark, for contrast there too.
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK', colorScheme: 'dark' });
    const { page } = session;
    const dialog = await chooseFile(page, 'Importér resultater');
    await dialog.getByText('3 værdier er klar til import').waitFor();
    const reading = dialog.getByRole('table', { name: 'Sådan læste Kurs filen' });
    expect(await reading.getByRole('row', { name: /Opsætning/ }).textContent()).toContain('Den samme som ved sidste import af denne rapport');
    expect(await reading.getByRole('row', { name: /Tegnkodning/ }).textContent()).toContain('Windows-1252 (vesteuropæisk');
    expect(await reading.getByRole('row', { name: /Overskriftsrække/ }).textContent()).toContain('Linje 2');
    await dialog.getByText('Linje 6, totalrække:').waitFor();
    await dialog.getByText('39.605 (sum)').waitFor();
    await look(page, dialog, 'kpis-import-preview-1440-da-dark', 1440);
    await look(page, dialog, 'kpis-import-preview-375-da-dark', 375);

    // A file saved half in UTF-8 and half in another encoding is refused where it changes, in Danish, never read as mojibake.
    const mixed = join(mkdtempSync(join(tmpdir(), 'kurs-import-e2e-')), 'blandet.csv');
    writeFileSync(mixed, Buffer.concat([Buffer.from('Dato;Besøg\r\n01.12.2026;5\r\nFebr'), Buffer.from([0xf8]), Buffer.from('r;6\r\n')]));
    await dialog.locator('input[type=file]').setInputFiles(mixed);
    const refusal = dialog.getByRole('alert').filter({ hasText: 'Filen har 1 fejl' });
    expect(await refusal.getByRole('listitem').textContent()).toBe(
      'Linje 3, kolonne 5: Filen blander tegnkodninger: den er UTF-8 indtil her, derefter kommer en byte (0xF8), der ikke er det. Åbn den i et regneark eller en teksteditor, gem den som “CSV UTF-8”, og importér den igen.',
    );
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('asks for the period of a report without dates, and stores its clicks as one value dated at the period’s end', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const queries = join(mkdtempSync(join(tmpdir(), 'kurs-import-e2e-')), 'Queries.csv');
    writeFileSync(queries, 'Top queries,Clicks,Impressions,CTR,Position\nnordic crime,120,3000,4%,3.1\nkrim bøker,30,900,3.33%,5.2\n');
    const dialog = await chooseFile(page, 'Import results', queries);
    await dialog.getByText('Kurs could not tell which KPI each column holds.', { exact: false }).waitFor();
    // Before any KPI is chosen, the preview already says what the file is.
    const reading = dialog.getByRole('table', { name: 'How Kurs read the file' });
    expect(await reading.getByRole('row', { name: /Looks like/ }).textContent()).toContain('Search Console performance by query, page, country or device');
    await dialog.getByRole('combobox', { name: 'KPI for the column Clicks' }).click();
    await page.getByRole('option', { name: 'Webshop visits', exact: true }).click();
    await dialog.getByRole('button', { name: 'Check with this mapping' }).click();
    await dialog.getByText('The file has no dates and names no period above its header: give the period it covers under “Dates of the values”.').waitFor();

    const end = visits[0]![0];
    await dialog.getByRole('combobox', { name: 'Dates of the values' }).click();
    await page.getByRole('option', { name: 'One period that I give' }).click();
    // A typed date is read when the field is left, as a person leaves it with Tab.
    await dialog.getByLabel('To', { exact: true }).fill(end);
    await dialog.getByLabel('To', { exact: true }).press('Tab');
    await dialog.getByRole('button', { name: 'Check with this mapping' }).click();
    await dialog.getByText('1 value is ready to import').waitFor();
    expect(await reading.getByRole('row', { name: /Period of the file/ }).textContent()).toContain(`each value is dated ${dateLabel(end)}`);
    await dialog.getByText('150 (sum)').waitFor();
    await look(page, dialog, 'kpis-import-period-375-en', 375);

    await dialog.getByRole('button', { name: 'Import 1 value' }).click();
    await page.getByText('1 value imported').waitFor();
    expect(await storedVisits(end)).toBe(150);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
