/*
 * CSV import of measurements on both databases: "CSV import of 1 000 000 rows on SQLite and
 * PostgreSQL (under 20 s, memory under 300 MB)".
 *
 * The file is a long CSV (kpi,date,value) with one row per KPI and day: the plan's KPIs ×
 * enough days for the rows (1 000 × 1 000 at full size, 100 × 1 000 with --quick), dates in
 * order as exports write them. Each run takes the path of `kurs measurements import <file>`
 * on a local database: the file read as a stream, the mapping guessed from its header, the
 * server's measurement import service (parse, check, write in one transaction). The
 * plan is replaced by a new one after each run, so every run imports all rows into an empty plan.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { addDays } from '@kurs/core';
import { count } from './lib/bench.table.mjs';
import { createRandom } from './lib/random.mjs';

const KINDS = ['sqlite', 'postgres'];
const WORKSPACE = 'bench-csv';
const PLAN = 'csv';
const FIRST_DAY = '2024-01-01';
// A small plan around the KPIs: the activities are not what is measured.
const PLAN_ACTIVITIES = 100;

export async function run(context) {
  const results = [];
  for (const kind of KINDS) {
    results.push(
      await context.bench(
        `csv.${kind}`,
        { title: `measurements import of a CSV of ${count(context.sizes.csvRows)} rows on ${kind}`, target: 20_000, memoryTarget: 300, runs: 3, needs: kind === 'postgres' ? ['postgres'] : [] },
        () => csvLeg(context, kind),
      ),
    );
  }
  return results;
}

/** Writes kpi,date,value rows, day by day, every KPI each day; returns the file's path. */
async function writeCsv(context, kpiIds, days) {
  const file = join(context.tempDir, `measurements-${kpiIds.length}x${days}.csv`);
  const random = createRandom(context.seed);
  const out = createWriteStream(file);
  out.write('kpi,date,value\n');
  for (let day = 0; day < days; day += 1) {
    const date = addDays(FIRST_DAY, day);
    const lines = kpiIds.map((kpi) => `${kpi},${date},${Math.round(random.next() * 1_000_000) / 100}\n`);
    if (!out.write(lines.join(''))) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  return file;
}

async function csvLeg(context, kind) {
  const plan = context.largePlan({ measurements: 0, activities: PLAN_ACTIVITIES });
  const kpiIds = plan.kpis.map((k) => k.id);
  const days = Math.ceil(context.sizes.csvRows / kpiIds.length);
  const rows = kpiIds.length * days;
  const file = await writeCsv(context, kpiIds, days);

  const container = await context.openContainer(kind);
  const { measurementImport, plans, workspaces } = container.services;
  await workspaces.ensure(WORKSPACE);
  let n = 1;
  const planId = () => `${PLAN}-${n}`;
  await plans.import(WORKSPACE, { value: plan }, { id: planId() });

  return {
    // As the CLI reads the file (measurements.commands.ts), with no mapping: guessed from the header.
    run: () => measurementImport.import(WORKSPACE, planId(), createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), { dryRun: false }),
    check: (report) => {
      if (report.mapping.format !== 'long') return `the mapping was guessed as ${report.mapping.format}, not long`;
      if (report.stored !== rows || report.summary.rows !== rows) return `stored ${report.stored} of ${rows} rows`;
      return undefined;
    },
    // A new plan for every run: deleted rows would otherwise stay in PostgreSQL's index (no vacuum
    // in between) under the very keys the next run writes, and slow it down.
    reset: async () => {
      await plans.delete(WORKSPACE, planId(), 'any');
      n += 1;
      await plans.import(WORKSPACE, { value: plan }, { id: planId() });
    },
    info: { rows, kpis: kpiIds.length, days, file_bytes: statSync(file).size },
    close: () => container.close(),
  };
}
