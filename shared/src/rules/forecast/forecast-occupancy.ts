import { shiftDay } from '../dates.js';
import { BACKTEST_DEFAULTS, type BacktestAccuracy, scoreBacktest } from './backtest.js';
import type { FlowHistory } from './flow-model.js';
import {
  flowRun,
  type ForecastModelName,
  FORECAST_MODELS,
  holtWintersRun,
  type ModelParameters,
  type ModelRun,
  seasonalNaiveRun,
} from './models.js';

// The forecast of short-term places occupied for one municipality (or a region's total): every
// model is backtested on the series' own history, the one with the lowest MASE forecasts, and its
// own errors give the 80 % interval. Where the history cannot support that, the answer says why
// instead of drawing a line.

export type DailyFigures = readonly (number | null)[];

export interface OccupancyHistory {
  /** The last day the forecast may use; the last element of every series is this day. */
  asOf: string;
  /** Short-term places occupied per day; null where nothing was reported. */
  occupied: DailyFigures;
  /** The region's figures for the municipality's residents, same days; without them there is no flow model. */
  flows?: {
    readyForDischarge: DailyFigures;
    discharges: DailyFigures;
    dischargesShortTerm: DailyFigures;
  };
}

export interface ForecastOptions {
  /** Days to forecast after asOf. */
  days: number;
  evaluationDays: number;
  calibrationDays: number;
  minCalibration: number;
  coverage: number;
  /** Days of history the parameters are fitted on (before the first backtest origin). */
  trainingDays: number;
  /** Origins whose interval could be checked, at the longest horizon, before the forecast is trusted. */
  minScoredDays: number;
  /** Older history is not used: it costs time and says little about next week. */
  maxHistoryDays: number;
  /** A best model scoring worse than this is too noisy to show. */
  maxMase: number;
  /** Share of days without figures above which the history is too patchy. */
  maxMissingShare: number;
  /** Days without figures at the end after which there is nothing current to forecast from. */
  maxSilentDays: number;
  /** Calibrate every candidate's intervals too (for `npm run backtest`); otherwise only the chosen model's. */
  calibrateCandidates: boolean;
}

export const FORECAST_DEFAULTS: ForecastOptions = {
  days: 14,
  evaluationDays: BACKTEST_DEFAULTS.evaluationDays,
  calibrationDays: BACKTEST_DEFAULTS.calibrationDays,
  minCalibration: BACKTEST_DEFAULTS.minCalibration,
  coverage: BACKTEST_DEFAULTS.coverage,
  trainingDays: 28,
  minScoredDays: 14,
  maxHistoryDays: 365,
  maxMase: 2,
  maxMissingShare: 0.2,
  maxSilentDays: 3,
  calibrateCandidates: false,
};

export interface ForecastDay {
  date: string;
  expected: number;
  low: number;
  high: number;
}

/** Candidates' accuracy; coverage and interval quantiles only with calibrateCandidates. */
export type CandidateAccuracy =
  | { model: ForecastModelName; available: true; accuracy: BacktestAccuracy }
  | { model: ForecastModelName; available: false; reason: 'noFlows' | 'tooManyGaps' | 'tooShort' | 'noShortTermDischarges' };

export type NoForecastReason = 'tooShort' | 'tooManyGaps' | 'noRecentFigures' | 'tooNoisy';

/** Days of usable history and the days needed (tooShort), share of days missing (tooManyGaps), last day with figures (noRecentFigures), best MASE (tooNoisy). */
export interface NoForecastDetail {
  historyDays?: number;
  requiredDays?: number;
  missingShare?: number;
  lastReported?: string;
  mase?: number;
}

export type OccupancyForecast =
  | {
      status: 'ok';
      asOf: string;
      model: ForecastModelName;
      parameters: ModelParameters;
      days: ForecastDay[];
      /** The chosen model's backtest over the evaluation days: what the sentence on screen says. */
      accuracy: BacktestAccuracy & { evaluationDays: number };
      candidates: CandidateAccuracy[];
    }
  | { status: 'none'; asOf: string; reason: NoForecastReason; detail: NoForecastDetail; candidates: CandidateAccuracy[] };

/** Days of history needed to forecast `days` ahead and check its interval on at least minScoredDays origins. */
export function requiredHistoryDays(options: Partial<ForecastOptions> = {}): number {
  const o = { ...FORECAST_DEFAULTS, ...options };
  return o.trainingDays + o.minCalibration + o.minScoredDays + 2 * o.days - 2;
}

export function forecastOccupancy(input: OccupancyHistory, options: Partial<ForecastOptions> = {}): OccupancyForecast {
  const o = { ...FORECAST_DEFAULTS, ...options };
  const { asOf } = input;
  const none = (reason: NoForecastReason, detail: NoForecastDetail, candidates: CandidateAccuracy[] = []): OccupancyForecast => ({
    status: 'none',
    asOf,
    reason,
    detail,
    candidates,
  });

  const total = input.occupied.length;
  const lastIndex = lastReportedIndex(input.occupied);
  if (lastIndex < 0) return none('tooShort', { historyDays: 0, requiredDays: requiredHistoryDays(o) });
  if (total - 1 - lastIndex > o.maxSilentDays)
    return none('noRecentFigures', { lastReported: shiftDay(asOf, lastIndex - (total - 1)) });

  const from = Math.max(firstReportedIndex(input.occupied), total - o.maxHistoryDays);
  const occupiedWindow = input.occupied.slice(from);
  const missingShare = missing(occupiedWindow);
  if (missingShare > o.maxMissingShare) return none('tooManyGaps', { missingShare });
  const occupied = carryForward(occupiedWindow);
  const n = occupied.length;
  const requiredDays = requiredHistoryDays(o);
  if (n < requiredDays) return none('tooShort', { historyDays: n, requiredDays });

  const horizon = o.days;
  // Early enough that the first evaluated target's interval has a full calibration window.
  const firstOrigin = Math.max(o.trainingDays - 1, n - o.evaluationDays - o.calibrationDays - 2 * horizon + 1);
  const backtestOptions = {
    horizon,
    evaluationDays: o.evaluationDays,
    calibrationDays: o.calibrationDays,
    minCalibration: o.minCalibration,
    coverage: o.coverage,
  };
  // Candidates are compared on accuracy alone; only the chosen one is calibrated (the costly part).
  const score = (run: ModelRun) =>
    scoreBacktest(occupied, run.backtest, { ...backtestOptions, intervals: o.calibrateCandidates });

  const runs = new Map<ForecastModelName, { run: ModelRun; accuracy: BacktestAccuracy }>();
  const candidates: CandidateAccuracy[] = [];
  const naive = seasonalNaiveRun(occupied, firstOrigin, horizon);
  runs.set('seasonalNaive', { run: naive, accuracy: score(naive) });

  // Holt-Winters with and without trend; the backtest keeps the better of the two.
  const holtWinters = [true, false]
    .map((trend) => holtWintersRun(occupied, firstOrigin, horizon, trend))
    .map((run) => ({ run, accuracy: score(run) }))
    .reduce((best, next) => (next.accuracy.mase < best.accuracy.mase ? next : best));
  runs.set('holtWinters', holtWinters);

  // The flow model competes only if it forecast every day the others are scored on.
  const flow = flowCandidate(input, from, occupied, o, firstOrigin, horizon);
  let flowMissing: Extract<CandidateAccuracy, { available: false }>['reason'] | null = flow.ok ? null : flow.reason;
  if (flow.ok) {
    const accuracy = score(flow);
    if (accuracy.errors < runs.get('seasonalNaive')!.accuracy.errors) flowMissing = flow.missingReason ?? 'tooShort';
    else runs.set('flow', { run: flow, accuracy });
  }

  for (const model of FORECAST_MODELS) {
    const entry = runs.get(model);
    if (entry) candidates.push({ model, available: true, accuracy: entry.accuracy });
    else if (flowMissing) candidates.push({ model, available: false, reason: flowMissing });
  }
  // Lowest MASE; on a tie the simpler model (the order of FORECAST_MODELS).
  const best = candidates
    .flatMap((candidate) => (candidate.available ? [{ model: candidate.model, mase: candidate.accuracy.mase }] : []))
    .reduce((a, b) => (b.mase < a.mase || Number.isNaN(a.mase) ? b : a));
  if (!(best.mase <= o.maxMase)) return none('tooNoisy', { mase: best.mase }, candidates);

  const chosen = runs.get(best.model)!.run;
  const accuracy = scoreBacktest(occupied, chosen.backtest, backtestOptions);
  const final = chosen.final();
  const days = final.forecast.map((expected, index): ForecastDay => {
    const { low, high } = accuracy.horizons[index]!;
    return {
      date: shiftDay(asOf, index + 1),
      expected: round(Math.max(0, expected)),
      low: round(Math.max(0, expected + low)),
      high: round(Math.max(0, expected + high)),
    };
  });
  return {
    status: 'ok',
    asOf,
    model: best.model,
    parameters: final.parameters,
    days,
    accuracy: { ...accuracy, evaluationDays: o.evaluationDays },
    candidates,
  };
}

function flowCandidate(
  input: OccupancyHistory,
  from: number,
  occupied: number[],
  o: ForecastOptions,
  firstOrigin: number,
  horizon: number,
): ReturnType<typeof flowRun> | { ok: false; reason: 'noFlows' | 'tooManyGaps' } {
  if (!input.flows) return { ok: false, reason: 'noFlows' };
  const series = [input.flows.readyForDischarge, input.flows.discharges, input.flows.dischargesShortTerm].map((values) =>
    values.slice(from),
  );
  if (series.some((values) => values.length !== occupied.length || missing(values) > o.maxMissingShare))
    return { ok: false, reason: 'tooManyGaps' };
  const [readyForDischarge, discharges, dischargesShortTerm] = series.map(carryForward) as [number[], number[], number[]];
  const history: FlowHistory = { occupied, readyForDischarge, discharges, dischargesShortTerm };
  return flowRun(history, firstOrigin, horizon);
}

function lastReportedIndex(values: DailyFigures): number {
  for (let index = values.length - 1; index >= 0; index -= 1) if (values[index] != null) return index;
  return -1;
}

function firstReportedIndex(values: DailyFigures): number {
  return values.findIndex((value) => value != null);
}

function missing(values: DailyFigures): number {
  if (values.length === 0) return 1;
  return values.filter((value) => value == null).length / values.length;
}

// A silent day keeps the last figure (the same rule as the estimated totals); a window that starts
// silent takes the first figure that follows.
function carryForward(values: DailyFigures): number[] {
  const first = values.find((value) => value != null) ?? 0;
  let previous = first;
  return values.map((value) => (previous = value ?? previous));
}

const round = (value: number) => Math.round(value * 10) / 10;
