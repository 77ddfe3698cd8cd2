import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser.js';
import { type AppServer, createOwner, type Owner, startAppServer } from './support/server.js';

/*
 * A marketing lead downloads the demo plan as a YAML document, edits it by hand, and uploads it
 * as a new plan: the first upload has a goal pointing at a KPI that does not exist and is
 * refused with the field, the line and nothing imported; the fixed file becomes a plan with
 * the same content as the original.
 */

/** The file input of Mantine's FileInput is hidden; Playwright sets its file all the same. */
async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.getByRole('dialog').getByRole('button', { name: 'Import plan' }).click();
}

describe.skipIf(!chromiumAvailable())('a plan document goes out and comes back in', () => {
  let app: AppServer;
  let browser: Browser;
  let owner: Owner;
  let demo = '';

  const plans = async () => ((await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string; name: string }[] }).items;
  const documentOf = async (plan: string) => (await owner.api('GET', `/api/v1/workspaces/demo/plans/${plan}/document`)).json() as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    app = await startAppServer({ demo: true });
    owner = await createOwner(app);
    browser = await launchBrowser();
    demo = (await plans())[0]!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('exports the demo plan, is told exactly what is wrong with an edited copy, and imports it once fixed', async () => {
    const session = await openSession(browser, app.url, { signedIn: owner });
    const { page } = session;

    await page.goto(`/workspaces/demo/plans/${demo}/export`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download YAML' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.startsWith('kurs: 1\n')).toBe(true);

    // By hand: a new name, and the first goal's KPI changed to one the plan does not have.
    const renamed = exported.replace(/^plan:\n {2}name: .*$/m, 'plan:\n  name: Copy for the board');
    const lines = renamed.split('\n');
    const goalsAt = lines.indexOf('goals:');
    const kpiAt = lines.findIndex((line, i) => i > goalsAt && /^ {4}kpi: /.test(line));
    expect(goalsAt).toBeGreaterThan(0);
    expect(kpiAt).toBeGreaterThan(goalsAt);
    const broken = [...lines.slice(0, kpiAt), '    kpi: no-such-kpi', ...lines.slice(kpiAt + 1)].join('\n');
    const before = await plans();

    await page.goto('/workspaces/demo');
    await page.getByRole('button', { name: 'New plan' }).first().click();
    await page.getByRole('dialog').getByRole('tab', { name: 'Upload a file' }).click();
    await upload(page, 'board-copy.yaml', broken);
    const problems = page.getByRole('dialog').getByRole('alert');
    await problems.getByText('The document has 1 problem').waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toMatch(/goals\[\d+\]\.kpi/);
    expect(text).toContain(`line ${kpiAt + 1}, column`);
    expect(text).toContain('no-such-kpi');
    await screenshot(page, 'plans-import-refused-1440-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await plans()).toEqual(before);

    // Fixed: the new plan opens, with everything the original had.
    await upload(page, 'board-copy.yaml', renamed);
    await expect.poll(() => page.url()).toMatch(/\/workspaces\/demo\/plans\/[^/]+$/);
    const copy = (await plans()).find((plan) => plan.name === 'Copy for the board');
    expect(copy).toBeDefined();
    expect(page.url()).toContain(`/plans/${copy!.id}`);
    const [original, imported] = await Promise.all([documentOf(demo), documentOf(copy!.id)]);
    expect({ ...imported, plan: undefined }).toEqual({ ...original, plan: undefined });
    expect((imported.plan as { name: string }).name).toBe('Copy for the board');

    expect(session.problems).toEqual([]);
    await session.close();
  });
});
