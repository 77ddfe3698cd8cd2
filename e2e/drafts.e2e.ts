import { startingPlan } from '@kurs/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead who started from the online-shop template goes through what it brought: from
 * the dashboard's card to the drafts page, confirms a goal by its badge (by keyboard), all KPIs
 * at once, deletes two activities of which one is still used by a milestone (kept, and the page
 * says by what), takes the KPI batch back, meets a theme changed elsewhere (reload, then confirm),
 * and finally confirms the rest until nothing is left.
 */

const PLAN = 'bike-shop';
const GOAL = { id: 'main-channel', title: 'Make the webshop our main sales channel' };
const KPI_IDS = ['online-share', 'online-revenue', 'visits', 'conversion-rate', 'newsletter-signups', 'repeat-rate'];
const FREE_ACTIVITY = { id: 'product-reviews', title: 'Collect product reviews' };
const USED_ACTIVITY = { id: 'checkout', title: 'Simplify the mobile checkout' };
const THEME = { id: 'shop', name: 'Webshop and checkout' };

interface Stored {
  draft?: boolean;
  description?: string;
}

describe.skipIf(!chromiumAvailable())('a marketing lead confirms what a starting plan brought', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  const base = `/workspaces/demo/plans/${PLAN}`;
  let total = 0;

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    const document = startingPlan('online-shop', 'en', { name: 'Bike shop', period: { start: '2027-01-01', end: '2027-12-31' }, currency: 'NOK' });
    const groups = [document.goals, document.kpis, document.themes, document.activities, document.milestones];
    const situation = [document.situation?.audiences, document.situation?.competitors, document.situation?.channels];
    total = [...groups, ...situation].reduce((n, list) => n + (list ?? []).filter((e) => e.draft === true).length, 0);
    const res = await owner.api('POST', `/api/v1/workspaces/demo/plans?id=${PLAN}`, document);
    if (res.status !== 201) throw new Error(`plan: ${res.status} ${await res.text()}`);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const get = async (collection: string, id: string) => owner.api('GET', `/api/v1${base}/${collection}/${id}`);
  const stored = async (collection: string, id: string): Promise<Stored> => (await (await get(collection, id)).json()) as Stored;
  const row = (page: Page, key: string) => page.locator(`[data-draft="${key}"]`);
  const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  it('follows the card, confirms a goal by keyboard and all KPIs, deletes an activity, undoes the KPI batch', async () => {
    expect(total).toBeGreaterThan(30);
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(base);
    await page.getByText(`${total} items from the template are still drafts.`).waitFor();
    await screenshot(page, 'drafts-dashboard-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Review them' }).click();
    await page.getByRole('heading', { name: 'Drafts to confirm', level: 1 }).waitFor();
    await row(page, `goals/${GOAL.id}`).waitFor();
    for (const group of ['situation', 'goals', 'kpis', 'activities', 'themes', 'roadmap']) {
      expect(await page.locator(`[data-drafts-group="${group}"]`).count()).toBe(1);
    }
    // Each item's main facts, and a link to it on its step.
    await row(page, `goals/${GOAL.id}`).getByText('Horizon: 2–5 years · KPI: Share of sales made online').waitFor();
    await row(page, 'kpis/visits').getByText('Unit: Count · Measured: Weekly').waitFor();
    expect(await page.getByRole('link', { name: `Open ${GOAL.title} on its step` }).getAttribute('href')).toBe(`${base}/goals?focus=${encodeURIComponent('goals[0]')}`);
    await screenshot(page, 'drafts-page-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The goal's badge, by keyboard: from its checkbox Tab reaches Confirm, Enter confirms.
    await page.getByRole('checkbox', { name: `Select ${GOAL.title}` }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page)).toBe(`Confirm ${GOAL.title}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => row(page, `goals/${GOAL.id}`).count()).toBe(0);
    await expect.poll(async () => (await stored('goals', GOAL.id)).draft).toBeUndefined();
    await page.getByText(`Confirmed “${GOAL.title}”.`).waitFor();

    // Every KPI at once.
    await page.getByRole('button', { name: `Confirm all ${KPI_IDS.length}: KPIs` }).click();
    await page.locator('[data-drafts-result]').getByText(`${KPI_IDS.length} confirmed`).waitFor();
    await expect.poll(() => page.locator('[data-drafts-group="kpis"]').count()).toBe(0);
    for (const id of KPI_IDS) expect((await stored('kpis', id)).draft).toBeUndefined();

    // Two activities deleted: one goes, the other is still used by a milestone and stays, with the reason.
    await page.getByRole('checkbox', { name: `Select ${FREE_ACTIVITY.title}` }).check();
    await page.getByRole('checkbox', { name: `Select ${USED_ACTIVITY.title}` }).check();
    await page.getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 drafts?' });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const result = page.locator('[data-drafts-result]');
    await result.getByText('1 deleted').waitFor();
    await result.getByText(`${USED_ACTIVITY.title}: still used by New checkout live`).waitFor();
    expect((await get('activities', FREE_ACTIVITY.id)).status).toBe(404);
    expect((await stored('activities', USED_ACTIVITY.id)).draft).toBe(true);
    await row(page, `activities/${USED_ACTIVITY.id}`).waitFor();
    await screenshot(page, 'drafts-result-1440-light');

    // The last confirm batch (the KPIs) is taken back; the goal confirmed before it stays confirmed.
    await result.getByRole('button', { name: 'Undo the last confirm' }).click();
    await page.locator('[data-drafts-group="kpis"]').waitFor();
    await page.reload();
    await row(page, `kpis/${KPI_IDS[0]}`).waitFor();
    expect(await page.locator('[data-drafts-group="kpis"] [data-draft]').count()).toBe(KPI_IDS.length);
    expect(await row(page, `goals/${GOAL.id}`).count()).toBe(0);
    for (const id of KPI_IDS) expect((await stored('kpis', id)).draft).toBe(true);
    expect((await stored('goals', GOAL.id)).draft).toBeUndefined();
    expect((await get('activities', FREE_ACTIVITY.id)).status).toBe(404);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('is readable at 375 px and in the dark', async () => {
    for (const options of [{ width: 375, colorScheme: 'light' as const }, { width: 1440, colorScheme: 'dark' as const }]) {
      const session = await openSession(browser, app.url, { signedIn: owner, ...options });
      const { page } = session;
      await page.goto(`${base}/drafts`);
      await row(page, `kpis/${KPI_IDS[0]}`).waitFor();
      await screenshot(page, `drafts-page-${options.width}-${options.colorScheme}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(session.problems).toEqual([]);
      await session.close();
    }
  });

  it('confirms the rest group by group until nothing is left, and the dashboard card is gone', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(`${base}/drafts`);
    await row(page, `kpis/${KPI_IDS[0]}`).waitFor();

    // A theme changed elsewhere after the page was read: its badge's confirm is refused (412), not
    // written over the other change; Reload brings the new version, which is then confirmed.
    const theme = (await (await get('themes', THEME.id)).json()) as { version: number };
    const changed = await fetch(`${app.url}/api/v1${base}/themes/${THEME.id}`, {
      method: 'PATCH',
      headers: { cookie: `${owner.cookie.name}=${owner.cookie.value}`, 'x-csrf-token': owner.csrf, origin: app.url, 'content-type': 'application/json', 'if-match': `"${theme.version}"` },
      body: JSON.stringify({ description: 'Changed in another tab' }),
    });
    expect(changed.status).toBe(200);
    await page.getByRole('button', { name: `Confirm ${THEME.name}` }).click();
    await page.getByText('Changed by someone else').waitFor();
    expect((await stored('themes', THEME.id)).draft).toBe(true);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByText('Changed by someone else').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Confirm ${THEME.name}` }).click();
    await expect.poll(() => row(page, `themes/${THEME.id}`).count()).toBe(0);
    expect(await stored('themes', THEME.id)).toMatchObject({ description: 'Changed in another tab' });
    expect((await stored('themes', THEME.id)).draft).toBeUndefined();

    const confirmAll = page.getByRole('button', { name: /^Confirm all \d+: / });
    while ((await confirmAll.count()) > 0) {
      const groups = await page.locator('[data-drafts-group]').count();
      await confirmAll.first().click();
      await expect.poll(() => page.locator('[data-drafts-group]').count()).toBe(groups - 1);
    }
    await page.getByRole('heading', { name: 'Nothing left to confirm' }).waitFor();
    await screenshot(page, 'drafts-empty-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const { findings } = (await (await owner.api('GET', `/api/v1${base}/health`)).json()) as { findings: { rule: string }[] };
    expect(findings.filter((f) => f.rule === 'template-drafts')).toEqual([]);

    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await page.locator('[data-dashboard][data-ready="true"]').waitFor();
    expect(await page.locator('[data-drafts-card]').count()).toBe(0);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
