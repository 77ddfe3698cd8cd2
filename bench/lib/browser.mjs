/*
 * What the browser legs share: the built web app, a Kurs server on a fresh SQLite database
 * serving it, and Chromium started as the peers' harness starts it (shared/bench-peers).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const WEB_DIR = process.env.KURS_WEB_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/web/dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The built app's index.html. */
export function builtIndex() {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`no built web app in ${WEB_DIR}: run npm run build (or set KURS_WEB_DIR)`);
  return readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
}

/** A Kurs server (with the demo workspace or none) and Chromium; `close` stops both. */
export async function openApp(context, { demo, name }) {
  builtIndex();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (or set CHROMIUM)`);
  const { loadConfig } = await import('../../packages/server/dist/config/config.js');
  const { startServer } = await import('../../packages/server/dist/server.js');
  const server = await startServer(
    loadConfig({ LOG_LEVEL: 'silent', KURS_DEMO: String(demo), DATA_DIR: mkdtempSync(join(context.tempDir, `${name}-`)), PORT: '0', HOST: '127.0.0.1', KURS_WEB_DIR: WEB_DIR }),
  );
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    origin: server.url.replace('localhost', '127.0.0.1'),
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Injected before the page's scripts (`addInitScript(watchSelector, [...])`): once `selector`
 * matches, after any DOM change, sets `window[variable]` to performance.now() after `frames`
 * animation frames (two: style, layout and paint have happened, as the peers' harness counts).
 * @param {readonly [selector: string, attribute: string, variable: '__dashboardReady' | '__roadmapDone', frames: number]} args
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
