import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, demoPlanId, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead gives the demo book shop's themes their colours and budgets: picks a swatch
 * by keyboard and sees it on the roadmap, writes a colour of their own (warned when bar labels
 * would be hard to read on it), and places a theme's hours unevenly over the quarters. A sum
 * that is not the total cannot be saved and the form says why; the quarters are there after a
 * reload, on the card and in the API's /theme-budgets.
 */

const THEME = 'webperf';
const THEME_NAME = 'Website performance';
// A planned bar of the theme: drawn in the theme's colour itself (ideas and done work are paler).
const BAR = 'vipps-express';
const BLUE = '#1971c2';
const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];
const UNEVEN = [100, 60, 20, 20, 100, 60, 20, 20];

interface StoredTheme {
  color?: string;
  budget_hours?: number;
  quarters?: { quarter: string; hours: number }[];
}

describe.skipIf(!chromiumAvailable())('a marketing lead gives themes colours and budgets per quarter', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let base = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    base = `/workspaces/demo/plans/${await demoPlanId(owner)}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const stored = async (): Promise<StoredTheme> => (await (await owner.api('GET', `/api/v1${base}/themes/${THEME}`)).json()) as StoredTheme;
  const openEditor = async (page: Page) => {
    await page.getByRole('button', { name: `Edit ${THEME_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit theme' });
    await dialog.waitFor();
    return dialog;
  };
  const quarter = (page: Page, q: string) => page.locator(`[data-quarter-input="${q}"]`);
  const balance = (page: Page) => page.locator('[data-budget-balance]');
  const themesPage = async (page: Page) => {
    await page.goto(`${base}/themes`);
    await page.getByRole('button', { name: `Edit ${THEME_NAME}` }).waitFor();
  };

  it('picks a swatch by keyboard, sees it on the roadmap, and writes a colour of its own', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await themesPage(page);
    let dialog = await openEditor(page);
    // The demo's colour is none of the swatches: "Custom" is chosen, with the colour written out.
    await expect.poll(() => dialog.getByRole('radio', { name: 'Custom' }).isChecked()).toBe(true);
    await screenshot(page, 'themes-form-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Tab reaches the group on its chosen option; the arrows move on (past the end to the start), Space and Enter choose.
    await dialog.getByRole('button', { name: 'Spread evenly' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Custom');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Blue');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    // Enter chose; it did not send the form.
    await page.waitForTimeout(300);
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Blue' }).isChecked()).toBe(true);
    await dialog.getByText('Chosen: Blue').waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await stored()).color).toBe(BLUE);

    await page.goto(`${base}/roadmap`);
    await page.locator(`svg[data-roadmap-ready] [data-bar="${BAR}"] > rect`).waitFor();
    expect(await page.locator(`svg[data-roadmap-ready] [data-bar="${BAR}"] > rect`).getAttribute('fill')).toBe(BLUE);

    // A colour of its own: a mid grey is allowed but warned about; a half-written one is not saved.
    await themesPage(page);
    dialog = await openEditor(page);
    await dialog.getByRole('radio', { name: 'Custom' }).check();
    const hex = dialog.getByRole('textbox', { name: 'Custom colour' });
    await expect.poll(() => hex.inputValue()).toBe(BLUE);
    await hex.fill('#7a7a7a');
    await dialog.getByText('Hard to read on the roadmap').waitFor();
    await hex.fill('#12');
    await page.keyboard.press('Tab');
    await dialog.getByText('A custom colour is written # and six hex digits, such as #2f6fdf').waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.waitForTimeout(300);
    expect(await dialog.isVisible()).toBe(true);
    expect((await stored()).color).toBe(BLUE);
    await hex.fill('#0b7285');
    expect(await dialog.getByText('Hard to read on the roadmap').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await stored()).color).toBe('#0b7285');

    // Automatic stores no colour: the theme takes the palette's for its place, which the option shows.
    dialog = await openEditor(page);
    await dialog.getByRole('radio', { name: /^Automatic/ }).check();
    await dialog.getByText(/^Chosen: Automatic · the palette's colour/).waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await stored()).color).toBeUndefined();
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('places the budget unevenly over the quarters, refuses a wrong sum, and keeps it', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await themesPage(page);
    const dialog = await openEditor(page);

    // Only a total so far: the even spread is a suggestion, and nothing per quarter is stored.
    await dialog.getByText('Suggested: the total spread evenly over the quarters', { exact: false }).waitFor();
    expect(await quarter(page, '2026-Q1').inputValue()).toBe('125');
    await dialog.getByRole('textbox', { name: 'Total (hours)' }).fill('400');
    await dialog.getByRole('button', { name: 'Spread evenly' }).click();
    await expect.poll(() => Promise.all(QUARTERS.map((q) => quarter(page, q).inputValue()))).toEqual(QUARTERS.map(() => '50'));
    await expect.poll(() => balance(page).textContent()).toMatch(/^The quarters add up to the total of 400 h\. Spread evenly in whole hours/);

    // Uneven: the first quarter first, then the rest. Until they add up, Save waits and says why.
    await quarter(page, '2026-Q1').fill('100');
    await expect.poll(() => balance(page).textContent()).toBe('50 h more in the quarters than the total: take them out of a quarter or raise the total.');
    // Save looks off but keeps the focus, so the keyboard reaches it and hears why; Enter on it sends nothing.
    await dialog.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await dialog.locator('[data-save-reason]').getByText('You can save once the quarters add up to the total.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Save' }).getAttribute('aria-disabled')).toBe('true');
    expect(await dialog.isVisible()).toBe(true);
    expect((await stored()).quarters).toBeUndefined();
    for (const [i, q] of QUARTERS.entries()) await quarter(page, q).fill(String(UNEVEN[i]));
    await expect.poll(() => balance(page).textContent()).toBe('The quarters add up to the total of 400 h.');
    expect(await dialog.locator('[data-save-reason]').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const saved = await stored();
    expect(saved.budget_hours).toBe(400);
    expect(saved.quarters).toEqual(QUARTERS.map((q, i) => ({ quarter: q, hours: UNEVEN[i] })));
    const budgets = (await (await owner.api('GET', `/api/v1${base}/theme-budgets`)).json()) as { themes: { theme: string | null; quarters: { quarter: string; budgetHours: number | null }[] }[] };
    expect(budgets.themes.find((t) => t.theme === THEME)?.quarters.map((q) => q.budgetHours)).toEqual(UNEVEN);

    // After a reload the card shows the quarters as set, and the form opens with them.
    await page.reload();
    const card = page.locator(`[data-theme="${THEME}"]`);
    await card.locator('[data-quarter-budgets="set"]').waitFor();
    const cells = await card.locator('tr[data-quarter] td:nth-child(3)').allTextContents();
    expect(cells.map((c) => / of (\d+) h/.exec(c)?.[1])).toEqual(UNEVEN.map(String));
    await screenshot(page, 'themes-page-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await openEditor(page);
    await expect.poll(() => Promise.all(QUARTERS.map((q) => quarter(page, q).inputValue()))).toEqual(UNEVEN.map(String));
    await page.keyboard.press('Escape');

    // The API keeps the rule too: a sum other than the total is refused and names budget_hours.
    const path = `${app.url}/api/v1${base}/themes/${THEME}`;
    const etag = (await owner.api('GET', `/api/v1${base}/themes/${THEME}`)).headers.get('etag')!;
    const refused = await fetch(path, {
      method: 'PATCH',
      headers: { cookie: `${owner.cookie.name}=${owner.cookie.value}`, 'x-csrf-token': owner.csrf, origin: app.url, 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ quarters: [{ quarter: '2026-Q1', hours: 10 }] }),
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain('budget_hours');
    expect((await stored()).quarters).toEqual(saved.quarters);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('reads well on a phone and in the dark, with the decimal mark of the language', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, width: 375, height: 800, colorScheme: 'dark', locale: 'nb-NO' });
    const { page } = session;
    await page.goto(`${base}/themes`);
    await page.getByRole('button', { name: `Rediger ${THEME_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Rediger tema' });
    await dialog.waitFor();
    // A name stops at 200 characters, and says how many it has once it is near.
    const name = dialog.getByRole('textbox', { name: 'Navn' });
    await name.fill('x'.repeat(150));
    expect(await dialog.getByText('av 200 tegn').count()).toBe(0);
    await name.fill('x'.repeat(250));
    expect((await name.inputValue()).length).toBe(200);
    await dialog.getByText('200 av 200 tegn').waitFor();
    // 100,5 hours spread evenly: whole hours, and the last quarter takes the half hour.
    await dialog.getByRole('textbox', { name: 'Totalt (timer)' }).fill('100,5');
    await dialog.getByRole('button', { name: 'Fordel jevnt' }).click();
    await expect.poll(() => quarter(page, '2027-Q4').inputValue()).toBe('12,5');
    await screenshot(page, 'themes-form-375-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'themes-form-375-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Forkast' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, 'themes-page-375-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'themes-page-1440-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
