/*
 * The web app on a first visit of the demo plan's dashboard: "dashboard of the demo plan
 * interactive under 0.8 s on localhost" and "initial JavaScript under 250 kB gzipped".
 *
 * Both legs use the real server on a fresh SQLite database with the demo (the book shop plan a
 * new user gets), signed in as its first account, and a fresh browser context per run (a first
 * visit: nothing cached) that opens the demo plan's dashboard.
 *
 * dashboard: the time taken inside the page, from navigation start until the dashboard sets
 * `data-ready` (everything shown), by `performance.now()` at the moment the attribute appears.
 * The notes show where the time of the last run went, each step's end in ms from navigation
 * start: the document, the session check (when it is a request of its own, not in the
 * document), the plan's header, the dashboard's chunk, and its data requests (first start and
 * last end). CPU: the renderer main thread's CPU time until data-ready.
 *
 * initial-js: every script the browser fetched on that visit until data-ready (Chromium's
 * network log: the entry, its imports, the dashboard's chunk, its translation chunk, whatever
 * else the visit needed), each body gzipped with node:zlib at level 9; the figure is their sum
 * in kB (1 kB = 1000 bytes), the notes list the files. Scripts fetched in the second after
 * data-ready (prefetches) are named in the notes but not counted. The Kurs server does not
 * compress itself; the size is what a compressing proxy sends. No CPU: the figure is a size.
 *
 * Needs the built web app (npm run build, or KURS_WEB_DIR) and Chromium (/usr/bin/chromium,
 * or CHROMIUM).
 */
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstAccount } from './lib/app.account.mjs';
import { firstVisit, openApp, VIEWPORT } from './lib/browser.mjs';

const READY = '[data-dashboard][data-ready]';
const DEMO_WORKSPACE = 'demo';
const KB = 1000;
const AFTER_READY_MS = 1000;

export async function run(context) {
  return [
    await context.bench('dashboard', { title: `demo plan's dashboard, first visit: navigation to data-ready, ${VIEWPORT.width} × ${VIEWPORT.height}`, target: 800, runs: 5 }, () =>
      dashboardLeg(context),
    ),
    await context.bench('initial-js', { title: "JavaScript of a first visit of the dashboard (every script fetched until data-ready), gzip -9, in kB", target: 250, unit: 'kB', runs: 1, warmup: 0 }, () =>
      initialJsLeg(context),
    ),
  ];
}

/** The server with the demo, signed in, Chromium, and the demo plan's dashboard address. */
async function openDashboard(context) {
  const app = await openApp(context, { demo: true, name: 'web' });
  try {
    const session = await firstAccount(app.origin);
    const [plan] = (await session.call('GET', `/api/v1/workspaces/${DEMO_WORKSPACE}/plans`)).items;
    if (!plan) throw new Error('the server made no demo plan');
    const url = `${app.origin}/workspaces/${DEMO_WORKSPACE}/plans/${encodeURIComponent(plan.id)}`;
    /** @param {Parameters<typeof firstVisit>[1]['onContext']} [onContext] */
    const visit = (onContext) =>
      firstVisit(app.browser, { url, cookie: session.cookie, watch: /** @type {const} */ ([READY, 'data-ready', '__dashboardReady', 0]), onContext, timeout: 60_000 });
    return { visit, close: app.close };
  } catch (error) {
    await app.close();
    throw error;
  }
}

async function dashboardLeg(context) {
  const dashboard = await openDashboard(context);
  return {
    async run() {
      const { page, cpu, close } = await dashboard.visit();
      try {
        return { ...(await page.evaluate(timeline)), cpu: await cpu() };
      } finally {
        await close();
      }
    },
    elapsed: (figures) => figures.ready_ms,
    cpu: (figures) => figures.cpu.thread_ms,
    // The last run's chain.
    info: ({ ready_ms: _ready, cpu, ...figures }) => ({ ...figures, main_thread_tasks_ms: cpu.task_ms, script_ms: cpu.script_ms }),
    close: dashboard.close,
  };
}

/**
 * Runs in the page: the ready time and, from the navigation and resource timings, the chain
 * before it (ms from navigation start, the end of each step): the document, the session check,
 * the plan's header, the dashboard's own chunk, and the dashboard's data requests (start and end).
 */
function timeline() {
  const ready = window.__dashboardReady;
  const resources = performance
    .getEntriesByType('resource')
    .filter((r) => r instanceof PerformanceResourceTiming)
    .filter((r) => r.startTime < ready);
  const path = (r) => new URL(r.name).pathname;
  const end = (test) => Math.round(Math.max(...resources.filter((r) => test(path(r))).map((r) => r.responseEnd)));
  const data = resources.filter((r) => /^\/api\/v1\/workspaces\/[^/]+\/plans\/[^/]+\/(progress|goals|kpis|milestones|health(\/summary)?)$/.test(path(r)));
  const [navigation] = performance.getEntriesByType('navigation');
  return {
    ready_ms: ready,
    document_ms: Math.round(navigation instanceof PerformanceNavigationTiming ? navigation.responseEnd : Number.NaN),
    session_ms: end((p) => p === '/api/v1/auth/session'),
    plan_ms: end((p) => /^\/api\/v1\/workspaces\/[^/]+\/plans\/[^/]+$/.test(p)),
    page_chunk_ms: end((p) => /\/dashboard\.page-[^/]+\.js$/.test(p)),
    data_start_ms: Math.round(Math.min(...data.map((r) => r.startTime))),
    data_end_ms: Math.round(Math.max(...data.map((r) => r.responseEnd))),
    requests: resources.length,
  };
}

/** One visit, every JavaScript response recorded with its body as the browser received it. */
async function initialJsLeg(context) {
  const dashboard = await openDashboard(context);
  return {
    async run() {
      /** @type {{ url: string, body: Promise<Buffer> }[]} */
      const scripts = [];
      const { page, close } = await dashboard.visit((browserContext) =>
        browserContext.on('response', (response) => {
          const type = response.headers()['content-type'] ?? '';
          if (response.request().resourceType() === 'script' || type.includes('javascript')) scripts.push({ url: response.url(), body: response.body() });
        }),
      );
      try {
        await page.waitForTimeout(AFTER_READY_MS);
        // Which requests started before data-ready, by the page's own resource timings.
        const { readyAt, before } = await page.evaluate(() => ({
          readyAt: window.__dashboardReady,
          before: performance
            .getEntriesByType('resource')
            .filter((r) => r.startTime < window.__dashboardReady)
            .map((r) => r.name),
        }));
        const sizes = await Promise.all(
          scripts.map(async ({ url, body }) => {
            const bytes = await body;
            return { file: posix.basename(new URL(url).pathname), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, afterReady: !before.includes(url) };
          }),
        );
        const counted = sizes.filter((s) => !s.afterReady);
        return { readyAt, counted, later: sizes.filter((s) => s.afterReady), gzip: counted.reduce((sum, s) => sum + s.gzip, 0), bytes: counted.reduce((sum, s) => sum + s.bytes, 0) };
      } finally {
        await close();
      }
    },
    elapsed: (result) => Math.round((result.gzip / KB) * 10) / 10,
    // A size: no CPU time belongs to it.
    cpu: () => undefined,
    info: (result) => {
      const kB = (s) => `${s.file} ${Math.round(s.gzip / 100) / 10}`;
      return {
        files: result.counted.length,
        js_bytes: result.bytes,
        ready_ms: Math.round(result.readyAt),
        'gzip kB': [...result.counted].sort((a, b) => b.gzip - a.gzip).map(kB).join(' · '),
        ...(result.later.length > 0 && { 'after ready, not counted': result.later.map(kB).join(' · ') }),
      };
    },
    close: dashboard.close,
  };
}
