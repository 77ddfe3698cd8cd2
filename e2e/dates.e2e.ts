import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * Dates are typed the way each language writes them, into the new plan's period: the field
 * reads them, shows them back in its short form, and the plan is stored with those ISO dates.
 * A day that does not exist (31.2.2027) is named in Danish and nothing is created; an English
 * date that reads two ways is refused with both readings; the calendar opens from the keyboard.
 */

interface Case {
  browserLocale: string;
  words: { newPlan: string; name: string; start: string; end: string; create: string };
  start: string;
  end: string;
  /** What the field shows once it has read the start. */
  shown: string;
}

const CASES: Record<'en' | 'nb' | 'sv' | 'da', Case> = {
  en: { browserLocale: 'en-GB', words: { newPlan: 'New plan', name: 'Name', start: 'Start', end: 'End', create: 'Create plan' }, start: '3/31/2027', end: 'March 30, 2028', shown: '31 Mar 2027' },
  nb: { browserLocale: 'nb-NO', words: { newPlan: 'Ny plan', name: 'Navn', start: 'Start', end: 'Slutt', create: 'Opprett plan' }, start: '31.3.2027', end: '30.03.28', shown: '31.03.2027' },
  sv: { browserLocale: 'sv-SE', words: { newPlan: 'Ny plan', name: 'Namn', start: 'Start', end: 'Slut', create: 'Skapa plan' }, start: '2027-03-31', end: '30/3 2028', shown: '2027-03-31' },
  da: { browserLocale: 'da-DK', words: { newPlan: 'Ny plan', name: 'Navn', start: 'Start', end: 'Slut', create: 'Opret plan' }, start: '31/3-2027', end: '30. marts 2028', shown: '31.03.2027' },
};

describe.skipIf(!chromiumAvailable())('dates typed as each language writes them', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;

  const plans = async () =>
    ((await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string; name: string; period: { start: string; end: string } }[] }).items;

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const [locale, c] of Object.entries(CASES)) {
    it(`reads the period typed in ${locale}`, async () => {
      const session = await openSession(browser, app.url, { signedIn: owner, locale: c.browserLocale });
      const { page } = session;
      await page.goto('/workspaces/demo');
      await page.getByRole('button', { name: c.words.newPlan }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: c.words.name }).fill(`Typed ${locale}`);
      const start = dialog.getByRole('textbox', { name: c.words.start, exact: true });
      await start.fill(c.start);
      await start.press('Tab');
      expect(await start.inputValue()).toBe(c.shown);
      const end = dialog.getByRole('textbox', { name: c.words.end, exact: true });
      await end.fill(c.end);
      // Enter reads the date first; the next Enter sends the form.
      await end.press('Enter');
      await end.press('Enter');
      await expect.poll(async () => (await plans()).find((plan) => plan.name === `Typed ${locale}`)?.period).toEqual({ start: '2027-03-31', end: '2028-03-30' });
      await expect.poll(() => page.url()).toMatch(/\/plans\/[^/]+$/);
      expect(session.problems).toEqual([]);
      await session.close();
    });
  }

  it('names the day that does not exist in Danish, and creates nothing', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'da-DK' });
    const { page } = session;
    const before = await plans();
    await page.goto('/workspaces/demo');
    await page.getByRole('button', { name: 'Ny plan' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Ny plan' });
    await dialog.getByRole('textbox', { name: 'Navn' }).fill('Ingen sådan dag');
    const start = dialog.getByRole('textbox', { name: 'Start', exact: true });
    await start.fill('31.2.2027');
    await dialog.getByRole('button', { name: 'Opret plan' }).click();
    const said = 'Der er ingen 31. februar 2027: februar 2027 har 28 dage.';
    await dialog.getByText(said).waitFor();
    // The message describes the field, and the text typed stays.
    const describedBy = (await start.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(describedBy.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain(said);
    expect(await start.inputValue()).toBe('31.2.2027');
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    // Enter in another field does not send the form either: the field that holds no date takes the focus.
    await dialog.getByRole('textbox', { name: 'Navn' }).press('Enter');
    await expect.poll(() => start.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, 'dates-no-such-day-da-1440');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await plans()).toEqual(before);

    // The calendar, from the keyboard: Tab to its button, open it on the field's day, move a day on, and the field reads it.
    await start.fill('27.2.2027');
    await start.press('Tab');
    await expect.poll(() => dialog.getByText(said).count()).toBe(0);
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('dialog', { name: 'Vælg i kalenderen' });
    await calendar.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('27 februar 2027');
    await page.keyboard.press('ArrowRight');
    await screenshot(page, 'dates-calendar-da-1440');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'hidden' });
    expect(await start.inputValue()).toBe('28.02.2027');
    // The focus is back on the calendar's button, next to the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Vælg i kalenderen');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('refuses an English date that reads two ways, with both readings', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, locale: 'en-GB', width: 375, height: 800 });
    const { page } = session;
    await page.goto('/workspaces/demo');
    await page.getByRole('button', { name: 'New plan' }).first().click();
    const dialog = page.getByRole('dialog');
    const start = dialog.getByRole('textbox', { name: 'Start', exact: true });
    await start.fill('3/4/2027');
    await start.press('Enter');
    await dialog.getByText('“3/4/2027” could be 3 April 2027 or 4 March 2027. Write the month as a word (3 Apr 2027) or the date as 2027-04-03.').waitFor();
    await screenshot(page, 'dates-ambiguous-en-375');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
