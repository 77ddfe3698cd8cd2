/*
 * The web app on a first visit: "dashboard of the demo plan interactive under 1.5 s on
 * localhost" and "initial JavaScript under 300 kB gzipped".
 *
 * dashboard: the real server on a fresh SQLite database with the demo (the book shop plan a
 * new user gets), signed in as its first account. Each run is a fresh browser context (a first
 * visit: nothing cached) that opens the demo plan's dashboard; the time is taken inside the
 * page, from navigation start until the dashboard sets `data-ready` (everything shown), by
 * `performance.now()` at the moment the attribute appears. The notes show where the time of the
 * last run went, each step's end in ms from navigation start: the session check, the plan's
 * header, the dashboard's chunk, and its data requests (first start and last end).
 *
 * initial-js: what index.html makes a browser load before anything else: the entry chunk and
 * its static imports (followed through the chunks, and the same as the modulepreload links),
 * each gzipped with node:zlib at level 9; the figure is their sum in kB (1 kB = 1000 bytes).
 * The Kurs server does not compress itself; the size is what a compressing proxy sends.
 *
 * Needs the built web app (npm run build, or KURS_WEB_DIR) and, for the dashboard, Chromium
 * (/usr/bin/chromium, or CHROMIUM).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstAccount } from './lib/app.account.mjs';
import { builtIndex, openApp, WEB_DIR, watchSelector } from './lib/browser.mjs';

const VIEWPORT = { width: 1500, height: 800 };
const READY = '[data-dashboard][data-ready]';
const DEMO_WORKSPACE = 'demo';
const KB = 1000;

export async function run(context) {
  return [
    await context.bench('dashboard', { title: `demo plan's dashboard, first visit: navigation to data-ready, ${VIEWPORT.width} × ${VIEWPORT.height}`, target: 1500, runs: 5 }, () =>
      dashboardLeg(context),
    ),
    await context.bench('initial-js', { title: 'JavaScript of a first visit (entry chunk and its static imports), gzip -9, in kB', target: 300, unit: 'kB', runs: 1, warmup: 0 }, () =>
      initialJsLeg(),
    ),
  ];
}

async function dashboardLeg(context) {
  const app = await openApp(context, { demo: true, name: 'web' });
  const { origin, browser } = app;
  try {
    const session = await firstAccount(origin);
    const [plan] = (await session.call('GET', `/api/v1/workspaces/${DEMO_WORKSPACE}/plans`)).items;
    if (!plan) throw new Error('the server made no demo plan');
    const url = `${origin}/workspaces/${DEMO_WORKSPACE}/plans/${encodeURIComponent(plan.id)}`;
    return {
      async run() {
        const browserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB' });
        try {
          await browserContext.addCookies([{ ...session.cookie, url: origin }]);
          await browserContext.addInitScript(watchSelector, /** @type {const} */ ([READY, 'data-ready', '__dashboardReady', 0]));
          const page = await browserContext.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
          await page.goto(url, { waitUntil: 'commit' });
          await page.waitForFunction(() => window.__dashboardReady !== undefined, undefined, { timeout: 60_000, polling: 50 });
          if (errors.length > 0) throw new Error(`the dashboard reported errors: ${errors.join('; ')}`);
          return await page.evaluate(timeline);
        } finally {
          await browserContext.close();
        }
      },
      elapsed: (figures) => figures.ready_ms,
      // The last run's chain; a figure that is not a finite number (a request renamed) is left out.
      info: ({ ready_ms: _ready, ...figures }) => Object.fromEntries(Object.entries(figures).filter(([, value]) => Number.isFinite(value))),
      close: app.close,
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * Runs in the page: the ready time and, from the resource timings, the chain before it (ms
 * from navigation start, the end of each step): the session check, the plan's header, the
 * dashboard's own chunk, and the dashboard's data requests (start and end).
 */
function timeline() {
  const ready = window.__dashboardReady;
  const resources = performance
    .getEntriesByType('resource')
    .filter((r) => r instanceof PerformanceResourceTiming)
    .filter((r) => r.startTime < ready);
  const path = (r) => new URL(r.name).pathname;
  const end = (test) => Math.round(Math.max(...resources.filter((r) => test(path(r))).map((r) => r.responseEnd)));
  const data = resources.filter((r) => /^\/api\/v1\/workspaces\/[^/]+\/plans\/[^/]+\/(progress|goals|kpis|milestones)$/.test(path(r)));
  return {
    ready_ms: ready,
    session_ms: end((p) => p === '/api/v1/auth/session'),
    plan_ms: end((p) => /^\/api\/v1\/workspaces\/[^/]+\/plans\/[^/]+$/.test(p)),
    page_chunk_ms: end((p) => /\/dashboard\.page-[^/]+\.js$/.test(p)),
    data_start_ms: Math.round(Math.min(...data.map((r) => r.startTime))),
    data_end_ms: Math.round(Math.max(...data.map((r) => r.responseEnd))),
    requests: resources.length,
    script_bytes: resources.filter((r) => path(r).endsWith('.js')).reduce((sum, r) => sum + r.decodedBodySize, 0),
  };
}

/**
 * The JavaScript a first visit loads before any page's own chunk: the entry script of
 * index.html and every chunk it imports statically, followed through the chunks (dynamic
 * import() calls are left out: they load a page's chunk later).
 */
function initialScripts(html) {
  const entry = html.match(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (!entry) throw new Error('index.html has no module script');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const files = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    files.add(file);
    // `import{a as b}from"./x.js"`, `import"./x.js"`, `export{c}from"./x.js"`, but not `import("./x.js")`.
    for (const [, path] of readFileSync(join(WEB_DIR, file), 'utf8').matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.join(posix.dirname(file), path));
    }
  }
  return { entry, files: [...files], preloads };
}

function initialJsLeg() {
  const { entry, files, preloads } = initialScripts(builtIndex());
  return {
    run() {
      const sizes = files.map((file) => {
        const bytes = readFileSync(join(WEB_DIR, file));
        return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      });
      return { sizes, gzip: sizes.reduce((sum, s) => sum + s.gzip, 0), bytes: sizes.reduce((sum, s) => sum + s.bytes, 0) };
    },
    elapsed: (result) => Math.round((result.gzip / KB) * 10) / 10,
    check: () => {
      const imported = new Set(files.filter((f) => f !== entry));
      const same = imported.size === preloads.length && preloads.every((f) => imported.has(f));
      return same ? undefined : `the static imports (${imported.size}) differ from index.html's modulepreload links (${preloads.length})`;
    },
    info: (result) => {
      const largest = [...result.sizes].sort((a, b) => b.gzip - a.gzip)[0];
      return {
        files: files.length,
        js_bytes: result.bytes,
        js_gzip_bytes: result.gzip,
        largest: `${posix.basename(largest.file)} ${Math.round(largest.gzip / 100) / 10} kB`,
      };
    },
  };
}
