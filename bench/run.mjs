#!/usr/bin/env node
/*
 * `npm run bench`: the speed figures of Kurs on a large plan. Benchmarks print figures; they
 * never fail for a slow figure (the exit code is 1 only when a leg breaks).
 *
 * Every `bench/<group>.bench.mjs` is a group: it exports `async function run(context)` that
 * declares its legs with `context.bench(name, options, setup)` (see lib/bench.context.mjs).
 * Each leg runs in its own child process (leg.mjs), so its peak memory is its own and no leg
 * pays for another's garbage.
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chosen, parseArgs, UsageError, USAGE } from './lib/bench.args.mjs';
import { createContext, SIZES } from './lib/bench.context.mjs';
import { count, formatTable, resultLabel } from './lib/bench.table.mjs';
import { createDatabase, dropDatabase, postgresReachable, ADMIN_URL } from './lib/postgres.admin.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const GROUP_ORDER = ['core', 'storage', 'import', 'web'];
const SEED = 2027;
const LEG_TIMEOUT_MS = 20 * 60_000;

function groupFiles() {
  const rank = (group) => (GROUP_ORDER.includes(group) ? GROUP_ORDER.indexOf(group) : GROUP_ORDER.length);
  return readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith('.bench.mjs'))
    .map((file) => ({ group: file.slice(0, -'.bench.mjs'.length), file: join(BENCH_DIR, file) }))
    .sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group));
}

async function listLegs(runInfo) {
  const legs = [];
  for (const { group, file } of groupFiles()) {
    const module = await import(pathToFileURL(file).href);
    if (typeof module.run !== 'function') throw new Error(`${file} does not export async function run(context)`);
    const { context, declared } = createContext({ ...runInfo, group }, { list: true });
    await module.run(context);
    legs.push(...declared().map((leg) => ({ ...leg, file })));
  }
  return legs;
}

let child;

function runLeg(leg, runInfo, options) {
  const execArgv = ['--expose-gc'];
  if (options.profile) {
    const dir = join(BENCH_DIR, 'out', 'profiles');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${leg.name}.cpuprofile`);
  }
  return new Promise((done) => {
    let result;
    child = fork(join(BENCH_DIR, 'leg.mjs'), [JSON.stringify({ ...runInfo, group: leg.group, file: leg.file, leg: leg.name })], {
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), LEG_TIMEOUT_MS);
    child.on('message', (message) => (result = message));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      child = undefined;
      if (result?.result) done(result.result);
      else if (result?.skipped) done({ ...leg, status: 'skipped', notice: result.skipped });
      else {
        const error = result?.error ?? `the leg's process ended (${signal ?? `exit code ${code}`})`;
        done({ ...leg, status: 'error', notice: error.split('\n')[0], error });
      }
    });
  });
}

/** Pass when the median time and the peak memory are within their targets; a leg with neither only reports. */
function judged(result) {
  if (result.status) return result;
  if (result.target_ms === null && result.memory_target_mb === null) return { ...result, status: 'report' };
  const fast = result.target_ms === null || result.median_ms <= result.target_ms;
  const small = result.memory_target_mb === null || result.peak_rss_mb <= result.memory_target_mb;
  return { ...result, status: fast && small ? 'pass' : 'fail' };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const tempDir = mkdtempSync(join(os.tmpdir(), 'kurs-bench-'));
  const runInfo = { quick: options.quick, seed: SEED, tempDir, sqliteFile: join(tempDir, 'kurs.db'), postgresUrl: /** @type {string | null} */ (null) };
  /** @type {string | undefined} */
  let database;
  const cleanUp = async () => {
    if (database) await dropDatabase(database).catch((error) => console.error(`Could not drop the database ${database}: ${error.message}`));
    database = undefined;
    rmSync(tempDir, { recursive: true, force: true });
  };
  // Ctrl-C stops the leg that runs; the database and the folder are still cleaned up below.
  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
    child?.kill('SIGKILL');
  });

  try {
    const all = await listLegs(runInfo);
    const legs = all.filter((leg) => chosen(leg, options.only));
    for (const name of options.only) if (!all.some((leg) => chosen(leg, [name]))) console.error(`Notice: no leg matches "${name}".`);
    if (options.list || legs.length === 0) {
      console.log(all.map((leg) => `${leg.name.padEnd(28)} ${leg.title}`).join('\n'));
      return legs.length === 0 ? 1 : 0;
    }

    if (legs.some((leg) => leg.needs.includes('postgres'))) {
      if (await postgresReachable()) {
        database = `kurs_bench_${Date.now()}`;
        runInfo.postgresUrl = await createDatabase(database);
      } else {
        console.error(`Notice: PostgreSQL is not reachable at ${ADMIN_URL}; the PostgreSQL legs are skipped.`);
      }
    }

    const sizes = options.quick ? SIZES.quick : SIZES.full;
    const load = os.loadavg()[0];
    const started = new Date();
    console.log(
      `Kurs bench${options.quick ? ' (--quick: smaller sizes; the targets are for the full sizes)' : ''}: ` +
        `plan of ${count(sizes.plan.goals)} goals, ${count(sizes.plan.kpis)} KPIs, ${count(sizes.plan.measurements)} measurements, ` +
        `${count(sizes.plan.activities)} activities in ${sizes.plan.themes} themes.`,
    );
    console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${load.toFixed(1)} at start${load > os.cpus().length ? ' (a busy machine: figures are slower than on an idle one)' : ''}.\n`);

    const results = [];
    for (const leg of legs) {
      process.stdout.write(`  ${leg.name} … `);
      const result =
        leg.needs.includes('postgres') && !runInfo.postgresUrl
          ? { ...leg, status: 'skipped', notice: 'PostgreSQL not reachable' }
          : judged(await runLeg(leg, runInfo, options));
      if (interrupted) {
        console.error('interrupted');
        return 130;
      }
      process.stdout.write(`${result.median_ms === undefined ? '' : `${result.median_ms} ${result.unit} `}${resultLabel(result)}${result.status === 'error' ? `\n${result.error}` : ''}\n`);
      results.push(result);
    }

    console.log(`\n${formatTable(results)}\n`);
    const file = resolve(options.json ?? join(BENCH_DIR, 'out', 'results.json'));
    mkdirSync(dirname(file), { recursive: true });
    const report = {
      started_at: started.toISOString(),
      finished_at: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model,
      load_average_at_start: Number(load.toFixed(2)),
      quick: options.quick,
      seed: SEED,
      sizes,
      results: results.map(({ file: _file, needs: _needs, ...result }) => result),
    };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Results written to ${file}`);
    return results.some((r) => r.status === 'error') ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
