import { bookshopPlan } from '@kurs/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead starts from nothing: a workspace and a blank plan made in the browser, the
 * situation mapped (an audience, a competitor and the USP, channels in the ecosystem grid, a
 * past campaign, a finding) and the strategy chosen (funnel texts, traffic, resourcing, a
 * journey stage with touchpoints). After a reload everything is still there.
 */
describe.skipIf(!chromiumAvailable())('a marketing lead maps the situation and chooses the strategy', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let planUrl = '';

  beforeAll(async () => {
    app = await startAppServer({ demo: false });
    owner = await createOwner(app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('builds a plan from nothing through the situation and the strategy, and finds it kept after a reload', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;

    await page.goto('/');
    await page.getByLabel('Company or workspace name').fill('Fjord Books');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL(/\/workspaces\/[^/]+$/);
    await page.getByRole('button', { name: 'New plan' }).first().click();
    await page.getByRole('dialog').getByLabel('Name').fill('Digital strategy 2027');
    await page.getByRole('dialog').getByRole('button', { name: 'Create plan' }).click();
    await page.waitForURL(/\/plans\/[^/]+$/);
    planUrl = new URL(page.url()).pathname;

    await page.getByRole('navigation').getByRole('link', { name: /Situation/ }).first().click();
    await page.getByText('The situation is not mapped yet').waitFor();

    // Who buys today.
    await page.getByRole('button', { name: 'Add an audience to “Buy today”' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Audience').fill('Crime readers 35–65');
    await dialog.getByLabel('What you know about them').fill('Buy six or more books a year');
    await save(page);

    // A competitor, and the USP against it.
    await page.getByRole('button', { name: 'Add competitor' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Competitor').fill('Big Online Bookshop');
    await dialog.getByLabel('What they do better').fill('price');
    await dialog.getByLabel('What they do better').press('Enter');
    await dialog.getByLabel('What they do better').fill('range');
    await dialog.getByLabel('What they do better').press('Enter');
    await dialog.getByLabel('How you differ').fill('Personal recommendations and a Nordic crime focus');
    await save(page);
    await page.getByRole('button', { name: 'Edit the unique selling proposition' }).click();
    await page.getByLabel('Your unique selling proposition (USP)').fill('Curated Nordic crime fiction with next-day delivery');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByLabel('Your unique selling proposition (USP)').waitFor({ state: 'detached' });

    // The ecosystem: a webshop on reach and convert, then engage ticked in the grid; a
    // newsletter on one stage only (a silo); TikTok, where the audience is and we are not.
    await addChannel(page, { name: 'Webshop', type: 'Website', stages: ['Reach', 'Convert'], goal: 'The main sales channel' });
    await addChannel(page, { name: 'Newsletter', type: 'Email', stages: ['Retain'] });
    await addChannel(page, { name: 'TikTok', type: 'Social media', stages: ['Reach'], absent: true });
    const webshopEngages = page.getByRole('checkbox', { name: 'Webshop works on Engage' });
    await webshopEngages.check();
    // Saved when the row is enabled again, with the tick kept.
    await page.locator('input:disabled').first().waitFor({ state: 'detached' });
    expect(await webshopEngages.isChecked()).toBe(true);
    await page.getByText('Only Retain: a silo').waitFor();
    await page.getByText('Your audience is here, you are not').waitFor();

    // A past campaign and what it taught.
    await page.getByRole('button', { name: 'Add campaign' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Campaign/ }).fill('Christmas 2026');
    await dialog.getByLabel('Main channel').click();
    await page.getByRole('option', { name: 'Webshop' }).click();
    await dialog.getByLabel('Spend').fill('120000');
    await dialog.getByLabel('Result').fill('9 800 orders');
    await dialog.getByLabel('Learning').fill('Gift guides converted best');
    await save(page);

    await page.getByLabel('New finding').fill('Two of three visits are on a phone');
    await page.getByRole('button', { name: 'Add finding' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Two of three visits are on a phone' }).waitFor();

    // The strategy.
    await page.getByRole('navigation').getByRole('link', { name: /Strategy/ }).first().click();
    await page.getByRole('heading', { name: 'The funnel' }).waitFor();
    await writeFunnelText(page, 'Reach', 'SEO on author pages and TikTok reading tips');
    await writeFunnelText(page, 'Convert', 'A fast mobile checkout');
    await page.getByRole('textbox', { name: 'Positioning' }).fill('The Nordic crime specialist');
    await page.getByRole('radiogroup', { name: 'Traffic' }).getByRole('radio', { name: /Organic/ }).click();
    await page.getByRole('radiogroup', { name: 'Who does the work' }).getByRole('radio', { name: /Mixed/ }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Unsaved changes').waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('textbox', { name: /^Stage 1/ }).fill('Discover');
    const touchpoints = page.getByRole('group', { name: 'Touchpoints of stage 1' });
    await touchpoints.getByText('TikTok').click();
    await touchpoints.getByText('Webshop').click();
    await page.getByRole('button', { name: 'Save journey' }).click();
    await page.getByRole('table', { name: 'Customer journey: the touchpoints at each stage' }).waitFor();

    // Everything is kept.
    await page.reload();
    await page.getByText('SEO on author pages and TikTok reading tips').waitFor();
    expect(await page.getByText('A fast mobile checkout').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Positioning' }).inputValue()).toBe('The Nordic crime specialist');
    expect(await page.getByRole('radio', { name: /Organic/ }).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByRole('radiogroup', { name: 'Who does the work' }).getByRole('radio', { name: /Mixed/ }).getAttribute('aria-checked')).toBe('true');
    const journey = page.getByRole('table', { name: 'Customer journey: the touchpoints at each stage' });
    expect(await journey.getByRole('columnheader', { name: 'Discover' }).count()).toBe(1);
    expect(await journey.getByRole('img', { name: 'Touchpoint at this stage' }).count()).toBe(2);
    // The funnel board shows the channels of each stage from the ecosystem.
    expect(await page.getByRole('article', { name: 'Reach' }).getByRole('link', { name: /Webshop/ }).count()).toBe(1);

    await page.goto(`${planUrl}/situation`);
    await page.getByText('Crime readers 35–65').waitFor();
    for (const text of ['Big Online Bookshop', 'Curated Nordic crime fiction with next-day delivery', 'Christmas 2026', 'Gift guides converted best', 'Two of three visits are on a phone']) {
      expect(await page.getByText(text).count(), text).toBe(1);
    }
    expect(await page.getByRole('checkbox', { name: 'Webshop works on Engage' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'TikTok works on Reach' }).isChecked()).toBe(true);

    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows both steps at 1440 and 375 px, light and dark, with no serious accessibility problem', async () => {
    expect(planUrl).not.toBe('');
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    for (const step of ['situation', 'strategy'] as const) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${planUrl}/${step}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // One load per page: the layout follows the window's width and the system's colour scheme.
      for (const [width, colorScheme] of [
        [1440, 'light'],
        [1440, 'dark'],
        [375, 'dark'],
        [375, 'light'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(colorScheme);
        await screenshot(page, `situation-strategy-${step}-${width}-${colorScheme}`);
        if ((width === 1440) === (colorScheme === 'light')) expect(await seriousA11yViolations(page), `${step} ${width} ${colorScheme}`).toEqual([]);
      }
    }
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows a full plan: the book shop demo, its ecosystem and its funnel board', async () => {
    const ws = planUrl.split('/')[2]!;
    const demo = bookshopPlan({ today: new Date().toISOString().slice(0, 10) });
    const created = await owner.api('POST', `/api/v1/workspaces/${ws}/plans?id=bookshop`, demo);
    expect(created.status).toBe(201);
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;
    await page.goto(`/workspaces/${ws}/plans/bookshop/situation`);
    const marketplaces = page.getByRole('row', { name: /Online marketplaces/ });
    await marketplaces.getByText('Your audience is here, you are not').waitFor();
    const stages = (demo.situation?.channels ?? []).reduce((sum, channel) => sum + (channel.funnel ?? []).length, 0);
    expect(await page.getByRole('checkbox', { name: /works on/, checked: true }).count()).toBe(stages);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'situation-strategy-demo-situation');

    await page.goto(`/workspaces/${ws}/plans/bookshop/strategy`);
    const retain = page.getByRole('article', { name: 'Retain' });
    await retain.getByRole('link', { name: 'CRM and book club' }).waitFor();
    expect(await retain.getByText(demo.strategy!.funnel!.retain!, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('table', { name: /Customer journey/ }).getByRole('img', { name: 'Touchpoint at this stage' }).count()).toBe(
      (demo.strategy?.journey ?? []).reduce((sum, step) => sum + (step.touchpoints ?? []).length, 0),
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'situation-strategy-demo-strategy');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

async function save(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function addChannel(page: Page, channel: { name: string; type: string; stages: string[]; goal?: string; absent?: boolean }): Promise<void> {
  await page.getByRole('button', { name: 'Add channel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Channel/ }).fill(channel.name);
  await dialog.getByLabel('Type').click();
  await page.getByRole('option', { name: channel.type }).click();
  for (const stage of channel.stages) await dialog.getByRole('checkbox', { name: stage }).check();
  if (channel.goal) await dialog.getByLabel('Goal').fill(channel.goal);
  if (channel.absent) await dialog.getByRole('switch', { name: /You are present/ }).uncheck();
  await save(page);
  await page.getByRole('row', { name: new RegExp(channel.name) }).waitFor();
}

async function writeFunnelText(page: Page, stage: string, text: string): Promise<void> {
  const column = page.getByRole('article', { name: stage });
  await column.getByRole('button', { name: `Edit the strategy for ${stage}` }).click();
  await column.getByLabel(`Your strategy for ${stage}`).fill(text);
  await column.getByRole('button', { name: 'Save' }).click();
  await column.getByLabel(`Your strategy for ${stage}`).waitFor({ state: 'detached' });
  expect(await column.getByText(text).count()).toBe(1);
}
