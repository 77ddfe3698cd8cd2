/*
 * Kurs beside its peers (issue 14): the peers' harness (shared/bench-peers, its run.mjs) times
 * plain d3 SVG, frappe-gantt and uPlot and the real Kurs roadmap and KPI pages in one run, in
 * its own Chromium, round-robin, 1 warm-up and 5 measured runs each, every run a fresh context;
 * each figure is the median time from navigation start until drawn (two frames after). The legs
 * are the ratios of those medians against the issue's goals:
 *
 * - roadmap-vs-d3: the roadmap page ≤ 1.2 × plain d3 SVG,
 * - roadmap-vs-frappe: the roadmap page ≤ 0.4 × frappe-gantt,
 * - kpi-vs-uplot: the KPI page ≤ 1.5 × uPlot alone.
 *
 * The Kurs pages are the real ones, served by a real server from the built packages (the web
 * app from KURS_WEB_DIR or packages/web/dist) on a fresh SQLite database: the peers' plan.yaml (2 000
 * activities in 20 themes, 40 milestones) imported as a plan, with the values of their kpi.json
 * (100 000) as the daily measurements of one KPI (lib/kpi.values.mjs), signed in by the first
 * account's session cookie (--cookie). The roadmap is drawn when its svg has
 * `data-roadmap-ready` and a bar (`[data-bar]`; it draws only the lanes in view), the KPI page
 * when its chart has `data-chart-drawn`.
 *
 * The harness runs once per bench run, for the first of these legs; the others read its
 * results. Its table is written to bench/out/peers.txt, its results (every run) to
 * bench/out/peers.json. CPU: none (the harness's browser is another process; its table has
 * the pages' own figures).
 *
 * The harness is found at KURS_PEERS_DIR, else ../shared/bench-peers, relative to the
 * repository; without it, or without its node_modules, the legs are skipped with the command
 * that sets it up.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { firstAccount } from './lib/app.account.mjs';
import { startApp } from './lib/browser.mjs';
import { dailyMeasurements, unitsSoldKpi } from './lib/kpi.values.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const PEERS_DIR = resolve(BENCH_DIR, '..', process.env.KURS_PEERS_DIR ?? '../shared/bench-peers');
const RUNS = 5;
const KPI = 'units-sold';
const ROADMAP = { label: 'kurs-roadmap', kind: 'roadmap', wait: 'svg[data-roadmap-ready] [data-bar]' };
const KPI_PAGE = { label: 'kurs-kpi', kind: 'chart', wait: '[data-chart-drawn]' };

const RATIOS = [
  { name: 'roadmap-vs-d3', app: ROADMAP, peer: 'd3-svg', target: 1.2, title: 'roadmap page, 2 000 activities ÷ plain d3 SVG, navigation start to drawn, medians of 5' },
  { name: 'roadmap-vs-frappe', app: ROADMAP, peer: 'frappe-gantt', target: 0.4, title: 'roadmap page, 2 000 activities ÷ frappe-gantt, navigation start to drawn, medians of 5' },
  { name: 'kpi-vs-uplot', app: KPI_PAGE, peer: 'uplot', target: 1.5, title: 'KPI page, 100 000 values ÷ uPlot alone, navigation start to drawn, medians of 5' },
];

export async function run(context) {
  const legs = [];
  for (const ratio of RATIOS) {
    legs.push(await context.bench(ratio.name, { title: ratio.title, target: ratio.target, unit: '×', runs: 1, warmup: 0 }, () => ratioLeg(context, ratio)));
  }
  return legs;
}

async function ratioLeg(context, ratio) {
  const setup = `cd ${PEERS_DIR} && npm ci`;
  if (!existsSync(join(PEERS_DIR, 'run.mjs'))) context.skip(`no peers' harness in ${PEERS_DIR}: set KURS_PEERS_DIR to its folder, then cd <folder> && npm ci`);
  if (!existsSync(join(PEERS_DIR, 'node_modules', 'playwright-core'))) context.skip(`the peers' harness is not set up: ${setup}`);
  const results = await harnessResults(context);
  const summary = (name) => {
    const target = results.targets.find((t) => t.name === name);
    if (!target?.summary.done.median) throw new Error(`the peers' harness has no time for ${name}: ${target?.runs.find((r) => r.failed)?.error ?? 'not run'}`);
    return target.summary;
  };
  return {
    run: () => ({ app: summary(ratio.app.label), peer: summary(ratio.peer) }),
    elapsed: ({ app, peer }) => app.done.median / peer.done.median,
    cpu: () => undefined,
    info: ({ app, peer }) => ({
      [`${ratio.app.label}_ms`]: app.done.median,
      [`${ratio.peer}_ms`]: peer.done.median,
      [`${ratio.app.label}_data_ms`]: app.dataReady ?? Number.NaN,
      [`${ratio.app.label}_elements`]: app.dom,
      runs: `${app.ok}+${peer.ok} ok`,
      table: 'bench/out/peers.txt (per run: peers.json)',
    }),
  };
}

/** The harness's results of this bench run: run once (for the first ratio leg), then read. */
async function harnessResults(context) {
  const file = join(context.tempDir, 'peers.json');
  if (!existsSync(file)) await runHarness(context, file);
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function runHarness(context, file) {
  const { planYaml, kpi } = await peersData();
  const app = await startApp(context, { demo: false, name: 'peers' });
  try {
    const session = await firstAccount(app.origin);
    await session.call('POST', '/api/v1/workspaces', { id: 'peers', name: 'Peers' });
    const plan = parse(planYaml);
    await session.call('POST', '/api/v1/workspaces/peers/plans?id=peers', { ...plan, kpis: [...(plan.kpis ?? []), unitsSoldKpi(KPI)], measurements: dailyMeasurements(KPI, kpi.v) });
    const page = (target, path) => ['--url', `${app.origin}/workspaces/peers/plans/peers/${path}`, '--wait', target.wait, '--kind', target.kind, '--label', target.label];
    const args = [
      ...['--only', RATIOS.map((r) => r.peer).join(','), '--runs', String(RUNS), '--warmup', '1', '--timeout', '90000', '--no-shots', '--json', file],
      ...['--cookie', `${session.cookie.name}=${session.cookie.value}`],
      ...page(ROADMAP, 'roadmap'),
      ...page(KPI_PAGE, `kpis/${KPI}`),
    ];
    const output = await node(join(PEERS_DIR, 'run.mjs'), args);
    const out = join(BENCH_DIR, 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'peers.txt'), output);
    if (!existsSync(file)) throw new Error(`the peers' harness wrote no results:\n${output.slice(-2000)}`);
    copyFileSync(file, join(out, 'peers.json'));
  } finally {
    await app.close();
  }
}

/** The data set the peers draw: theirs in out/data, or, before its first run, what run.mjs will generate there. */
async function peersData() {
  const data = join(PEERS_DIR, 'out', 'data');
  if (existsSync(join(data, 'plan.yaml')) && existsSync(join(data, 'kpi.json'))) {
    return { planYaml: readFileSync(join(data, 'plan.yaml'), 'utf8'), kpi: JSON.parse(readFileSync(join(data, 'kpi.json'), 'utf8')) };
  }
  const { generate, toPlanYaml } = await import(pathToFileURL(join(PEERS_DIR, 'gen.mjs')).href);
  const { roadmap, kpi } = generate({});
  return { planYaml: toPlanYaml(roadmap), kpi };
}

/** Runs a Node script in the harness's folder; resolves with its output (stdout and stderr) whatever its exit code. */
function node(script, args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: PEERS_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', () => done(output));
  });
}
