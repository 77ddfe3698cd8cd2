import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPlan, validatePlan } from '@kurs/core';
import { LegSkipped, measure } from './bench.measure.mjs';
import { FULL_SIZES, generatePlan } from './plan.generator.mjs';

/*
 * The context every group's `run(context)` receives. The runner calls each group twice over:
 * once in "list" mode, where `bench()` only records the legs, and then once per chosen leg in a
 * child process, where `bench()` sets up and times that one leg and skips the others. Setup
 * work therefore belongs inside the setup function given to `bench()`, never beside it.
 */

export const SIZES = {
  full: { plan: FULL_SIZES, seriesMeasurements: 1_000_000, quarterActivities: 500, roadmapActivities: 2000, csvRows: 1_000_000 },
  quick: {
    plan: { goals: 40, kpis: 100, measurements: 10_000, activities: 500, themes: 20 },
    seriesMeasurements: 100_000,
    quarterActivities: 100,
    roadmapActivities: 200,
    csvRows: 100_000,
  },
};

export const DEFAULT_RUNS = 5;
export const DEFAULT_WARMUP = 1;

/**
 * @typedef {object} LegOptions
 * @property {string} [title] what is measured, in words (the table shows the name)
 * @property {number} [target] the target in milliseconds for the median; none: the figure is only reported
 * @property {'ms' | 'kB' | '×'} [unit] what the leg's figure is: a time in ms (default), or a size in kB
 *   or a ratio that its elapsed() gives; target, median and min are then in that unit (results.json
 *   keeps the _ms names)
 * @property {number} [memoryTarget] the target in MB for the leg process's peak resident memory (setup included)
 * @property {number} [runs] measured runs, default 5
 * @property {number} [warmup] warm-up runs, default 1
 * @property {Array<'postgres'>} [needs] services without which the leg is skipped with a notice
 */

/**
 * @param {object} run what the runner passes on: { group, quick, seed, tempDir, sqliteFile, postgresUrl }
 * @param {{ list: true } | { leg: string }} mode
 */
export function createContext(run, mode) {
  const sizes = run.quick ? SIZES.quick : SIZES.full;
  const plans = new Map();
  const declared = [];
  let result;

  const context = {
    quick: run.quick,
    sizes,
    seed: run.seed,
    tempDir: run.tempDir,

    /**
     * Declares a leg; in its child process, times it. `name` is short ("parse.yaml"); the
     * table names it after the group ("core.parse.yaml").
     * @param {string} name
     * @param {LegOptions} options
     * @param {() => import('./bench.measure.mjs').Leg | Promise<import('./bench.measure.mjs').Leg>} setup
     */
    async bench(name, options, setup) {
      const leg = {
        group: run.group,
        name: `${run.group}.${name}`,
        title: options.title ?? name,
        target_ms: options.target ?? null,
        unit: options.unit ?? 'ms',
        memory_target_mb: options.memoryTarget ?? null,
        runs: options.runs ?? DEFAULT_RUNS,
        warmup: options.warmup ?? DEFAULT_WARMUP,
        needs: options.needs ?? [],
      };
      if ('list' in mode) {
        declared.push(leg);
        return leg;
      }
      if (leg.name !== mode.leg) return leg;
      result = { ...leg, ...(await measure(setup, leg)) };
      return result;
    },

    /** Called in a leg's setup when what the leg needs is missing: the leg is skipped with this notice. */
    skip(notice) {
      throw new LegSkipped(notice);
    },

    /** The benchmark plan (FULL_SIZES, or smaller with --quick), validated; `overrides` change some sizes. */
    largePlan(overrides = {}) {
      const planSizes = { ...sizes.plan, ...overrides };
      const key = JSON.stringify(planSizes);
      if (!plans.has(key)) plans.set(key, validated(generatePlan(planSizes, run.seed)));
      return plans.get(key);
    },

    /** The canonical text (exportPlan) of largePlan(), written once per run and shared by the legs. */
    planText(format) {
      const file = join(run.tempDir, `plan-${run.seed}-${run.quick ? 'quick' : 'full'}.${format}`);
      if (existsSync(file)) return readFileSync(file, 'utf8');
      const text = exportPlan(context.largePlan(), format);
      writeFileSync(file, text);
      return text;
    },

    /**
     * The database of this run: one SQLite file, or one PostgreSQL database, shared by the legs.
     * @returns {import('../../packages/server/dist/config/config.js').Config['database']}
     */
    database(kind) {
      if (kind === 'sqlite') return { kind: 'sqlite', file: run.sqliteFile };
      if (!run.postgresUrl) throw new Error('PostgreSQL is not available in this run; declare the leg with needs: ["postgres"]');
      return { kind: 'postgres', url: run.postgresUrl };
    },

    /** A server configuration on that database: silent, no demo, data in the run's folder. */
    async serverConfig(kind) {
      const { loadConfig } = await import('../../packages/server/dist/config/config.js');
      return { ...loadConfig({ LOG_LEVEL: 'silent', KURS_DEMO: 'false', DATA_DIR: run.tempDir }), database: context.database(kind) };
    },

    /** The server's container (services, store) on that database, migrated; close it in the leg's close(). */
    async openContainer(kind) {
      const { createContainer } = await import('../../packages/server/dist/container.js');
      return createContainer(await context.serverConfig(kind));
    },
  };

  return { context, declared: () => declared, result: () => result };
}

function validated(plan) {
  const { plan: valid, errors } = validatePlan(plan);
  if (!valid) {
    const first = errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
    throw new Error(`The generated benchmark plan is not valid (${errors.length} errors):\n  ${first.join('\n  ')}`);
  }
  return valid;
}
