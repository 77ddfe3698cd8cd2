/*
 * What the browser legs share: the built web app, a Kurs server on a fresh SQLite database
 * serving it, Chromium started as the peers' harness starts it (shared/bench-peers), and a
 * first visit of a page in a fresh browser context, timed from navigation start inside the page.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const WEB_DIR = process.env.KURS_WEB_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/web/dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
export const VIEWPORT = { width: 1500, height: 800 };

/** The built app's index.html. */
export function builtIndex() {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`no built web app in ${WEB_DIR}: run npm run build (or set KURS_WEB_DIR)`);
  return readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
}

/** A Kurs server from the built packages (with the demo workspace or none), serving the built web app. */
export async function startApp(context, { demo, name }) {
  builtIndex();
  const { loadConfig } = await import('../../packages/server/dist/config/config.js');
  const { startServer } = await import('../../packages/server/dist/server.js');
  const server = await startServer(
    loadConfig({ LOG_LEVEL: 'silent', KURS_DEMO: String(demo), DATA_DIR: mkdtempSync(join(context.tempDir, `${name}-`)), PORT: '0', HOST: '127.0.0.1', KURS_WEB_DIR: WEB_DIR }),
  );
  return { origin: server.url.replace('localhost', '127.0.0.1'), close: () => server.close() };
}

/** A Kurs server (startApp) and Chromium; `close` stops both. */
export async function openApp(context, options) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (or set CHROMIUM)`);
  const server = await startApp(context, options);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * @typedef {object} Visit a page opened by firstVisit, its marker seen
 * @property {import('playwright-core').Page} page
 * @property {() => Promise<BrowserCpu>} cpu the browser's work for this page so far
 * @property {() => Promise<void>} close closes the page's context
 */

/**
 * @typedef {object} BrowserCpu from CDP Performance.getMetrics of the page's renderer, counted
 *   from before the navigation (ms)
 * @property {number} thread_ms CPU time of the renderer's main thread (ThreadTime)
 * @property {number} task_ms time the main thread spent in tasks, waiting for a core included (TaskDuration)
 * @property {number} script_ms of that, running script (ScriptDuration)
 */

/**
 * A first visit: a fresh browser context (nothing cached) with the session cookie, where
 * `watch` is injected before the page's scripts (watchSelector), CDP's performance metrics are
 * switched on before the navigation, and the page at `url` is opened and waited for until
 * `window[variable]` is set. An error the page reports fails the visit at once.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, cookie?: { name: string, value: string }, watch: Parameters<typeof watchSelector>[0], locale?: string,
 *   onContext?: (context: import('playwright-core').BrowserContext) => unknown, timeout?: number }} options
 * @returns {Promise<Visit>}
 */
export async function firstVisit(browser, { url, cookie, watch, locale = 'en-GB', onContext, timeout = 120_000 }) {
  const browserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale });
  try {
    if (cookie) await browserContext.addCookies([{ ...cookie, url: new URL(url).origin }]);
    await browserContext.addInitScript(watchSelector, watch);
    await onContext?.(browserContext);
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The first error the page reports ends the visit, rather than a wait for a marker that will not come.
    /** @type {(error: Error) => void} */
    let reported = () => {};
    const failure = new Promise((_, reject) => (reported = reject));
    const fail = (message) => reported(new Error(`${new URL(url).pathname} reported an error: ${message.split('\n')[0]}`));
    page.on('pageerror', (error) => fail(error.message));
    page.on('console', (message) => message.type() === 'error' && fail(message.text()));
    await page.goto(url, { waitUntil: 'commit' });
    await Promise.race([page.waitForFunction((variable) => window[variable] !== undefined, watch[2], { timeout, polling: 50 }), failure]);
    const cpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name) => Math.round((metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 10_000) / 10;
      return { thread_ms: value('ThreadTime'), task_ms: value('TaskDuration'), script_ms: value('ScriptDuration') };
    };
    return { page, cpu, close: () => browserContext.close() };
  } catch (error) {
    await browserContext.close();
    throw error;
  }
}

/**
 * Injected before the page's scripts (`addInitScript(watchSelector, [...])`): once `selector`
 * matches, after any DOM change, sets `window[variable]` to performance.now() (ms from
 * navigation start) after `frames` animation frames (two: style, layout and paint have
 * happened, as the peers' harness counts).
 * @param {readonly [selector: string, attribute: string, variable: '__dashboardReady' | '__roadmapDone' | '__chartDrawn', frames: number]} args
 */
export function watchSelector([selector, attribute, variable, frames]) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    const mark = (left) => {
      if (left === 0) window[variable] = performance.now();
      else requestAnimationFrame(() => mark(left - 1));
    };
    mark(frames);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: [attribute] });
}
