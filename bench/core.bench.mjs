/*
 * The pure core on the large plan: reading a plan file (issue 3) and the strategy engine
 * (issue 4). Nothing here touches a database.
 */
import { Document, isMap, isSeq } from 'yaml';
import { checkPlan, fromDayNumber, kpiSeries, planQuarter, readPlan, roadmapModel, toDayNumber, UNASSIGNED_TEAM } from '@kurs/core';
import { count } from './lib/bench.table.mjs';
import { createRandom } from './lib/random.mjs';

const TODAY = '2027-06-30';
const QUARTER = { from: '2027-04-01', today: '2027-04-01' };
/** Share of each team's open estimated hours that its quarter capacity covers: the knapsack must choose. */
const CAPACITY_SHARE = 0.4;

export async function run(context) {
  const { sizes } = context;
  return [
    await context.bench('parse.yaml', { title: 'readPlan: parse + validate the exported YAML', target: 1000 }, () => parseLeg(context.planText('yaml'), 'yaml')),
    await context.bench('parse.json', { title: 'readPlan: parse + validate the exported JSON', target: 1000 }, () => parseLeg(context.planText('json'), 'json')),
    await context.bench(
      'parse.yaml-flow',
      { title: 'readPlan: the same plan written by hand (flow-style items: the full YAML reader)', runs: 3 },
      () => parseLeg(flowStyleYaml(context.largePlan()), 'yaml'),
    ),
    await context.bench('health', { title: 'checkPlan on the large plan', target: 100, runs: 15 }, () => {
      const plan = context.largePlan();
      return {
        run: () => checkPlan(plan, { today: TODAY }),
        info: (report) => ({ findings: report.findings.length, score: report.scores.overall }),
      };
    }),
    await context.bench('series', { title: `kpiSeries of ${count(sizes.seriesMeasurements)} measurements, by week, sum`, target: 1000, runs: 10 }, () => {
      const measurements = seriesMeasurements(sizes.seriesMeasurements, context.seed);
      return {
        run: () => kpiSeries(measurements, { grain: 'week', aggregation: 'sum' }),
        info: (points) => ({ measurements: measurements.length, weeks: points.length }),
      };
    }),
    await context.bench('quarter', { title: `planQuarter of ${count(sizes.quarterActivities)} activities, capacity per team`, target: 200, runs: 15 }, () => {
      const plan = context.largePlan({ activities: sizes.quarterActivities, measurements: 0 });
      const options = { ...QUARTER, capacityHours: teamCapacity(plan.activities) };
      return {
        run: () => planQuarter(plan, options),
        info: (result) => ({ activities: plan.activities.length, chosen: result.chosen.length, left_out: result.leftOut.length, exact: String(result.exact) }),
      };
    }),
    await context.bench('roadmap', { title: `roadmapModel of ${count(sizes.roadmapActivities)} activities in ${sizes.plan.themes} themes`, runs: 15 }, () => {
      const plan = context.largePlan({ activities: sizes.roadmapActivities, measurements: 0 });
      return {
        run: () => roadmapModel(plan, { today: QUARTER.today }),
        info: (model) => ({
          activities: plan.activities.length,
          lanes: model.lanes.length,
          rows: model.lanes.reduce((n, lane) => n + lane.rows.length, 0),
          quarters: model.quarters.length,
        }),
      };
    }),
  ];
}

function parseLeg(text, format) {
  return {
    run: () => readPlan(text, { format }),
    check: (result) => {
      if (!result.plan) throw new Error(`readPlan refused the benchmark plan: ${result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    },
    info: { document_bytes: Buffer.byteLength(text) },
  };
}

/**
 * The plan as a person would write it: measurements and other small items as one-line
 * `{ key: value }` maps, as in plan-document.md. The exported text has none, so it takes the
 * fast reader; this one takes the yaml library.
 */
function flowStyleYaml(plan) {
  const doc = new Document(plan, { version: '1.2', schema: 'core' });
  for (const key of ['measurements', 'kpis']) {
    const list = doc.get(key);
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/** One KPI measured many times a day over ten years, in no order, as a live source sends it. */
function seriesMeasurements(count, seed) {
  const random = createRandom(seed);
  const first = toDayNumber('2017-01-01');
  return Array.from({ length: count }, () => ({ kpi: 'live', date: fromDayNumber(first + random.int(0, 3652)), value: random.int(0, 1000) }));
}

/** Capacity per team: a share of the hours its open, estimated activities ask for. */
function teamCapacity(activities) {
  const hours = {};
  for (const a of activities) {
    if (a.status === 'done' || a.status === 'dropped' || a.estimate_hours === undefined) continue;
    const team = a.team ?? UNASSIGNED_TEAM;
    hours[team] = (hours[team] ?? 0) + a.estimate_hours;
  }
  return Object.fromEntries(Object.entries(hours).map(([team, h]) => [team, Math.round(h * CAPACITY_SHARE)]));
}
