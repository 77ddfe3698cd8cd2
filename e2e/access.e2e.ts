import { bookshopPlan } from '@kurs/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, openSession, screenshot, seriousA11yViolations, type Session } from './support/browser.js';
import { type AppServer, OWNER, startAppServer } from './support/server.js';

/*
 * Accounts and access from the first start: the owner makes the first account on the setup
 * page, signs out and in again, invites an editor and a viewer by link (each signs up in a
 * browser of their own), the viewer finds nothing to edit and the API refuses their writes, a
 * stakeholder without an account follows the plan through a share link until it is revoked,
 * and the audit log holds all of it.
 */
describe.skipIf(!chromiumAvailable())('accounts, members, share links and the audit log', () => {
  let app: AppServer;
  let browser: Browser;
  const sessions: Session[] = [];
  let owner: Page;
  let ws = '';
  let planPath = '';
  const links = { editor: '', viewer: '', share: '' };

  /** A browser of its own for each person, none signed in. */
  const open = async (options: Parameters<typeof openSession>[2] = {}) => {
    const session = await openSession(browser, app.url, options);
    sessions.push(session);
    return session.page;
  };

  /** Looks at the page as it is now: a screenshot to read, and axe. */
  const look = async (page: Page, name: string) => {
    // After transitions (a dialog fading in): axe would measure the contrast of half-transparent text.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
    await screenshot(page, `access-${name}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  };

  /** The API as whoever is signed in in this browser, with the session's CSRF token. */
  const api = async (page: Page) => {
    const { csrf_token: csrf } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrf_token: string };
    return (method: string, path: string, data?: unknown) =>
      page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrf, origin: app.url } });
  };

  /** The secret a page shows once (an invitation or share link). */
  const secret = (page: Page) => page.locator('[data-secret]').inputValue();

  beforeAll(async () => {
    app = await startAppServer({ demo: false });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates the first account on the setup page, then signs out and in again', async () => {
    owner = await open();
    await owner.goto('/');
    await owner.waitForURL('**/setup');
    await owner.getByRole('heading', { name: 'Create the first account' }).waitFor();
    await look(owner, 'setup');

    await owner.getByLabel('Name').fill(OWNER.name);
    await owner.getByLabel('Email').fill(OWNER.email);
    await owner.locator('input[autocomplete="new-password"]').fill('short');
    await owner.getByRole('button', { name: 'Create account and start' }).click();
    await owner.getByText('The password needs at least 10 characters.').waitFor();
    await owner.locator('input[autocomplete="new-password"]').fill(OWNER.password);
    await owner.getByRole('button', { name: 'Create account and start' }).click();
    await owner.getByRole('heading', { name: 'Workspaces', level: 1 }).waitFor();

    await owner.getByLabel('Company or workspace name').fill('Nordbok');
    await owner.getByRole('button', { name: 'Create workspace' }).click();
    await owner.waitForURL(/\/workspaces\/[^/]+$/);
    ws = decodeURIComponent(new URL(owner.url()).pathname.split('/')[2]!);
    const call = await api(owner);
    const created = await call('POST', `/api/v1/workspaces/${ws}/plans`, bookshopPlan({ today: new Date().toISOString().slice(0, 10) }));
    expect(created.status()).toBe(201);
    planPath = `/workspaces/${ws}/plans/${((await created.json()) as { id: string }).id}`;

    await owner.getByRole('button', { name: `Account: ${OWNER.name}` }).click();
    await owner.getByRole('menuitem', { name: 'Sign out' }).click();
    await owner.waitForURL('**/sign-in');

    // A page of the app asks for sign-in first, then opens.
    const members = `/workspaces/${ws}/members`;
    await owner.goto(members);
    await owner.waitForURL(/\/sign-in\?next=/);
    await owner.getByLabel('Email').fill(OWNER.email);
    await owner.locator('input[autocomplete="current-password"]').fill('not-the-password');
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.getByRole('alert').getByText('The email or the password is wrong.').waitFor();
    await look(owner, 'sign-in-wrong');
    await owner.locator('input[autocomplete="current-password"]').fill(OWNER.password);
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.waitForURL(`**${members}`);
    await owner.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
  });

  it('invites an editor and a viewer by link; each signs up in a browser of their own', async () => {
    await owner.getByRole('button', { name: 'Invite by link' }).click();
    let dialog = owner.getByRole('dialog');
    await dialog.getByLabel('Email (optional)').fill('eda@kurs.test');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    links.editor = await secret(owner);
    expect(links.editor).toMatch(/\/invitations#kurs_inv_/);
    await look(owner, 'invitation-link');
    await dialog.getByRole('button', { name: 'Done' }).click();

    await owner.getByRole('button', { name: 'Invite by link' }).click();
    dialog = owner.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await owner.getByRole('option', { name: /^Viewer/ }).click();
    await dialog.getByRole('button', { name: 'Create link' }).click();
    links.viewer = await secret(owner);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await owner.getByRole('cell', { name: 'eda@kurs.test', exact: true }).waitFor();
    await look(owner, 'members');

    const editor = await open();
    await editor.goto(links.editor);
    await editor.getByRole('heading', { name: 'You are invited' }).waitFor();
    expect(await editor.getByLabel('Email').inputValue()).toBe('eda@kurs.test');
    await look(editor, 'invitation');
    await editor.getByLabel('Name').fill('Eda Editor');
    await editor.locator('input[autocomplete="new-password"]').fill('editor-password-1');
    await editor.getByRole('button', { name: 'Create account and join' }).click();
    await editor.waitForURL(`**/workspaces/${ws}`);
    await editor.getByRole('heading', { name: 'Nordbok', level: 1 }).waitFor();
    await editor.getByRole('link', { name: /Digital strategy/ }).first().waitFor();

    const viewer = await open({ width: 375, colorScheme: 'dark' });
    await viewer.goto(links.viewer);
    await viewer.getByLabel('Email').fill('vera@kurs.test');
    await viewer.locator('input[autocomplete="new-password"]').fill('viewer-password-1');
    await viewer.getByRole('button', { name: 'Create account and join' }).click();
    await viewer.waitForURL(`**/workspaces/${ws}`);
    await viewer.getByRole('heading', { name: 'Nordbok', level: 1 }).waitFor();
    await look(viewer, 'viewer-workspace-375-dark');

    // The used link does not work a second time.
    const late = await open();
    await late.goto(links.editor);
    await late.getByRole('heading', { name: 'This invitation link does not work' }).waitFor();
  });

  it('shows a viewer no editing controls, and the API refuses their writes', async () => {
    const viewer = sessions[2]!.page;
    const editor = sessions[1]!.page;
    // The workspace they joined: its plans to open, none to start.
    await viewer.getByRole('link', { name: /Digital strategy/ }).first().waitFor();
    expect(await viewer.getByRole('button', { name: 'New plan' }).count()).toBe(0);

    await viewer.goto(`/workspaces/${ws}/members`);
    await viewer.getByRole('cell', { name: /Eda Editor/ }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Invite by link' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await viewer.getByLabel(/^Role of/).count()).toBe(0);
    await viewer.getByText('Only an owner can change roles and invite people.').waitFor();
    await look(viewer, 'members-viewer-375-dark');

    await viewer.goto(`${planPath}/share`);
    await viewer.getByText('Only editors and owners can share the plan.').waitFor();
    await viewer.getByRole('button', { name: 'Open navigation' }).click();
    await viewer.getByRole('link', { name: /Export/ }).waitFor();
    expect(await viewer.getByRole('link', { name: 'Share with stakeholders' }).count()).toBe(0);

    // Goals: each one to read in full, read-only; nothing to add, change or delete.
    await viewer.goto(`${planPath}/goals`);
    const details = viewer.getByRole('button', { name: /^Details of/ }).first();
    await details.waitFor();
    expect(await viewer.getByRole('button', { name: /^(New goal|Set the first goal|Actions for)/ }).count()).toBe(0);
    await details.click();
    const goal = viewer.getByRole('dialog', { name: 'Goal' });
    expect(await goal.getByRole('textbox', { name: 'Goal', exact: true }).isDisabled()).toBe(true);
    expect(await goal.getByRole('button', { name: /^(Save goal|Create goal|Create a new KPI)/ }).count()).toBe(0);

    // Reviews: the decisions and the experiment log to read, no review to hold, edit or delete.
    await viewer.goto(`${planPath}/reviews`);
    await viewer.getByRole('heading', { name: /^Review of/ }).first().waitFor();
    expect(await viewer.getByRole('button', { name: /^(Review Q|Hold the first review|Actions for the review)/ }).count()).toBe(0);
    await viewer.getByRole('tab', { name: /^Experiment log/ }).click();
    await viewer.locator('[data-logged-experiment]').first().waitFor();
    expect(await viewer.getByRole('button', { name: /^Edit/ }).count()).toBe(0);

    // Roadmap: no undo, and a bar's arrow keys change nothing; Enter still opens its details.
    await viewer.goto(`${planPath}/roadmap`);
    const bar = viewer.locator('svg[data-roadmap-ready] [data-bar] > rect').first();
    await bar.waitFor();
    expect(await viewer.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    const id = (await bar.locator('..').getAttribute('data-bar'))!;
    const datesOf = async () => ((await (await (await api(viewer))('GET', `/api/v1${planPath}/activities/${id}`)).json()) as { start: string; end: string });
    const [label, dates] = [await bar.getAttribute('aria-label'), await datesOf()];
    await bar.focus();
    await viewer.keyboard.press('ArrowRight');
    await viewer.keyboard.press('Alt+Shift+ArrowLeft');
    await viewer.keyboard.press('Enter');
    await viewer.getByRole('dialog').waitFor();
    await look(viewer, 'roadmap-viewer-375-dark');
    await viewer.keyboard.press('Escape');
    expect(await viewer.locator(`svg[data-roadmap-ready] [data-bar="${id}"] > rect`).getAttribute('aria-label')).toBe(label);
    expect(await datesOf()).toEqual(dates);

    const newGoal = { id: 'viewer-goal', title: 'A goal a viewer may not add', horizon: 'year' };
    const refused = await (await api(viewer))('POST', `/api/v1${planPath}/goals`, newGoal);
    expect(refused.status()).toBe(403);
    const allowed = await (await api(editor))('POST', `/api/v1${planPath}/goals`, { ...newGoal, id: 'editor-goal', title: 'A goal the editor adds' });
    expect(allowed.status()).toBe(201);
  });

  it('shares the plan: a stakeholder without an account follows it until the link is revoked', async () => {
    await owner.goto(`${planPath}/share`);
    await owner.getByLabel('Who it is for').fill('Board of directors');
    await owner.getByRole('button', { name: 'Create share link' }).click();
    links.share = await secret(owner);
    expect(links.share).toMatch(/\/shared#kurs_share_/);
    await owner.getByRole('cell', { name: 'Board of directors', exact: true }).waitFor();
    await look(owner, 'share-links');

    const stakeholder = await open();
    await stakeholder.goto(links.share);
    await stakeholder.locator('[data-shared-plan]').waitFor();
    await stakeholder.getByRole('heading', { name: /Digital strategy/, level: 1 }).waitFor();
    await stakeholder.getByRole('heading', { name: 'Goals' }).waitFor();
    await stakeholder.getByRole('heading', { name: 'Roadmap' }).waitFor();
    await stakeholder.getByText('A goal the editor adds').waitFor();
    // Nothing leads from the stakeholder view into the app.
    expect(await stakeholder.locator('a[href^="/workspaces"], a[href="/"]').count()).toBe(0);
    await look(stakeholder, 'shared-1440');

    const phone = await open({ width: 375, colorScheme: 'dark' });
    await phone.goto(links.share);
    await phone.locator('[data-shared-plan]').waitFor();
    await look(phone, 'shared-375-dark');

    await owner.getByRole('button', { name: 'Revoke the share link for Board of directors' }).click();
    await owner.getByRole('dialog', { name: 'Revoke share link?' }).waitFor();
    await look(owner, 'share-link-revoke-dialog');
    await owner.getByRole('dialog', { name: 'Revoke share link?' }).getByRole('button', { name: 'Revoke' }).click();
    await owner.getByText('Revoked', { exact: true }).waitFor();
    await stakeholder.reload();
    await stakeholder.getByRole('heading', { name: 'This link does not work' }).waitFor();
    await look(stakeholder, 'shared-revoked');
  });

  it('keeps every write in the audit log, newest first, with a CSV of the page', async () => {
    await owner.goto(`/workspaces/${ws}/audit`);
    const table = owner.getByRole('table');
    await table.getByText('Share link revoked').waitFor();
    for (const what of ['Share link created', 'Goal created', 'Invitation accepted', 'Invitation created', 'Plan created', 'Workspace created']) {
      await table.getByText(what).first().waitFor();
    }
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toContain('Share link revoked');
    await look(owner, 'audit');

    await owner.getByRole('combobox', { name: 'Kind of thing' }).click();
    await owner.getByRole('option', { name: 'Share link' }).click();
    await expect.poll(async () => (await table.locator('tbody tr').allInnerTexts()).length).toBe(2);

    const csv = await owner.request.get((await owner.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('share_link.revoke');
    expect(text).not.toContain('goal.create');
  });

  it('makes an API token shown once, and refuses a password change with the wrong current password', async () => {
    await owner.goto('/account/tokens');
    await owner.getByLabel(/^Name/).fill('Nightly import');
    await owner.getByRole('button', { name: 'Create token' }).click();
    const token = await secret(owner);
    expect(token).toMatch(/^kurs_pat_/);
    const listed = await owner.request.get(`/api/v1/workspaces/${ws}/plans`, { headers: { authorization: `Bearer ${token}` } });
    expect(listed.status()).toBe(200);
    await owner.getByRole('table').getByText('Nightly import', { exact: true }).waitFor();
    await look(owner, 'tokens');

    await owner.goto('/account/password');
    await owner.getByLabel('Current password').fill('not-the-password');
    await owner.getByLabel(/^New password/).fill('a-new-password-1');
    await owner.getByLabel('Repeat the new password').fill('a-new-password-1');
    await owner.getByRole('button', { name: 'Change password' }).click();
    await owner.getByText('The current password is wrong.').waitFor();
    await look(owner, 'password');

    for (const session of sessions) expect(session.problems).toEqual([]);
  });
});
