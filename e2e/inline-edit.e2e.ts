import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, demoPlanId, type Owner, startAppServer } from './support/server.js';

/*
 * A Norwegian marketing lead fills in the demo plan's backlog without opening a form: by
 * keyboard alone she sets an idea's status, owner, start and estimate in their cells (the
 * estimate typed "12,5", with a decimal comma), takes the last change back with Ctrl+Z, moves
 * three activities to another theme at once and undoes that from the notice, and adds two
 * activities by typing their titles. After a reload the page and the API hold exactly that.
 * On a phone the backlog is a list of cards, edited the same way.
 */

interface StoredActivity {
  id: string;
  title: string;
  status?: string;
  owner?: string;
  theme?: string;
  start?: string;
  estimate_hours?: number;
  version: number;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

describe.skipIf(!chromiumAvailable())('the backlog is edited in place, in bulk and by quick add', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let plan = '';

  const api = async <T>(method: string, path: string, json?: unknown): Promise<T> => {
    const res = await owner.api(method, `/api/v1/workspaces/demo/plans/${plan}${path}`, json);
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  const activity = (id: string) => api<StoredActivity>('GET', `/activities/${id}`);
  const activities = async () => (await api<{ items: StoredActivity[] }>('GET', '/activities')).items;
  /** Waits until the stored activity has what the page showed as saved. */
  const stored = async (id: string, expected: Partial<StoredActivity>) => {
    await expect.poll(async () => activity(id), { timeout: 10_000 }).toMatchObject(expected);
  };

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    plan = await demoPlanId(owner);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('edits cells by keyboard, undoes, bulk-edits, quick-adds, and keeps every value exactly', async () => {
    const session = await openSession(browser, app.url, { locale: 'nb-NO', signedIn: owner });
    const { page } = session;
    const idea = await activity('app-reorder');
    const cell = (field: string, title: string) => page.getByRole('button', { name: new RegExp(`^${literal(field)} for «${literal(title)}»: `) });

    await page.goto(`/workspaces/demo/plans/${plan}/activities`);
    await cell('Status', idea.title).waitFor();

    // Status: open the cell, choose by typing, Tab saves and moves on (to the theme), Tab again to the owner.
    await cell('Status', idea.title).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Planlagt');
    await page.keyboard.press('Tab');
    await cell('Tema', idea.title).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Tab');
    // Owner: typing on a focused cell starts its editor, as in a spreadsheet.
    await cell('Ansvarlig', idea.title).and(page.locator(':focus')).waitFor();
    await page.keyboard.type('Kari Nordmann');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Start, typed as Norwegians write dates.
    await cell('Start', idea.title).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('1.9.2026');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Estimate with a decimal comma; Enter saves and moves down a row.
    await cell('Estimat (timer)', idea.title).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('12,5');
    await page.keyboard.press('Enter');
    await cell('Estimat (timer)', idea.title).filter({ hasText: '12,5 t' }).waitFor();
    await stored(idea.id, { status: 'planned', owner: 'Kari Nordmann', start: '2026-09-01', estimate_hours: 12.5 });
    expect(await page.locator(':focus').textContent()).toMatch(/^Estimat \(timer\) for «(?!Reorders)/);
    await check(page, 'inline-edit-cells-1440');

    // Ctrl+Z (the focus on a cell, not in a text field) takes back the last change only: the estimate.
    await page.keyboard.press('Control+z');
    await page.getByText('Angret.').waitFor();
    await stored(idea.id, { status: 'planned', owner: 'Kari Nordmann', start: '2026-09-01', estimate_hours: idea.estimate_hours });
    await cell('Estimat (timer)', idea.title).filter({ hasText: `${idea.estimate_hours} t` }).waitFor();

    // Bulk: three activities of one theme moved to another, then undone from the notice.
    const themes = (await api<{ items: { id: string; name: string }[] }>('GET', '/themes')).items;
    const all = await activities();
    const three = all.filter((a) => a.theme === 'cx').slice(0, 3);
    const target = themes.find((t) => t.id === 'content')!;
    for (const a of three) await page.getByRole('checkbox', { name: `Velg «${a.title}»` }).check();
    await page.getByRole('combobox', { name: 'Endre' }).click();
    await page.getByRole('option', { name: 'Tema', exact: true }).click();
    await page.getByRole('combobox', { name: 'Til' }).click();
    await page.getByRole('option', { name: target.name, exact: true }).click();
    await page.getByRole('button', { name: 'Bruk på 3' }).click();
    await page.getByText('Tema ble endret for 3 aktiviteter.').waitFor();
    for (const a of three) await stored(a.id, { theme: 'content' });
    await check(page, 'inline-edit-bulk-1440');
    await page.getByRole('status').filter({ hasText: 'Tema ble endret for 3 aktiviteter.' }).getByRole('button', { name: 'Angre', exact: true }).click();
    await page.getByText('Angret.').waitFor();
    for (const a of three) await stored(a.id, { theme: 'cx' });

    // Quick add: two lines in a row, the focus kept in the box.
    const quick = page.getByRole('textbox', { name: 'Ny aktivitet: skriv tittelen' });
    await quick.focus();
    await page.keyboard.type('Lesesirkel om høsten');
    await page.keyboard.press('Enter');
    await page.getByText('La til «Lesesirkel om høsten».').waitFor();
    await page.keyboard.type('Bokbad med forfatter');
    await page.keyboard.press('Enter');
    await page.getByText('La til «Bokbad med forfatter».').waitFor();
    await page.getByRole('button', { name: 'Bokbad med forfatter', exact: true }).waitFor();
    const added = (await activities()).filter((a) => ['Lesesirkel om høsten', 'Bokbad med forfatter'].includes(a.title));
    expect(added.map(({ id, status }) => ({ id, status })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'bokbad-med-forfatter', status: 'idea' },
      { id: 'lesesirkel-om-høsten', status: 'idea' },
    ]);

    // After a reload the cells show what is stored.
    await page.reload();
    await cell('Ansvarlig', idea.title).filter({ hasText: 'Kari Nordmann' }).waitFor();
    await cell('Start', idea.title).filter({ hasText: /: 1\. sep\.? 2026$/ }).waitFor();
    await cell('Status', idea.title).filter({ hasText: 'Planlagt' }).waitFor();
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('edits a card on a phone by keyboard', async () => {
    const session = await openSession(browser, app.url, { locale: 'nb-NO', width: 375, height: 800, colorScheme: 'dark', signedIn: owner });
    const { page } = session;
    const before = await activity('book-club');
    await page.goto(`/workspaces/demo/plans/${plan}/activities`);
    const owner_ = page.getByRole('button', { name: new RegExp(`^Ansvarlig for «${literal(before.title)}»: `) });
    await owner_.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Anders Lie');
    await page.keyboard.press('Enter');
    await stored(before.id, { owner: 'Anders Lie' });
    await owner_.filter({ hasText: 'Anders Lie' }).scrollIntoViewIfNeeded();
    await check(page, 'inline-edit-cards-375-dark');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
