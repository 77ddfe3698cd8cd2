import type { QuarterPlan, RankedActivity } from '@kurs/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * The marketing lead of the demo book shop prioritises the backlog (switches the ranking
 * method and reads the reasons, moves a card in the urgency × importance matrix by keyboard
 * and sees it saved), plans the next 90 days for a capacity, reads why some activities were
 * left out, ticks the one change of dates the plan offers, accepts, and after a reload finds
 * every date she had set as it was, the proposed ones filled in and the ticked one moved. She
 * adds an activity whose status she picks as Idea, and is asked before a link drops what she
 * typed. The themes page shows the budgets and the maintenance reserve.
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

    // The ranking by RICE, in the engine's order, with its reasons in words and its formula with the numbers.
    await page.getByRole('tab', { name: 'Priorities' }).click();
    await page.getByText('RICE', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('method=rice');
    const { items: rice } = await api<{ items: RankedActivity[] }>('GET', '/priorities?method=rice');
    const first = page.locator(`[data-ranked="${rice[0]!.id}"]`);
    await first.getByText(/: RICE = reach .* = /).waitFor();
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
    // demo plan's dates follow today's, so activities of our own make sure of the cases: a project
    // too big for the quarter and a follow-up that needs it; an undated piece of groundwork and a
    // dated site that starts before it can end (urgent, important and serving a goal, so chosen).
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const doFirst = { urgency: 'high', importance: 'high', goals: ['sell-books'], status: 'idea' };
    await api('POST', '/activities', { id: 'e2e-platform', title: 'New shop platform', estimate_hours: 900, value: 5, effort: 5, status: 'idea' });
    await api('POST', '/activities', { id: 'e2e-launch', title: 'Launch on the new platform', estimate_hours: 40, value: 5, effort: 2, status: 'idea', depends_on: ['e2e-platform'] });
    await api('POST', '/activities', { id: 'e2e-base', title: 'Product feed groundwork', estimate_hours: 16, value: 6, effort: 2, ...doFirst });
    await api('POST', '/activities', { id: 'e2e-site', title: 'Gift guide pages', start: today, end: inDays(7), estimate_hours: 8, value: 6, effort: 2, ...doFirst, depends_on: ['e2e-base'] });
    await page.reload();
    await page.getByRole('tab', { name: 'Next 90 days' }).click();
    await page.getByLabel('Hours available in the next 90 days').fill(String(CAPACITY));
    await page.getByRole('button', { name: 'Plan the next 90 days' }).click();
    await page.getByRole('heading', { name: /^Left out: / }).waitFor();
    const proposal = await api<QuarterPlan>('POST', '/quarter-plan', { capacity_hours: CAPACITY });
    const titles = new Map([...proposal.chosen, ...proposal.leftOut].map((a) => [a.id, a.title]));
    const capacity = proposal.leftOut.find((a) => a.reason.code === 'capacity')!;
    const dependency = proposal.leftOut.find((a) => a.reason.code === 'dependency')!;
    const free = Number(capacity.reason.params.free_hours);
    const left = free === 0 ? 'no hours are left this quarter' : `only ${free} h are left this quarter`;
    await page.locator(`[data-left-out="${capacity.id}"]`).getByText(`Needs ${capacity.reason.params.hours} h; ${left} after `).waitFor();
    await page.locator(`[data-left-out="${dependency.id}"]`).getByText(`Needs “${titles.get(String(dependency.reason.params.dependency))}”`, { exact: false }).waitFor();
    const chosen = proposal.chosen.filter((a) => !a.kept);
    expect(chosen.length).toBeGreaterThan(0);
    for (const a of proposal.chosen) await page.locator(`[data-chosen="${a.id}"]`).waitFor();

    // Dates set are kept ("as set"), missing ones marked new; the site's move is offered, unticked.
    const site = proposal.chosen.find((a) => a.id === 'e2e-site')!;
    const base = proposal.chosen.find((a) => a.id === 'e2e-base')!;
    expect(site).toMatchObject({ start: today, end: inDays(7), proposed: [], change: { reason: { code: 'dependency_order' } } });
    expect(base.proposed).toEqual(['start', 'end']);
    await page.locator('[data-dates="e2e-base"]').getByText('new').first().waitFor();
    const kept = proposal.chosen.filter((a) => a.kept && a.proposed.length === 0);
    expect(kept.length).toBeGreaterThan(0);
    for (const a of kept) await page.locator(`[data-dates="${a.id}"]`).getByText('as set').waitFor();
    const move = page.locator('[data-chosen="e2e-site"]').getByRole('checkbox', { name: /^Move from / });
    expect(await move.isChecked()).toBe(false);
    await page.locator('[data-chosen="e2e-site"]').getByText('It starts before “Product feed groundwork” has ended').waitFor();
    await move.check();
    await check(page, 'activities-quarter-1440-light');

    // The confirmation repeats what changes: the new dates and the ticked move, old → new.
    const stored = new Map(await Promise.all(proposal.chosen.map(async (a) => [a.id, await activity(a.id)] as const)));
    const accept = `Accept: plan ${chosen.length} ${chosen.length === 1 ? 'activity' : 'activities'}`;
    await page.getByRole('button', { name: accept }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The change you ticked (1 activity)').waitFor();
    expect(await dialog.locator('[data-confirm="moved"]').textContent()).toContain('Gift guide pages: ');
    expect(await dialog.locator('[data-confirm="new-dates"]').textContent()).toContain('Product feed groundwork: ');
    await check(page, 'activities-quarter-confirm-1440-light');
    await dialog.getByRole('button', { name: accept }).click();
    await page.getByText('The plan is accepted').waitFor();

    // After a reload: every date set is as it was, proposed ones filled in, the ticked one moved.
    await page.reload();
    await page.getByRole('tab', { name: 'Backlog' }).click();
    for (const a of chosen) {
      const row = page.locator(`[data-activity="${a.id}"]`);
      await row.getByText('Planned', { exact: true }).waitFor();
      const expected = a.id === 'e2e-site' ? { start: site.change!.start, end: site.change!.end } : { start: a.current.start ?? a.start, end: a.current.end ?? a.end };
      expect(await activity(a.id)).toMatchObject({ status: 'planned', ...expected });
    }
    for (const a of kept) expect(await activity(a.id)).toEqual(stored.get(a.id));
    expect(await activity('e2e-base')).toMatchObject({ start: base.start, end: base.end });

    // A new activity whose status is picked as Idea keeps it; what is typed is not lost to a link.
    await page.getByRole('button', { name: 'Add activity' }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('textbox', { name: /^Title/ }).fill('Reading circle evenings');
    const status = form.getByLabel('Status', { exact: true });
    expect(await status.inputValue()).toBe('Idea');
    await status.click();
    await page.getByRole('option', { name: 'Idea', exact: true }).click();
    expect(await status.inputValue()).toBe('Idea');
    // The navbar's link to the goals, behind the open form: a click on it as the router sees it.
    await page.locator(`a[href="/workspaces/demo/plans/${plan}/goals"]`).first().dispatchEvent('click');
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(page.url()).toContain('/activities');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const { items } = await api<{ items: StoredActivity[] }>('GET', '/activities?limit=1000');
    expect(items.find((a) => a.title === 'Reading circle evenings')).toMatchObject({ status: 'idea' });
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
