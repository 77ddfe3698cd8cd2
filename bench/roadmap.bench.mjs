/*
 * The roadmap in Chromium (issue 6): the web app's roadmap page on the benchmark plan with
 * 2 000 activities in 20 themes, at 1500 × 800, served by the real server on SQLite.
 *
 * Times are taken inside the page, as the peers' harness (shared/bench-peers) takes them:
 * - render: from the moment the roadmap model is there and drawing begins (`__marks.callStart`)
 *   until two animation frames after the drawn timeline is in the DOM, so that its style,
 *   layout and paint have happened. Each run is a fresh browser context, as a first visit.
 * - drag-frame: the main thread's work for one frame of dragging a bar with the mouse: the
 *   pointer event handlers, then the frame's animation callbacks, style, layout and paint
 *   (until a task posted from the last animation callback runs). The median of about 60
 *   frames per run; the bar goes right and back, so nothing is saved.
 *
 * Needs the built web app (npm run build, or KURS_WEB_DIR) and Chromium (/usr/bin/chromium,
 * or CHROMIUM).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { firstAccount } from './lib/app.account.mjs';
import { count } from './lib/bench.table.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const WEB_DIR = process.env.KURS_WEB_DIR ?? resolve(BENCH_DIR, '../packages/web/dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORT = { width: 1500, height: 800 };
const READY = 'svg[data-roadmap-ready]';
const DRAG_STEPS = 30;
const DRAG_STEP_PX = 4;

export async function run(context) {
  const activities = context.sizes.roadmapActivities;
  const what = `${count(activities)} activities in ${context.sizes.plan.themes} themes, ${VIEWPORT.width} × ${VIEWPORT.height}`;
  return [
    await context.bench('render', { title: `roadmap page, first full render: ${what}`, target: 300, runs: 5 }, () => renderLeg(context)),
    await context.bench('drag-frame', { title: `roadmap, one frame of dragging a bar: ${what}`, target: 16, runs: 5 }, () => dragLeg(context)),
  ];
}

/** The server with the benchmark plan, signed in, and Chromium: what both legs start from. */
async function openRoadmap(context) {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`no built web app in ${WEB_DIR}: run npm run build (or set KURS_WEB_DIR)`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (or set CHROMIUM)`);
  const { loadConfig } = await import('../packages/server/dist/config/config.js');
  const { startServer } = await import('../packages/server/dist/server.js');
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    KURS_DEMO: 'false',
    DATA_DIR: mkdtempSync(join(context.tempDir, 'roadmap-')),
    PORT: '0',
    HOST: '127.0.0.1',
    KURS_WEB_DIR: WEB_DIR,
  });
  const server = await startServer(config);
  const origin = server.url.replace('localhost', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const session = await firstAccount(origin);
    await session.call('POST', '/api/v1/workspaces', { id: 'bench', name: 'Bench' });
    const plan = context.largePlan({ activities: context.sizes.roadmapActivities, measurements: 0 });
    await session.call('POST', '/api/v1/workspaces/bench/plans?id=roadmap', plan);
    const url = `${origin}/workspaces/bench/plans/roadmap/roadmap`;
    const newPage = async () => {
      const browserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      await browserContext.addCookies([{ ...session.cookie, url: origin }]);
      await browserContext.addInitScript(watchReady, READY);
      const page = await browserContext.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__roadmapDone !== undefined, undefined, { timeout: 120_000, polling: 50 });
      if (errors.length > 0) throw new Error(`the roadmap page reported errors: ${errors.join('; ')}`);
      return { page, close: () => browserContext.close() };
    };
    return { newPage, close: async () => (await browser.close(), await server.close()) };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/**
 * Injected before the page's scripts: notes the moment the drawn timeline appears (after any
 * DOM change), then sets __roadmapDone two animation frames later, the same rule as the
 * peers' harness.
 */
function watchReady(selector) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__roadmapDone = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-roadmap-ready'] });
}

async function renderLeg(context) {
  const roadmap = await openRoadmap(context);
  return {
    async run() {
      const { page, close } = await roadmap.newPage();
      const figures = await page.evaluate((selector) => {
        const marks = window.__marks;
        return {
          render_ms: window.__roadmapDone - marks.callStart,
          data_ms: marks.dataReady,
          navigation_to_done_ms: window.__roadmapDone,
          bars_in_dom: document.querySelectorAll(`${selector} [data-bar]`).length,
          elements: document.querySelectorAll('*').length,
        };
      }, READY);
      await close();
      return figures;
    },
    elapsed: (figures) => figures.render_ms,
    info: (figures) => ({
      model_ready_ms: Math.round(figures.data_ms),
      navigation_to_done_ms: Math.round(figures.navigation_to_done_ms),
      bars_in_dom: figures.bars_in_dom,
      elements: figures.elements,
    }),
    close: () => roadmap.close(),
  };
}

async function dragLeg(context) {
  const roadmap = await openRoadmap(context);
  const { page, close } = await roadmap.newPage();
  await page.evaluate(installFrameMeter);
  return {
    async run() {
      const bar = await widestVisibleBar(page);
      await page.evaluate(() => window.__frameMeter.start());
      await page.mouse.move(bar.x, bar.y);
      await page.mouse.down();
      for (let i = 1; i <= DRAG_STEPS; i += 1) await page.mouse.move(bar.x + i * DRAG_STEP_PX, bar.y);
      for (let i = DRAG_STEPS - 1; i >= 0; i -= 1) await page.mouse.move(bar.x + i * DRAG_STEP_PX, bar.y);
      await page.mouse.up();
      const frames = await page.evaluate(() => window.__frameMeter.stop());
      if (frames.length < 10) throw new Error(`only ${frames.length} drag frames were drawn`);
      const sorted = [...frames].sort((a, b) => a - b);
      return { frames: sorted.length, median_ms: sorted[sorted.length >> 1], p95_ms: sorted[Math.floor(sorted.length * 0.95)], max_ms: sorted[sorted.length - 1] };
    },
    elapsed: (result) => result.median_ms,
    info: (result) => ({ frames: result.frames, p95_ms: Math.round(result.p95_ms * 10) / 10, max_ms: Math.round(result.max_ms * 10) / 10 }),
    close: async () => (await close(), await roadmap.close()),
  };
}

/** The middle of the widest bar on screen, where a press moves it. */
function widestVisibleBar(page) {
  return page.evaluate((selector) => {
    const scroller = document.querySelector(selector).parentElement.parentElement;
    scroller.scrollIntoView({ block: 'start' });
    const frame = scroller.getBoundingClientRect();
    const bottom = Math.min(frame.bottom, innerHeight) - 20;
    let best = null;
    for (const bar of document.querySelectorAll(`${selector} [data-bar]`)) {
      const box = bar.getBoundingClientRect();
      const visible = box.left > frame.left + 220 && box.right < frame.right - 200 && box.top > frame.top + 60 && box.bottom < bottom;
      if (visible && (!best || box.width > best.width)) best = box;
    }
    if (!best) throw new Error('no bar on screen to drag');
    return { x: best.left + best.width / 2, y: best.top + best.height / 2 };
  }, READY);
}

/**
 * Runs in the page. For every frame in which a pointer move changed the dragged bar, the main
 * thread's time: the pointermove handlers since the frame before, plus the animation frame
 * (from the first callback, registered before the app's, to a task posted from the last
 * one, registered after the app's, which runs once the frame is rendered).
 */
function installFrameMeter() {
  let recording = false;
  let frames = [];
  let handlers = 0;
  let handlerStart = 0;
  let frameStart = 0;
  let scheduled = false;
  let last = '';
  const barState = () => {
    const dragged = document.querySelector('[data-bar]:focus-within');
    return dragged ? `${dragged.getAttribute('transform')}|${dragged.firstElementChild.getAttribute('width')}` : '';
  };
  addEventListener('pointermove', () => {
    if (!recording) return;
    handlerStart = performance.now();
    if (!scheduled) requestAnimationFrame(() => (frameStart = performance.now()));
  }, { capture: true });
  addEventListener('pointermove', () => {
    if (!recording) return;
    handlers += performance.now() - handlerStart;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const state = barState();
        if (state !== last) frames.push(handlers + performance.now() - frameStart);
        last = state;
        handlers = 0;
        scheduled = false;
      };
      channel.port2.postMessage(null);
    });
  });
  window.__frameMeter = {
    start() {
      frames = [];
      handlers = 0;
      recording = true;
      last = '';
    },
    stop() {
      recording = false;
      return frames;
    },
  };
}
