/*
 * The two trend models the forecast chooses between. Both extrapolate a straight line; they
 * differ in how they weigh the past: the regression weighs every point alike, Holt's method
 * follows the recent level and trend. Each model answers "value and variance h ahead".
 */

export interface TrendModel {
  /** Forecast `ahead` time units after the last point, and the variance of that forecast. */
  at(ahead: number): { value: number; variance: number };
  /** Degrees of freedom left for the error estimate. */
  df: number;
}

/** Ordinary least squares of y on x, with the textbook prediction variance. Needs two distinct x. */
export function fitLine(x: readonly number[], y: readonly number[]): TrendModel {
  const n = x.length;
  const meanX = mean(x);
  const meanY = mean(y);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - meanX) ** 2;
    sxy += (x[i] - meanX) * (y[i] - meanY);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - intercept - slope * x[i]) ** 2;
  const df = n - 2;
  const s2 = df > 0 ? sse / df : 0;
  const lastX = x[n - 1];
  return {
    df,
    at(ahead) {
      const x0 = lastX + ahead;
      const leverage = sxx > 0 ? 1 / n + (x0 - meanX) ** 2 / sxx : 1;
      return { value: intercept + slope * x0, variance: s2 * (1 + leverage) };
    },
  };
}

/** Holt's linear trend with smoothing constants alpha (level) and beta (trend); time is in steps of one point. */
export function fitHolt(y: readonly number[], alpha: number, beta: number): TrendModel & { sse: number } {
  let level = y[0];
  let trend = y[1] - y[0];
  let sse = 0;
  for (let i = 1; i < y.length; i++) {
    const error = y[i] - (level + trend);
    sse += error * error;
    const next = level + trend + alpha * error;
    trend += alpha * beta * error;
    level = next;
  }
  // The first step is fitted exactly by the initial trend, so it tells nothing about the error.
  const df = y.length - 2;
  const s2 = df > 0 ? sse / df : 0;
  // Error-correction form: the trend's gain is alpha*beta (Hyndman et al., ETS(A,A,N)).
  const b = alpha * beta;
  return {
    sse,
    df,
    at(ahead) {
      const h = Math.max(1, ahead);
      const variance = s2 * (1 + (h - 1) * (alpha * alpha + alpha * b * h + (b * b * h * (2 * h - 1)) / 6));
      return { value: level + trend * ahead, variance };
    },
  };
}

// alpha up to 1 lets the level jump to a new value at once; the small betas keep a trend
// that one jump should not bend.
const ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const BETAS = [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Holt's method with the smoothing constants that minimise the one-step-ahead squared error. Needs three points. */
export function fitHoltByGrid(y: readonly number[]): TrendModel {
  let best = fitHolt(y, ALPHAS[0], BETAS[0]);
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      const model = fitHolt(y, alpha, beta);
      if (model.sse < best.sse) best = model;
    }
  }
  return best;
}

/** The 90th percentile of Student's t with `df` degrees of freedom (Cornish–Fisher expansion; within 4 % at df = 1, 0.3 % from df = 2). */
export function t90(df: number): number {
  const z = 1.2815515655446004;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
