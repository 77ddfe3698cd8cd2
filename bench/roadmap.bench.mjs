/*
 * The roadmap in Chromium (issues 6 and 14): the web app's roadmap page on the benchmark plan
 * with 2 000 activities in 20 themes, at 1500 × 800, served by the real server on SQLite with
 * the real API behind it.
 *
 * - render: a first visit (a fresh browser context per run, signed in, nothing cached) of the
 *   roadmap's address, timed inside the page as the peers' harness (shared/bench-peers) times
 *   its pages: from navigation start until two animation frames after the roadmap's svg has
 *   `data-roadmap-ready` with its bars (`[data-bar]`), so that style, layout and paint have
 *   happened. The HTML, the scripts, the session, every API request and the drawing are in it;
 *   the notes give the page's own marks (model there, drawing committed) and the bars in the DOM.
 * - drag-frame: the main thread's work for one frame of dragging a bar with the mouse: the
 *   pointer event handlers, then the frame's animation callbacks, style, layout and paint
 *   (until a task posted from the last animation callback runs). The median of about 60
 *   frames per run; the bar goes right and back, so nothing is saved.
 *
 * CPU: the renderer main thread's CPU time (CDP ThreadTime), for render from before the
 * navigation to the drawn roadmap, for drag-frame that of the whole drag (the mouse's events
 * included) divided by the frames drawn.
 *
 * Needs the built web app (npm run build, or KURS_WEB_DIR) and Chromium (/usr/bin/chromium,
 * or CHROMIUM).
 */
import { firstAccount } from './lib/app.account.mjs';
import { firstVisit, openApp, VIEWPORT } from './lib/browser.mjs';
import { count } from './lib/bench.table.mjs';

const READY = 'svg[data-roadmap-ready]';
const DRAG_STEPS = 30;
const DRAG_STEP_PX = 4;

export async function run(context) {
  const activities = context.sizes.roadmapActivities;
  const what = `${count(activities)} activities in ${context.sizes.plan.themes} themes, ${VIEWPORT.width} × ${VIEWPORT.height}`;
  return [
    await context.bench('render', { title: `roadmap page, first visit: navigation start to drawn with its bars, ${what}`, target: 800, runs: 5 }, () =>
      renderLeg(context),
    ),
    await context.bench('drag-frame', { title: `roadmap, one frame of dragging a bar: ${what}`, target: 16, runs: 5 }, () => dragLeg(context)),
  ];
}

/** The server with the benchmark plan, signed in, and Chromium: what both legs start from. */
async function openRoadmap(context) {
  const app = await openApp(context, { demo: false, name: 'roadmap' });
  try {
    const session = await firstAccount(app.origin);
    await session.call('POST', '/api/v1/workspaces', { id: 'bench', name: 'Bench' });
    const plan = context.largePlan({ activities: context.sizes.roadmapActivities, measurements: 0 });
    await session.call('POST', '/api/v1/workspaces/bench/plans?id=roadmap', plan);
    const url = `${app.origin}/workspaces/bench/plans/roadmap/roadmap`;
    const visit = () =>
      firstVisit(app.browser, { url, cookie: session.cookie, watch: /** @type {const} */ ([`${READY} [data-bar]`, 'data-roadmap-ready', '__roadmapDone', 2]) });
    return { visit, close: app.close };
  } catch (error) {
    await app.close();
    throw error;
  }
}

async function renderLeg(context) {
  const roadmap = await openRoadmap(context);
  return {
    async run() {
      const { page, cpu, close } = await roadmap.visit();
      try {
        const figures = await page.evaluate((selector) => {
          const marks = window.__marks ?? {};
          return {
            done_ms: window.__roadmapDone,
            model_ready_ms: marks.dataReady,
            drawn_ms: marks.callEnd,
            bars_in_dom: document.querySelectorAll(`${selector} [data-bar]`).length,
            elements: document.querySelectorAll('*').length,
          };
        }, READY);
        return { ...figures, cpu: await cpu() };
      } finally {
        await close();
      }
    },
    elapsed: (figures) => figures.done_ms,
    cpu: (figures) => figures.cpu.thread_ms,
    info: (figures) => ({
      model_ready_ms: Math.round(figures.model_ready_ms),
      drawn_ms: Math.round(figures.drawn_ms),
      bars_in_dom: figures.bars_in_dom,
      elements: figures.elements,
      main_thread_tasks_ms: figures.cpu.task_ms,
      script_ms: figures.cpu.script_ms,
    }),
    close: roadmap.close,
  };
}

async function dragLeg(context) {
  const roadmap = await openRoadmap(context);
  const { page, cpu, close } = await roadmap.visit();
  await page.evaluate(installFrameMeter);
  return {
    async run() {
      const bar = await widestVisibleBar(page);
      const before = await cpu();
      await page.evaluate(() => window.__frameMeter.start());
      await page.mouse.move(bar.x, bar.y);
      await page.mouse.down();
      for (let i = 1; i <= DRAG_STEPS; i += 1) await page.mouse.move(bar.x + i * DRAG_STEP_PX, bar.y);
      for (let i = DRAG_STEPS - 1; i >= 0; i -= 1) await page.mouse.move(bar.x + i * DRAG_STEP_PX, bar.y);
      await page.mouse.up();
      const frames = await page.evaluate(() => window.__frameMeter.stop());
      const after = await cpu();
      if (frames.length < 10) throw new Error(`only ${frames.length} drag frames were drawn`);
      const sorted = [...frames].sort((a, b) => a - b);
      return {
        frames: sorted.length,
        median_ms: sorted[sorted.length >> 1],
        p95_ms: sorted[Math.floor(sorted.length * 0.95)],
        max_ms: sorted[sorted.length - 1],
        cpu_per_frame_ms: (after.thread_ms - before.thread_ms) / sorted.length,
      };
    },
    elapsed: (result) => result.median_ms,
    cpu: (result) => result.cpu_per_frame_ms,
    info: (result) => ({ frames: result.frames, p95_ms: Math.round(result.p95_ms * 10) / 10, max_ms: Math.round(result.max_ms * 10) / 10 }),
    close: async () => {
      await close();
      await roadmap.close();
    },
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
    return dragged ? `${dragged.getAttribute('transform')}|${dragged.firstElementChild?.getAttribute('width')}` : '';
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
