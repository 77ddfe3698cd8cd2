/*
 * Timing marks for the benchmarks (bench/roadmap.bench.mjs and the peers' harness in
 * shared/bench-peers read `window.__marks`): when the model was there and drawing began, and
 * when the first drawing with bars was committed to the DOM.
 */

export type BenchMark = 'dataReady' | 'callStart' | 'callEnd';

export function benchMark(name: BenchMark): void {
  const target = window as { __marks?: Partial<Record<BenchMark, number>> };
  (target.__marks ??= {})[name] = performance.now();
}
