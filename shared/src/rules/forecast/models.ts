import { WEEK } from './accuracy.js';
import { type OriginForecasts, originForecasts, setForecasts } from './backtest.js';
import {
  estimateFlowParameters,
  FLOW_WINDOW_DAYS,
  type FlowHistory,
  flowForecast,
  type FlowParameters,
  flowSums,
} from './flow-model.js';
import { fitHoltWinters, holtWintersForecast, type HoltWintersParameters, runHoltWinters } from './holt-winters.js';
import { seasonalNaive } from './seasonal-naive.js';

// Each model in two uses: forecasts from every backtest origin (cheap: one pass or one small
// estimate per origin), and the forecast from the last day with everything known.

export const FORECAST_MODELS = ['seasonalNaive', 'holtWinters', 'flow'] as const;
export type ForecastModelName = (typeof FORECAST_MODELS)[number];

export type ModelParameters =
  | { model: 'seasonalNaive' }
  | { model: 'holtWinters'; holtWinters: HoltWintersParameters }
  | { model: 'flow'; flow: FlowParameters };

export interface ModelRun {
  /** Forecasts from origins firstOrigin … last − 1. */
  backtest: OriginForecasts;
  /** The forecast from the last day, refitted on all of the history (only for the model chosen). */
  final: () => { forecast: number[]; parameters: ModelParameters };
}

export function seasonalNaiveRun(history: readonly number[], firstOrigin: number, horizon: number): ModelRun {
  const backtest = originForecasts(firstOrigin, history.length - 2, horizon);
  for (let origin = firstOrigin; origin < history.length - 1; origin += 1)
    setForecasts(backtest, origin, seasonalNaive(history, horizon, WEEK, origin));
  return { backtest, final: () => ({ forecast: seasonalNaive(history, horizon), parameters: { model: 'seasonalNaive' } }) };
}

/**
 * The backtest keeps the parameters fitted on the days up to the first origin and updates the
 * state day by day (a rolling origin without re-estimation; re-fitting at every origin would cost
 * a fit per day and change little). The forecast refits on the whole history.
 */
export function holtWintersRun(history: readonly number[], firstOrigin: number, horizon: number, trend: boolean): ModelRun {
  const fit = fitHoltWinters(history, { trend, end: firstOrigin });
  const backtest = originForecasts(firstOrigin, history.length - 2, horizon);
  runHoltWinters(history, fit.parameters, fit.start, {
    end: history.length - 2,
    onDay: (t, state) => {
      if (t >= firstOrigin) setForecasts(backtest, t, holtWintersForecast(state, t, horizon));
    },
  });
  return {
    backtest,
    final: () => {
      const refit = fitHoltWinters(history, { trend });
      const { state } = runHoltWinters(history, refit.parameters, refit.start);
      return {
        forecast: holtWintersForecast(state, history.length - 1, horizon),
        parameters: { model: 'holtWinters', holtWinters: refit.parameters },
      };
    },
  };
}

export type FlowRun = ({ ok: true; missingReason: FlowUnavailable | null } & ModelRun) | { ok: false; reason: FlowUnavailable };
type FlowUnavailable = 'tooShort' | 'noShortTermDischarges';

/**
 * Re-estimated at every origin from the weeks before it: a handful of sums, no search. An origin it
 * cannot estimate (too early, or weeks without any discharge to short-term care) stays empty and
 * `missingReason` says why; without an estimate on the last day there is no forecast at all.
 */
export function flowRun(history: FlowHistory, firstOrigin: number, horizon: number): FlowRun {
  const last = history.occupied.length - 1;
  const backtest = originForecasts(firstOrigin, last - 1, horizon);
  const sums = flowSums(history);
  let missingReason: FlowUnavailable | null = null;
  for (let origin = firstOrigin; origin < last; origin += 1) {
    const estimate = estimateFlowParameters(history, origin, FLOW_WINDOW_DAYS, sums);
    if (estimate.ok) setForecasts(backtest, origin, flowForecast(history, origin, estimate.parameters, horizon));
    else missingReason = estimate.reason;
  }
  const final = estimateFlowParameters(history, last, FLOW_WINDOW_DAYS, sums);
  if (!final.ok) return { ok: false, reason: final.reason };
  return {
    ok: true,
    missingReason,
    backtest,
    final: () => ({
      forecast: flowForecast(history, last, final.parameters, horizon),
      parameters: { model: 'flow', flow: final.parameters },
    }),
  };
}
