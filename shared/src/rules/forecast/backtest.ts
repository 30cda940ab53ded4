import { maseScale, meanAbsolute, scaleError, SortedWindow, WEEK } from './accuracy.js';

// Rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16(4)):
// from every origin o the model forecasts days o+1 … o+H using data up to o only, and each
// forecast is compared with what came. The interval for horizon h is the forecast plus the 10 % and
// 90 % quantiles of the model's own recent h-step errors — no normal formula, so skewed errors,
// zeros and small units get the interval they have earned. Coverage is scored honestly: each
// origin's interval is built only from errors already known at that origin.

export interface BacktestOptions {
  horizon: number;
  season?: number;
  /** Targets on the last `evaluationDays` days are scored. */
  evaluationDays?: number;
  /** An interval uses the errors of at most this many most recent origins. */
  calibrationDays?: number;
  /** An interval needs at least this many errors of its horizon; fewer and the origin is not scored for coverage. */
  minCalibration?: number;
  /** Central share the interval should cover. */
  coverage?: number;
  /** False to score accuracy only (choosing a model); intervals and coverage are then NaN and null. */
  intervals?: boolean;
}

export const BACKTEST_DEFAULTS = {
  season: WEEK,
  evaluationDays: 90,
  calibrationDays: 180,
  minCalibration: 28,
  coverage: 0.8,
  intervals: true,
} as const;

export interface HorizonAccuracy {
  horizon: number;
  /** Forecasts scored at this horizon (targets within the evaluation days). */
  errors: number;
  mae: number;
  mase: number;
  /** Share of scored days inside the interval known at the time; null when none could be scored. */
  coverage: number | null;
  scored: number;
  /** Error quantiles for the next forecast at this horizon: interval = forecast + [low, high]. */
  low: number;
  high: number;
}

export interface BacktestAccuracy {
  errors: number;
  mae: number;
  mase: number;
  coverage: number | null;
  /** (origin, horizon) pairs scored for coverage. */
  scored: number;
  horizons: HorizonAccuracy[];
}

/**
 * Forecasts from origins firstOrigin, firstOrigin + 1, …: row o − firstOrigin holds the H values
 * for days o+1 … o+H (one flat array, as a backtest makes thousands of them); NaN where none was made.
 */
export interface OriginForecasts {
  firstOrigin: number;
  horizon: number;
  values: Float64Array;
}

export function originForecasts(firstOrigin: number, lastOrigin: number, horizon: number): OriginForecasts {
  return { firstOrigin, horizon, values: new Float64Array(Math.max(0, lastOrigin - firstOrigin + 1) * horizon).fill(Number.NaN) };
}

/** Stores the forecasts made from `origin`. */
export function setForecasts(forecasts: OriginForecasts, origin: number, values: readonly number[]): void {
  forecasts.values.set(values, (origin - forecasts.firstOrigin) * forecasts.horizon);
}

function forecastAt(forecasts: OriginForecasts, origin: number, h: number): number {
  if (origin < forecasts.firstOrigin) return Number.NaN;
  const index = (origin - forecasts.firstOrigin) * forecasts.horizon + h - 1;
  return index < forecasts.values.length ? forecasts.values[index]! : Number.NaN;
}

/** Scores the forecasts made from every origin against the history they forecast. */
export function scoreBacktest(
  history: readonly number[],
  forecasts: OriginForecasts,
  options: BacktestOptions,
): BacktestAccuracy {
  const { horizon, season, evaluationDays, calibrationDays, minCalibration, coverage, intervals } = {
    ...BACKTEST_DEFAULTS,
    ...options,
  };
  const last = history.length - 1;
  const firstTarget = history.length - evaluationDays;
  const tail = (1 - coverage) / 2;
  const scale = maseScale(history, season);
  const { firstOrigin } = forecasts;

  const allErrors: number[] = [];
  let allScored = 0;
  let allCovered = 0;
  const horizons: HorizonAccuracy[] = [];
  for (let h = 1; h <= horizon; h += 1) {
    const known = new SortedWindow(calibrationDays);
    const errors: number[] = [];
    let scored = 0;
    let covered = 0;
    // Without intervals only the evaluated targets matter; with them every earlier error calibrates.
    for (let origin = intervals ? firstOrigin : Math.max(firstOrigin, firstTarget - h); origin <= last; origin += 1) {
      // The error of the forecast made h days ago is known from today.
      const earlier = forecastAt(forecasts, origin - h, h);
      if (intervals && !Number.isNaN(earlier)) {
        known.push(history[origin]! - earlier);
      }
      const forecast = forecastAt(forecasts, origin, h);
      if (origin + h > last || origin + h < firstTarget || Number.isNaN(forecast)) continue;
      const error = history[origin + h]! - forecast;
      errors.push(error);
      if (known.size >= minCalibration) {
        scored += 1;
        if (error >= known.quantile(tail) && error <= known.quantile(1 - tail)) covered += 1;
      }
    }
    // After the last day the window holds the latest known errors: they calibrate the next forecast.
    const calibrated = intervals && known.size >= minCalibration;
    const mae = meanAbsolute(errors);
    horizons.push({
      horizon: h,
      errors: errors.length,
      mae,
      mase: scaleError(mae, scale),
      coverage: scored > 0 ? covered / scored : null,
      scored,
      low: calibrated ? known.quantile(tail) : Number.NaN,
      high: calibrated ? known.quantile(1 - tail) : Number.NaN,
    });
    allErrors.push(...errors);
    allScored += scored;
    allCovered += covered;
  }
  const mae = meanAbsolute(allErrors);
  return {
    errors: allErrors.length,
    mae,
    mase: scaleError(mae, scale),
    coverage: allScored > 0 ? allCovered / allScored : null,
    scored: allScored,
    horizons,
  };
}
