import type { QuarterPlan, RankedActivity } from '@kurs/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * The marketing lead of the demo book shop prioritises the backlog (switches the ranking
 * method and reads the reasons, moves a card in the urgency × importance matrix by keyboard
 * and sees it saved), plans the next 90 days for a capacity, reads why some activities were
 * left out, accepts, and after a reload finds the chosen ones planned with their dates. The
 * themes page shows the budgets and the maintenance reserve.
 */

const CAPACITY = 600;

interface StoredActivity {
  id: string;
  title: string;
  status?: string;
  start?: string;
  end?: string;
  urgency?: string;
  importance?: string;
  version: number;
}

/** A screenshot for people to look at, and no serious or critical axe violation. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

describe.skipIf(!chromiumAvailable())('a team prioritises its backlog and plans the next 90 days', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let plan = '';

  const api = async <T>(method: string, path: string, json?: unknown): Promise<T> => {
    const res = await owner.api(method, `/api/v1/workspaces/demo/plans/${plan}${path}`, json);
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  const activity = async (id: string) => api<StoredActivity>('GET', `/activities/${id}`);

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    const plans = (await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string }[] };
    plan = plans.items[0]!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('ranks, moves a card by keyboard, plans 90 days for a capacity and accepts the plan', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(`/workspaces/demo/plans/${plan}/activities`);
    await page.getByRole('table', { name: 'Backlog of activities' }).waitFor();
    await check(page, 'activities-backlog-1440-light');

    // The ranking by RICE, in the engine's order, with its reasons in words.
    await page.getByRole('tab', { name: 'Priorities' }).click();
    await page.getByText('RICE', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('method=rice');
    const { items: rice } = await api<{ items: RankedActivity[] }>('GET', '/priorities?method=rice');
    const first = page.locator(`[data-ranked="${rice[0]!.id}"]`);
    await first.getByText(/: RICE score /).waitFor();
    expect(await first.textContent()).toContain(rice[0]!.title);
    const ranked = await page.locator('[data-ranked]').evaluateAll((items) => items.map((item) => item.getAttribute('data-ranked')));
    expect(ranked).toEqual(rice.map((item) => item.id));
    await check(page, 'activities-priorities-1440-light');

    // A card moved one step to the right in the matrix: more urgent, saved with If-Match.
    await page.getByRole('tab', { name: 'Urgency × importance' }).click();
    const before = await activity('app-reorder');
    expect([before.urgency, before.importance]).toEqual(['low', 'medium']);
    const card = page.locator('[data-card="app-reorder"]');
    await card.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('status').filter({ hasText: `Saved: “${before.title}” now at urgency Medium, importance Medium.` }).waitFor({ state: 'attached' });
    await page.locator('[data-urgency="medium"][data-importance="medium"] [data-card="app-reorder"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-card'))).toBe('app-reorder');
    const after = await activity('app-reorder');
    expect([after.urgency, after.importance, after.version]).toEqual(['medium', 'medium', before.version + 1]);
    await check(page, 'activities-matrix-1440-light');

    // The next 90 days for 600 hours: what the engine chose, and why it left out the rest. The
    // demo plan's dates follow today's, so two activities of our own make sure of a dependency
    // case: a project too big for the quarter, and a follow-up that needs it.
    await api('POST', '/activities', { id: 'e2e-platform', title: 'New shop platform', estimate_hours: 900, value: 5, effort: 5, status: 'idea' });
    await api('POST', '/activities', { id: 'e2e-launch', title: 'Launch on the new platform', estimate_hours: 40, value: 5, effort: 2, status: 'idea', depends_on: ['e2e-platform'] });
    await page.reload();
    await page.getByRole('tab', { name: 'Next 90 days' }).click();
    await page.getByLabel('Hours available in the next 90 days').fill(String(CAPACITY));
    await page.getByRole('button', { name: 'Plan the next 90 days' }).click();
    await page.getByRole('heading', { name: /^Left out: / }).waitFor();
    const proposal = await api<QuarterPlan>('POST', '/quarter-plan', { capacity_hours: CAPACITY });
    const titles = new Map([...proposal.chosen, ...proposal.leftOut].map((a) => [a.id, a.title]));
    const capacity = proposal.leftOut.find((a) => a.reason.code === 'capacity')!;
    const dependency = proposal.leftOut.find((a) => a.reason.code === 'dependency')!;
    await page.locator(`[data-left-out="${capacity.id}"]`).getByText(`Needs ${capacity.reason.params.hours} h; only ${capacity.reason.params.free_hours} h are left this quarter`).waitFor();
    await page.locator(`[data-left-out="${dependency.id}"]`).getByText(`Needs “${titles.get(String(dependency.reason.params.dependency))}”`, { exact: false }).waitFor();
    const chosen = proposal.chosen.filter((a) => !a.kept);
    expect(chosen.length).toBeGreaterThan(0);
    for (const a of proposal.chosen) await page.locator(`[data-chosen="${a.id}"]`).waitFor();
    await check(page, 'activities-quarter-1440-light');

    // Accepted in one go; after a reload the chosen activities are planned with the proposed dates.
    const accept = `Accept: plan ${chosen.length} ${chosen.length === 1 ? 'activity' : 'activities'}`;
    await page.getByRole('button', { name: accept }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: accept }).click();
    await page.getByText('The plan is accepted').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Backlog' }).click();
    for (const a of chosen) {
      const row = page.locator(`[data-activity="${a.id}"]`);
      await row.getByText('Planned', { exact: true }).waitFor();
      expect(await activity(a.id)).toMatchObject({ status: 'planned', start: a.start, end: a.end });
    }
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows the theme budgets per quarter and the maintenance reserve, and the boards on a phone in the dark', async () => {
    const wide = await openSession(browser, app.url, { signedIn: owner });
    await wide.page.goto(`/workspaces/demo/plans/${plan}/themes`);
    await wide.page.getByRole('heading', { name: 'Maintenance reserve', level: 2 }).waitFor();
    const { themes } = await api<{ themes: { theme: string | null; name: string | null; quarters: unknown[] }[] }>('GET', '/theme-budgets');
    for (const budget of themes.filter((b) => b.theme !== null)) {
      const card = wide.page.locator(`[data-theme="${budget.theme}"]`);
      await card.getByRole('heading', { name: budget.name! }).waitFor();
      expect(await card.locator('[data-quarter]').count()).toBe(budget.quarters.length);
    }
    await check(wide.page, 'themes-1440-light');
    expect(wide.problems).toEqual([]);
    await wide.close();

    const phone = await openSession(browser, app.url, { signedIn: owner, width: 375, height: 800, colorScheme: 'dark' });
    await phone.page.goto(`/workspaces/demo/plans/${plan}/themes`);
    await phone.page.getByRole('heading', { name: 'Maintenance reserve', level: 2 }).waitFor();
    await check(phone.page, 'themes-375-dark');
    await phone.page.goto(`/workspaces/demo/plans/${plan}/activities?view=matrix`);
    await phone.page.locator('[data-card]').first().waitFor();
    await check(phone.page, 'activities-matrix-375-dark');
    await phone.page.goto(`/workspaces/demo/plans/${plan}/activities?view=value-effort`);
    await phone.page.locator('[data-card]').first().waitFor();
    await check(phone.page, 'activities-value-effort-375-dark');
    expect(phone.problems).toEqual([]);
    await phone.close();
  });
});
