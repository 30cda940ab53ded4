import { WEEK } from './accuracy.js';

// Holt-Winters with an additive season (Winters 1960, "Forecasting sales by exponentially weighted
// moving averages", Management Science 6(3)), in the form and with the start values of R's
// stats::HoltWinters, so the published output of `HoltWinters(co2)` checks it figure by figure:
//   level  a[t] = α (y[t] − s[t−m]) + (1 − α)(a[t−1] + b[t−1])
//   trend  b[t] = β (a[t] − a[t−1]) + (1 − β) b[t−1]
//   season s[t] = γ (y[t] − a[t]) + (1 − γ) s[t−m]
//   ŷ[t+h] = a[t] + h b[t] + s[t − m + 1 + (h − 1) mod m]
// Without trend (R's beta = FALSE) b stays 0: daily occupancy rarely grows in a straight line for
// two weeks, and the backtest decides which of the two forecasts better.

export interface HoltWintersParameters {
  alpha: number;
  beta: number;
  gamma: number;
  trend: boolean;
}

export interface HoltWintersStart {
  level: number;
  trend: number;
  /** Seasonal components for the positions of the first period (day 0 … m−1). */
  season: number[];
}

export interface HoltWintersState {
  level: number;
  trend: number;
  /** Seasonal components by position in the period (index t mod m). */
  season: Float64Array;
}

/**
 * R's start values: a classical decomposition of the first two periods (centred moving average,
 * seasonal figure centred on 0), and a straight line through the moving average for level and
 * trend (its value at time 0 and its slope). Without trend the level starts at the average.
 */
export function holtWintersStart(history: readonly number[], season: number = WEEK, trend = true): HoltWintersStart {
  const length = 2 * season;
  if (history.length < length) throw new RangeError(`Holt-Winters needs ${length} days, has ${history.length}`);
  const half = Math.floor(season / 2);
  // Centred moving average over one period; an even period takes half weights at both ends.
  const weights =
    season % 2 === 0
      ? Array.from({ length: season + 1 }, (_, j) => (j === 0 || j === season ? 0.5 : 1) / season)
      : Array.from({ length: season }, () => 1 / season);
  const movingAverage: (number | null)[] = [];
  for (let t = 0; t < length; t += 1) {
    if (t - half < 0 || t - half + weights.length > length) {
      movingAverage.push(null);
      continue;
    }
    let sum = 0;
    weights.forEach((weight, j) => (sum += weight * history[t - half + j]!));
    movingAverage.push(sum);
  }
  const figure = Array.from({ length: season }, (_, position) => {
    const deviations = [position, position + season]
      .filter((t) => movingAverage[t] != null)
      .map((t) => history[t]! - movingAverage[t]!);
    return deviations.reduce((a, b) => a + b, 0) / deviations.length;
  });
  const figureMean = figure.reduce((a, b) => a + b, 0) / season;
  const averages = movingAverage.filter((value): value is number => value != null);
  const line = leastSquaresLine(averages);
  return {
    level: trend ? line.intercept : averages.reduce((a, b) => a + b, 0) / averages.length,
    trend: trend ? line.slope : 0,
    season: figure.map((value) => value - figureMean),
  };
}

// y = intercept + slope·x for x = 1 … n (R's seq_along), so the intercept is the value at time 0.
function leastSquaresLine(values: readonly number[]): { intercept: number; slope: number } {
  const n = values.length;
  const meanX = (n + 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((y, index) => {
    sxy += (index + 1 - meanX) * (y - meanY);
    sxx += (index + 1 - meanX) ** 2;
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { intercept: meanY - slope * meanX, slope };
}

/**
 * Runs the filter from day m (the first period only starts it) to `end` (inclusive), returning the
 * sum of squared one-step errors. `onDay(t, state)` sees the state after day t, for forecasts
 * made at every origin in one pass.
 */
export function runHoltWinters(
  history: readonly number[],
  parameters: HoltWintersParameters,
  start: HoltWintersStart,
  options: { season?: number; end?: number; onDay?: (t: number, state: HoltWintersState) => void } = {},
): { sse: number; state: HoltWintersState } {
  const season = options.season ?? WEEK;
  const end = options.end ?? history.length - 1;
  const { alpha, beta, gamma } = parameters;
  const state: HoltWintersState = {
    level: start.level,
    trend: parameters.trend ? start.trend : 0,
    season: Float64Array.from(start.season),
  };
  let sse = 0;
  for (let t = season; t <= end; t += 1) {
    const position = t % season;
    const previousSeason = state.season[position]!;
    const y = history[t]!;
    const error = y - (state.level + state.trend + previousSeason);
    sse += error * error;
    const level = alpha * (y - previousSeason) + (1 - alpha) * (state.level + state.trend);
    if (parameters.trend) state.trend = beta * (level - state.level) + (1 - beta) * state.trend;
    state.level = level;
    state.season[position] = gamma * (y - level) + (1 - gamma) * previousSeason;
    options.onDay?.(t, state);
  }
  return { sse, state };
}

/** Forecasts for the `horizon` days after day `t` from the state after day t. */
export function holtWintersForecast(state: HoltWintersState, t: number, horizon: number, season: number = WEEK): number[] {
  const forecast: number[] = [];
  for (let h = 1; h <= horizon; h += 1) forecast.push(state.level + h * state.trend + state.season[(t + h) % season]!);
  return forecast;
}

/** R's coefficients a, b, s1 … sm after the last day: s1 is the seasonal component of the next day. */
export function holtWintersCoefficients(
  state: HoltWintersState,
  lastDay: number,
  season: number = WEEK,
): { a: number; b: number; s: number[] } {
  return {
    a: state.level,
    b: state.trend,
    s: Array.from({ length: season }, (_, index) => state.season[(lastDay + 1 + index) % season]!),
  };
}

const ALPHAS = [0.1, 0.3, 0.5, 0.7, 0.9];
const BETAS = [0, 0.05, 0.2];
const GAMMAS = [0, 0.15, 0.4, 0.7];
const FIRST_STEP = 0.05;
const LAST_STEP = 0.004;
const MAX_SEARCH_RUNS = 100;

/**
 * Smoothing parameters minimising the sum of squared one-step errors (as R does), within [0, 1]:
 * a coarse grid, then a compass search around its best point that halves its step down to 0.004.
 * Deterministic and bounded: at most 60 runs of the filter on the grid and 100 in the search.
 */
export function fitHoltWinters(
  history: readonly number[],
  options: { season?: number; trend?: boolean; end?: number } = {},
): { parameters: HoltWintersParameters; start: HoltWintersStart; sse: number } {
  const season = options.season ?? WEEK;
  const trend = options.trend ?? true;
  const end = options.end ?? history.length - 1;
  const start = holtWintersStart(history, season, trend);
  const sseOf = (alpha: number, beta: number, gamma: number) =>
    runHoltWinters(history, { alpha, beta, gamma, trend }, start, { season, end }).sse;

  let best = { alpha: ALPHAS[0]!, beta: 0, gamma: GAMMAS[0]!, sse: Number.POSITIVE_INFINITY };
  for (const alpha of ALPHAS) {
    for (const beta of trend ? BETAS : [0]) {
      for (const gamma of GAMMAS) {
        const sse = sseOf(alpha, beta, gamma);
        if (sse < best.sse) best = { alpha, beta, gamma, sse };
      }
    }
  }
  const names = trend ? (['alpha', 'beta', 'gamma'] as const) : (['alpha', 'gamma'] as const);
  let runs = 0;
  for (let step = FIRST_STEP; step >= LAST_STEP && runs < MAX_SEARCH_RUNS;) {
    let improved = false;
    for (const name of names) {
      for (const direction of [1, -1]) {
        const candidate = { ...best, [name]: Math.min(1, Math.max(0, best[name] + direction * step)) };
        runs += 1;
        const sse = sseOf(candidate.alpha, candidate.beta, candidate.gamma);
        if (sse < best.sse) {
          best = { ...candidate, sse };
          improved = true;
        }
      }
    }
    if (!improved) step /= 2;
  }
  return { parameters: { alpha: best.alpha, beta: best.beta, gamma: best.gamma, trend }, start, sse: best.sse };
}
