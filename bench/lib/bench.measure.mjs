/*
 * Times one leg in the current process: a setup (not timed), warm-up runs, then measured runs,
 * each after a full garbage collection when the process allows it (--expose-gc), so that one
 * run does not pay for the garbage of the one before. Besides the wall-clock time it takes the
 * CPU time of this process: on a busy machine the wall time grows, the CPU time much less
 * (work done by a database server is in neither's CPU time, only in the wall time). A leg whose
 * work is done elsewhere (in a browser) gives its own CPU time, or none.
 */

/** Thrown by a leg's setup when what it needs is missing: the leg is reported as skipped, with this notice. */
export class LegSkipped extends Error {}

/**
 * @typedef {object} Leg what a leg's setup returns
 * @property {() => unknown} run the timed work (may return a promise)
 * @property {(result: unknown) => string | undefined | Promise<string | undefined>} [check]
 *   called once on the first result, not timed; a returned text is reported as a notice
 * @property {(result: unknown) => unknown} [reset] undoes a run before the next one, not timed
 * @property {object | ((result: unknown) => object)} [info] figures to report beside the time
 * @property {(result: unknown) => number} [elapsed] the run's time in ms when it is taken somewhere
 *   other than this process's clock, such as inside a browser page; by default the wall time of run()
 * @property {(result: unknown) => number | undefined} [cpu] the run's CPU time in ms when the work is
 *   done outside this process (a browser's renderer), or undefined for none; by default this
 *   process's CPU time during run()
 * @property {() => unknown} [close] releases what setup opened
 */

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `setup` and times the leg it returns; the times are in milliseconds. */
export async function measure(setup, { warmup, runs, unit }) {
  // A ratio needs two decimals; times and sizes one.
  const figure = (value) => (unit === '×' ? Math.round(value * 100) / 100 : round(value));
  const leg = await setup();
  const setupPeak = peakRssMb();
  const times = [];
  const cpuTimes = [];
  let notice;
  let last;
  try {
    for (let i = 0; i < warmup + runs; i += 1) {
      globalThis.gc?.();
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      last = await leg.run();
      const elapsed = leg.elapsed ? leg.elapsed(last) : performance.now() - started;
      const cpu = process.cpuUsage(cpuStarted);
      if (i === 0) notice = await leg.check?.(last);
      if (i >= warmup) {
        times.push(elapsed);
        cpuTimes.push(leg.cpu ? leg.cpu(last) : (cpu.user + cpu.system) / 1000);
      }
      await leg.reset?.(last);
    }
    const info = typeof leg.info === 'function' ? await leg.info(last) : (leg.info ?? {});
    const sorted = [...times].sort((a, b) => a - b);
    const cpuSorted = cpuTimes.filter((ms) => ms !== undefined && Number.isFinite(ms)).sort((a, b) => a - b);
    return {
      median_ms: figure(median(sorted)),
      min_ms: figure(sorted[0]),
      max_ms: figure(sorted[sorted.length - 1]),
      times_ms: times.map(figure),
      cpu_median_ms: cpuSorted.length > 0 ? round(median(cpuSorted)) : null,
      cpu_of: cpuSorted.length === 0 ? null : leg.cpu ? 'browser main thread' : 'bench process',
      runs,
      warmup,
      setup_peak_rss_mb: Math.round(setupPeak),
      peak_rss_mb: Math.round(peakRssMb()),
      info,
      ...(notice && { notice }),
    };
  } finally {
    await leg.close?.();
  }
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}
