/*
 * The KPI chart in Chromium (issue 5): "KPI chart of 100 000 points drawn under 200 ms". The
 * web app's chart page on its own (/bench/kpi-chart, the same component and options as a
 * KPI's page) draws a series of the shape shared/bench-peers uses for its uPlot and ECharts
 * pages: a cumulative "units sold" sampled every 5 minutes from 2027-01-01, 1500 × 800.
 *
 * render: from just before the chart is created (`__marks.callStart`) until two animation
 * frames after its first draw (`__marks.done`), so style, layout and paint have happened; the
 * peers' "render ms". Each run is a fresh browser context, as a first visit. The data is
 * answered from memory by the browser, so the server's file serving is not in the figure.
 *
 * Needs the built web app (npm run build, or KURS_WEB_DIR) and Chromium (/usr/bin/chromium,
 * or CHROMIUM). To compare with the peers in one run:
 *   node ../shared/bench-peers/run.mjs --only uplot,echarts --kind chart \
 *     --url 'http://127.0.0.1:<port>/bench/kpi-chart?data=/bench/kpi.json' --wait '[data-chart-drawn]'
 * with the peers' out/data/kpi.json copied to <web dir>/bench/kpi.json and a Kurs server on <port>.
 */
import { openApp } from './lib/browser.mjs';
import { count } from './lib/bench.table.mjs';
import { createRandom } from './lib/random.mjs';

const VIEWPORT = { width: 1500, height: 800 };
const POINTS = 100_000;
const DATA_PATH = '/bench/kpi.json';

export async function run(context) {
  const points = context.quick ? POINTS / 10 : POINTS;
  return [
    await context.bench('render', { title: `KPI chart of ${count(points)} points, first draw, ${VIEWPORT.width} × ${VIEWPORT.height}`, target: 200, runs: 5 }, () =>
      renderLeg(context, points),
    ),
  ];
}

/** Units sold, summed every 5 minutes from 2027-01-01: about 0 → 1 000 with a little noise. */
function series(points, seed) {
  const random = createRandom(seed);
  const start = Date.UTC(2027, 0, 1) / 1000;
  const t = new Array(points);
  const v = new Array(points);
  let total = 0;
  let noise = 0;
  for (let i = 0; i < points; i += 1) {
    total += (1000 / points) * (0.5 + random.next());
    noise = 0.98 * noise + (random.next() - 0.5) * 4;
    t[i] = start + i * 300;
    v[i] = Math.max(0, Math.round((total + noise) * 100) / 100);
  }
  return { name: 'Units sold (cumulative)', unit: 'units', step_s: 300, t, v };
}

async function renderLeg(context, points) {
  const app = await openApp(context, { demo: false, name: 'kpi-chart' });
  const { origin, browser } = app;
  const body = JSON.stringify(series(points, context.seed));

  return {
    async run() {
      const browserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      await browserContext.route(`${origin}${DATA_PATH}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
      const page = await browserContext.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${origin}/bench/kpi-chart?data=${DATA_PATH}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__done !== undefined, undefined, { timeout: 120_000, polling: 50 });
      if (errors.length > 0) throw new Error(`the chart page reported errors: ${errors.join('; ')}`);
      const figures = await page.evaluate(() => {
        const marks = window.__marks;
        return {
          render_ms: marks.done - marks.callStart,
          call_ms: marks.callEnd - marks.callStart,
          data_ms: marks.dataReady,
          navigation_to_done_ms: marks.done,
          elements: document.querySelectorAll('*').length,
        };
      });
      await browserContext.close();
      return figures;
    },
    elapsed: (figures) => figures.render_ms,
    info: (figures) => ({
      points,
      create_call_ms: Math.round(figures.call_ms * 10) / 10,
      data_ready_ms: Math.round(figures.data_ms),
      navigation_to_done_ms: Math.round(figures.navigation_to_done_ms),
      elements: figures.elements,
    }),
    close: app.close,
  };
}
