import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

describe.skipIf(!chromiumAvailable())('a new user opens Kurs', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('finds the demo workspace, opens the book shop plan, and reads it in Norwegian', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: /Nordbok/ }).first().click();
    await expect.poll(() => page.url()).toContain('/workspaces/demo');
    await page.getByRole('link', { name: /Digital strategy/ }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/workspaces\/demo\/plans\/[^/]+/);
    await page.getByRole('navigation').getByRole('link', { name: /Goals/ }).first().click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(page, 'shell-goals-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /language|språk/i }).first().click();
    await page.getByRole('menuitem', { name: /Norsk/ }).click();
    await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('nb');
    await screenshot(page, 'shell-goals-nb');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('opens a plan by its address with every request sent once and together, the session in the page', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    const [plan] = ((await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string }[] }).items;
    const requests: { url: string; start: number; end: number }[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      const timing = request.timing();
      if (url.pathname.startsWith('/api/')) requests.push({ url: url.pathname + url.search, start: timing.startTime, end: timing.startTime + timing.responseEnd });
    });
    await page.goto(`/workspaces/demo/plans/${encodeURIComponent(plan!.id)}`);
    await page.locator('[data-dashboard][data-ready]').waitFor();
    const urls = requests.map((r) => r.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
    expect(urls).not.toContain('/api/v1/auth/session');
    expect(urls).toEqual(expect.arrayContaining([expect.stringMatching(/\/health\/summary\?locale=en&top=5$/), expect.stringMatching(/\/progress$/)]));
    // The dashboard's worst findings come with the summary: the whole report is not read.
    expect(urls.filter((url) => /\/health(\?|$)/.test(url))).toEqual([]);
    // All at navigation: every request went out before the first answer came back.
    const firstEnd = Math.min(...requests.map((r) => r.end));
    expect(requests.filter((r) => r.start > firstEnd).map((r) => r.url)).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
