/*
 * The KPI page in Chromium (issues 5 and 14): the real page of one KPI
 * (/workspaces/…/plans/…/kpis/<kpi>) whose history holds 100 000 values, served by the real
 * server on SQLite with the real API behind it, at 1500 × 800.
 *
 * The plan is the benchmark plan with 2 000 activities (the roadmap's) and one KPI more, a
 * daily cumulative "units sold" (lib/kpi.values.mjs, the shape of shared/bench-peers'
 * kpi.json), with one value a day, so the page charts all of them.
 *
 * render: a first visit (a fresh browser context per run, signed in, nothing cached), timed
 * inside the page as the peers' harness times its pages: from navigation start until two
 * animation frames after the chart has `data-chart-drawn`. The HTML, the scripts, the session,
 * the KPI's series and the page's other requests and the drawing are in it. CPU: the
 * renderer main thread's CPU time (CDP ThreadTime) from before the navigation until drawn.
 *
 * Needs the built web app (npm run build, or KURS_WEB_DIR) and Chromium (/usr/bin/chromium,
 * or CHROMIUM).
 */
import { firstAccount } from './lib/app.account.mjs';
import { firstVisit, openApp, VIEWPORT } from './lib/browser.mjs';
import { count } from './lib/bench.table.mjs';
import { dailyMeasurements, unitsSoldKpi, unitsSoldValues } from './lib/kpi.values.mjs';

const VALUES = 100_000;
const KPI = 'units-sold';
const DRAWN = '[data-chart-drawn]';

export async function run(context) {
  const values = context.quick ? VALUES / 10 : VALUES;
  return [
    await context.bench('render', { title: `KPI page of a KPI with ${count(values)} values, first visit: navigation start to chart drawn, ${VIEWPORT.width} × ${VIEWPORT.height}`, target: 800, runs: 5 }, () =>
      renderLeg(context, values),
    ),
  ];
}

async function renderLeg(context, values) {
  const app = await openApp(context, { demo: false, name: 'kpi-chart' });
  try {
    const session = await firstAccount(app.origin);
    await session.call('POST', '/api/v1/workspaces', { id: 'bench', name: 'Bench' });
    const plan = context.largePlan({ activities: context.sizes.roadmapActivities, measurements: 0 });
    await session.call('POST', '/api/v1/workspaces/bench/plans?id=kpi', {
      ...plan,
      kpis: [...plan.kpis, unitsSoldKpi(KPI)],
      measurements: dailyMeasurements(KPI, unitsSoldValues(values, context.seed)),
    });
    const url = `${app.origin}/workspaces/bench/plans/kpi/kpis/${KPI}`;
    return {
      async run() {
        const { page, cpu, close } = await firstVisit(app.browser, { url, cookie: session.cookie, watch: /** @type {const} */ ([DRAWN, 'data-chart-drawn', '__chartDrawn', 2]) });
        try {
          const figures = await page.evaluate(() => {
            const series = performance
              .getEntriesByType('resource')
              .filter((r) => r instanceof PerformanceResourceTiming)
              .find((r) => /\/kpis\/[^/]+\/series/.test(new URL(r.name).pathname));
            return {
              drawn_ms: window.__chartDrawn,
              series_end_ms: series?.responseEnd,
              series_bytes: series?.decodedBodySize,
              elements: document.querySelectorAll('*').length,
            };
          });
          return { ...figures, cpu: await cpu() };
        } finally {
          await close();
        }
      },
      elapsed: (figures) => figures.drawn_ms,
      cpu: (figures) => figures.cpu.thread_ms,
      info: (figures) => ({
        values,
        series_answered_ms: Math.round(figures.series_end_ms ?? Number.NaN),
        series_kB: Math.round((figures.series_bytes ?? Number.NaN) / 100) / 10,
        elements: figures.elements,
        main_thread_tasks_ms: figures.cpu.task_ms,
        script_ms: figures.cpu.script_ms,
      }),
      close: app.close,
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
