import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, demoPlanId, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead puts milestones on the demo book shop's roadmap, which has none: the health
 * check's fix link opens a new one, a click on the time axis adds another on that day, a click
 * in a lane's empty space offers that lane's theme; a milestone is dragged with the mouse and
 * the drag undone, another moved by keyboard, renamed and linked to a goal, the dragged one
 * deleted; after a reload everything is as left.
 */

const READY = 'svg[data-roadmap-ready]';
const DAY = 86_400_000;

interface StoredMilestone {
  id: string;
  title: string;
  date: string;
  theme?: string;
  goals?: string[];
  version: number;
}

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY;

describe.skipIf(!chromiumAvailable())('a marketing lead puts milestones on the roadmap', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let base = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    base = `/workspaces/demo/plans/${await demoPlanId(owner)}`;
    // The demo comes with milestones; this journey starts from a roadmap without any.
    for (const m of await stored()) {
      const answer = await fetch(`${app.url}/api/v1${base}/milestones/${m.id}`, {
        method: 'DELETE',
        headers: { cookie: `${owner.cookie.name}=${owner.cookie.value}`, 'x-csrf-token': owner.csrf, origin: app.url, 'if-match': `"${m.version}"` },
      });
      expect(answer.status).toBe(204);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function stored(): Promise<StoredMilestone[]> {
    const answer = await owner.api('GET', `/api/v1${base}/milestones`);
    return ((await answer.json()) as { items: StoredMilestone[] }).items;
  }
  const storedTitled = async (title: string) => (await stored()).find((m) => m.title === title);

  /** Waits until the point shows `selector` (a closing dialog's overlay fades out first). */
  const clear = (page: Page, point: { x: number; y: number }, selector: string) =>
    expect.poll(() => page.evaluate(({ x, y, selector }) => document.elementFromPoint(x, y)?.closest(selector) !== null, { ...point, selector })).toBe(true);
  const diamond = (page: Page, id: string) => page.locator(`${READY} [data-milestone="${id}"] > path`);
  const centre = async (page: Page, id: string) => {
    const box = (await diamond(page, id).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const announced = (page: Page, text: RegExp) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBe(1);
  // The mouse is put on page coordinates: the timeline first comes to the middle of the window,
  // clear of the app's header (focus coming back from a dialog may have scrolled the page).
  const showChart = (page: Page) => page.locator(READY).evaluate((svg) => svg.parentElement!.parentElement!.scrollIntoView({ block: 'center' }));

  it('adds, drags, moves by keyboard, undoes, edits and deletes milestones, kept after a reload', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(`${base}/roadmap`);
    await page.locator(READY).waitFor();
    await page.getByRole('heading', { name: 'Milestones' }).waitFor();
    await page.getByText('No milestones yet. Milestones are the important points on the timeline').waitFor();

    // The health check's finding leads to the form of a new milestone.
    const finding = page.getByRole('listitem').filter({ hasText: 'The roadmap has no milestones.' });
    await finding.getByRole('link', { name: 'Show and fix' }).click();
    const form = page.getByRole('dialog', { name: 'New milestone' });
    await form.waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('milestones');
    // Saving without a title or a date names both fields.
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Give the milestone a title.').waitFor();
    await form.getByText('Give the milestone a date.').waitFor();
    const firstDate = addDays(new Date().toISOString().slice(0, 10), 60);
    await form.getByLabel('Title').fill('Spring campaign live');
    await form.getByLabel('Date').fill(firstDate);
    await form.getByLabel('Date').press('Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'milestones-form-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await storedTitled('Spring campaign live'))?.date).toBe(firstDate);
    const spring = (await storedTitled('Spring campaign live'))!;
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
    await diamond(page, spring.id).waitFor();
    await page.locator(`[data-milestone-row="${spring.id}"]`).waitFor();

    // A click on the time axis, straight above that milestone, adds one on the same day.
    await showChart(page);
    const axis = (await page.locator('[data-roadmap-axis]').boundingBox())!;
    const above = { x: (await centre(page, spring.id)).x, y: axis.y + axis.height - 8 };
    await clear(page, above, '[data-roadmap-axis]');
    await page.mouse.click(above.x, above.y);
    const onAxis = page.getByRole('dialog', { name: 'New milestone' });
    await onAxis.waitFor();
    await onAxis.getByLabel('Title').fill('Gift guide online');
    await onAxis.getByRole('button', { name: 'Save' }).click();
    await onAxis.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await storedTitled('Gift guide online'))?.date).toBe(firstDate);
    const guide = (await storedTitled('Gift guide online'))!;
    await diamond(page, guide.id).waitFor();

    // A click in a lane's empty space offers that lane's theme; Cancel adds nothing.
    await showChart(page);
    const bar = (await page.locator(`${READY} [data-bar="advice-chat"]`).boundingBox())!;
    const spot = { x: bar.x + bar.width + 30, y: bar.y + bar.height / 2 };
    await clear(page, spot, READY);
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-bar], [data-milestone]') ?? null, spot)).toBeNull();
    await page.mouse.click(spot.x, spot.y);
    const inLane = page.getByRole('dialog', { name: 'New milestone' });
    await inLane.waitFor();
    expect(await inLane.getByLabel('Theme').inputValue()).toBe('Customer experience and loyalty');
    await inLane.getByRole('button', { name: 'Cancel' }).click();
    await inLane.waitFor({ state: 'hidden' });
    expect(await stored()).toHaveLength(2);

    // Drag the second one (drawn over the first, on the same day) 60 px to the right: its date
    // moves, saved; undo puts it back.
    await showChart(page);
    const from = await centre(page, guide.id);
    await clear(page, from, `[data-milestone="${guide.id}"]`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y, { steps: 6 });
    await page.mouse.up();
    await announced(page, /^Saved: Gift guide online$/);
    await expect.poll(async () => daysBetween(firstDate, (await storedTitled('Gift guide online'))!.date)).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await announced(page, /^Undone: Gift guide online$/);
    await expect.poll(async () => (await storedTitled('Gift guide online'))!.date).toBe(firstDate);

    // By keyboard: two days and a week to the right, saved once the keys rest; Enter opens it.
    await diamond(page, spring.id).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await announced(page, /^Saved: Spring campaign live$/);
    await expect.poll(async () => (await storedTitled('Spring campaign live'))?.date).toBe(addDays(firstDate, 9));
    await diamond(page, spring.id).focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Edit milestone' });
    await edit.waitFor();
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });

    // A click on the diamond opens it too: renamed, and linked to a goal chosen by a word of its title.
    await showChart(page);
    const moved = await centre(page, spring.id);
    await clear(page, moved, `[data-milestone="${spring.id}"]`);
    await page.mouse.click(moved.x, moved.y);
    await edit.waitFor();
    await edit.getByLabel('Title').fill('Spring campaign live in all shops');
    const goals = ((await (await owner.api('GET', `/api/v1${base}/goals`)).json()) as { items: { id: string; title: string }[] }).items;
    const loyal = goals.find((g) => g.id === 'loyal-readers')!;
    await edit.getByLabel('Goals', { exact: true }).fill('Returning customers place');
    await page.getByRole('listbox', { name: 'Goals' }).getByRole('option', { name: loyal.title, exact: true }).click();
    // Tab closes the list of choices, which would cover the buttons.
    await page.keyboard.press('Tab');
    await edit.getByText(loyal.title, { exact: true }).waitFor();
    await screenshot(page, 'milestones-goals-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await stored()).find((m) => m.id === spring.id)).toMatchObject({ title: 'Spring campaign live in all shops', goals: ['loyal-readers'] });

    // Deleted from the list, after a question. The notice of the save goes first: at the
    // bottom of the page it would lie over the list's menu.
    await page.getByText(/^Milestone saved: /).first().waitFor({ state: 'hidden', timeout: 20_000 });
    await page.getByRole('button', { name: 'Actions for Gift guide online' }).click();
    await page.getByRole('menuitem', { name: 'Delete milestone' }).click();
    const question = page.getByRole('dialog', { name: 'Delete the milestone?' });
    await question.getByRole('button', { name: 'Delete milestone' }).click();
    await question.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await stored()).map((m) => m.title)).toEqual(['Spring campaign live in all shops']);
    await diamond(page, guide.id).waitFor({ state: 'detached' });
    const label = await diamond(page, spring.id).getAttribute('aria-label');
    expect(label).toMatch(/^Milestone: Spring campaign live in all shops, /);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'milestones-roadmap-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Kept after a reload.
    await page.reload();
    await page.locator(READY).waitFor();
    expect(await diamond(page, spring.id).getAttribute('aria-label')).toBe(label);
    await page.locator(`[data-milestone-row="${spring.id}"]`).getByText('Spring campaign live in all shops').waitFor();
    await page.locator(`[data-milestone-row="${spring.id}"]`).getByText(`Goals: ${loyal.title}`).waitFor();
    expect(await page.locator('[data-milestone-row]').count()).toBe(1);

    // A fix link to one milestone's field opens its form there. Changed meanwhile by someone
    // else, the save is refused and offers a reload; nothing is overwritten.
    await page.goto(`${base}/roadmap?focus=${encodeURIComponent('milestones[0].date')}`);
    const atField = page.getByRole('dialog', { name: 'Edit milestone' });
    await atField.waitFor();
    await expect.poll(() => atField.getByLabel('Date').evaluate((input) => input === document.activeElement)).toBe(true);
    const current = (await stored())[0]!;
    const elsewhere = await fetch(`${app.url}/api/v1${base}/milestones/${current.id}`, {
      method: 'PATCH',
      headers: { cookie: `${owner.cookie.name}=${owner.cookie.value}`, 'x-csrf-token': owner.csrf, origin: app.url, 'if-match': `"${current.version}"`, 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'Agreed with the shops' }),
    });
    expect(elsewhere.status).toBe(200);
    await atField.getByLabel('Title').fill('Spring campaign everywhere');
    await atField.getByRole('button', { name: 'Save' }).click();
    await atField.getByText('Changed by someone else').waitFor();
    expect((await stored())[0]).toMatchObject({ title: 'Spring campaign live in all shops', description: 'Agreed with the shops' });
    await atField.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => atField.getByLabel('Description').inputValue()).toBe('Agreed with the shops');
    await atField.getByRole('button', { name: 'Cancel' }).click();
    await atField.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();

    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('adds a milestone on a phone, light and dark', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, width: 375, height: 800 });
    const { page } = session;
    await page.goto(`${base}/roadmap`);
    await page.locator(READY).waitFor();
    await page.locator('[data-milestone-row]').first().waitFor();
    await screenshot(page, 'milestones-roadmap-375-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add milestone' }).first().click();
    const form = page.getByRole('dialog', { name: 'New milestone' });
    await form.waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'milestones-form-375-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'hidden' });
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
