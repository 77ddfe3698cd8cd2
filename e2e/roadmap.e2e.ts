import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead plans on the demo book shop's roadmap: drags a bar to new dates (they are
 * there after a reload), takes it back with undo, moves another by keyboard, shows the
 * stakeholders' view filtered by owner, and exports it as PNG and SVG for the board meeting.
 */

const READY = 'svg[data-roadmap-ready]';
const BAR = 'advice-chat';

interface Dates {
  start: string;
  end: string;
}

const DAY = 86_400_000;
const shift = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY;

describe.skipIf(!chromiumAvailable())('a marketing lead plans on the roadmap', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let roadmap = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    const plans = (await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string }[] };
    roadmap = `/workspaces/demo/plans/${plans.items[0]!.id}/roadmap`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const stored = async (id: string): Promise<Dates> => {
    const answer = await owner.api('GET', `/api/v1${roadmap.replace(/\/roadmap$/, '')}/activities/${id}`);
    const { start, end } = (await answer.json()) as Dates;
    return { start, end };
  };

  const label = (page: Page, id: string) => page.locator(`${READY} [data-bar="${id}"] > rect`).getAttribute('aria-label');
  const announced = (page: Page, text: RegExp) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBe(1);

  it('drags, undoes, moves by keyboard, shows stakeholders their view and exports it', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(roadmap);
    await page.locator(READY).waitFor();
    await screenshot(page, 'roadmap-team-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Drag the middle of a bar 60 px to the right: both dates move by the same days, saved.
    const before = await stored(BAR);
    const bar = (await page.locator(`[data-bar="${BAR}"]`).boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2 + 60, bar.y + bar.height / 2, { steps: 6 });
    await page.mouse.up();
    await announced(page, /^Saved:/);
    const moved = await stored(BAR);
    expect(shift(before.start, moved.start)).toBeGreaterThan(5);
    expect(shift(before.start, moved.start)).toBe(shift(before.end, moved.end));
    const movedLabel = await label(page, BAR);
    await page.reload();
    await page.locator(READY).waitFor();
    expect(await label(page, BAR)).toBe(movedLabel);

    // Undo (the button; Ctrl+Z does the same) puts the dates back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await announced(page, /^Undone:/);
    expect(await stored(BAR)).toEqual(before);

    // By keyboard: a day to the right twice, and Alt+→ a day longer; saved once the keys rest.
    await page.locator(`[data-bar="${BAR}"] > rect`).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await announced(page, /^Saved:/);
    const typed = await stored(BAR);
    expect([shift(before.start, typed.start), shift(before.end, typed.end)]).toEqual([2, 3]);
    await page.keyboard.press('Control+z');
    await announced(page, /^Undone:/);
    expect(await stored(BAR)).toEqual(before);

    // Enter opens the details.
    await page.locator(`[data-bar="${BAR}"] > rect`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByText('Anders Lie').waitFor();
    await page.keyboard.press('Escape');

    // The stakeholders' view, for one owner's work.
    await page.getByRole('button', { name: 'Stakeholders' }).click();
    await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption('Ola Hansen');
    await expect.poll(() => page.url()).toMatch(/view=stakeholder.*owner=Ola/);
    // The address changes first; the bars follow once React has drawn the filtered view.
    const ownersShown = () =>
      page.locator(`${READY} [data-bar] > rect`).evaluateAll((bars) => [...new Set(bars.map((b) => /Owner: ([^.]*)\./.exec(b.getAttribute('aria-label') ?? '')?.[1] ?? ''))]);
    await expect.poll(ownersShown).toEqual(['Ola Hansen']);
    await screenshot(page, 'roadmap-stakeholders-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Export what is shown, as PNG and as SVG with its fonts inside.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^roadmap-.*-stakeholder\.png$/);
    expect([...readFileSync((await png.path())!).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('@font-face');
    expect(text).toContain('Roadmap · Stakeholders');

    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('reads well on a phone and in the dark', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner, width: 375, height: 800 });
    const { page } = session;
    await page.goto(roadmap);
    await page.locator(READY).waitFor();
    await screenshot(page, 'roadmap-team-375-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'roadmap-team-375-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator(READY).waitFor();
    await screenshot(page, 'roadmap-team-1440-dark');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
