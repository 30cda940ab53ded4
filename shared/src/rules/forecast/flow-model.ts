import { WEEK } from './accuracy.js';
import { seasonalNaive } from './seasonal-naive.js';

// The flow model: short-term places occupied follow the patients coming from hospital.
//   arrivals   A[t] = share × rate(weekday t) × R[t−1]
//   occupancy  O[t] = O[t−1] × (1 − 1/L) + A[t]
// R = the municipality's residents in hospital who are ready for discharge, rate = discharges per
// ready patient on that weekday (few on Sundays), share = the part of discharges that go to
// short-term care, L = length of stay in short-term care. In balance O = R × rate × share × L:
// the residents ready for discharge × the share that goes to short-term care × length of stay.
// All four come from the municipality's own recent weeks; L by Little's law (mean occupancy /
// mean arrivals), so the model's balance is the recent average and it moves towards it at the
// pace of the stays, pushed by how many are waiting now. Future R is its seasonal naive forecast.

export interface FlowHistory {
  /** Short-term places occupied, per day. */
  occupied: readonly number[];
  readyForDischarge: readonly number[];
  /** All discharges of the municipality's residents, per day. */
  discharges: readonly number[];
  dischargesShortTerm: readonly number[];
}

export interface FlowParameters {
  /** Mean length of stay in short-term care, days. */
  lengthOfStay: number;
  /** Share of discharges that go to short-term care. */
  shortTermShare: number;
  /** Discharges per patient ready for discharge the day before, by weekday position (t mod 7); null where none were ready. */
  dischargesPerReady: (number | null)[];
  /** Mean discharges by weekday position, used where no patient was ready to relate them to. */
  meanDischarges: number[];
}

export const FLOW_WINDOW_DAYS = 56;
/** Early in a history the window is what there is, down to four weeks. */
export const FLOW_MIN_WINDOW_DAYS = 28;
const LONGEST_STAY = 365;

export type FlowEstimate = { ok: true; parameters: FlowParameters } | { ok: false; reason: 'tooShort' | 'noShortTermDischarges' };

/** Running sums of a flow history, so that a window's totals cost a subtraction, not a loop. */
export interface FlowSums {
  occupied: Float64Array;
  arrivals: Float64Array;
  discharges: Float64Array;
  /** Per weekday position: discharges on those days and patients ready the day before, running. */
  weekdayDischarges: Float64Array[];
  weekdayReadyBefore: Float64Array[];
}

export function flowSums(history: FlowHistory): FlowSums {
  const n = history.occupied.length;
  const running = () => new Float64Array(n + 1);
  const sums: FlowSums = {
    occupied: running(),
    arrivals: running(),
    discharges: running(),
    weekdayDischarges: Array.from({ length: WEEK }, running),
    weekdayReadyBefore: Array.from({ length: WEEK }, running),
  };
  for (let t = 0; t < n; t += 1) {
    sums.occupied[t + 1] = sums.occupied[t]! + history.occupied[t]!;
    sums.arrivals[t + 1] = sums.arrivals[t]! + history.dischargesShortTerm[t]!;
    sums.discharges[t + 1] = sums.discharges[t]! + history.discharges[t]!;
    for (let weekday = 0; weekday < WEEK; weekday += 1) {
      const onDay = t % WEEK === weekday && t >= 1;
      sums.weekdayDischarges[weekday]![t + 1] = sums.weekdayDischarges[weekday]![t]! + (onDay ? history.discharges[t]! : 0);
      sums.weekdayReadyBefore[weekday]![t + 1] =
        sums.weekdayReadyBefore[weekday]![t]! + (onDay ? history.readyForDischarge[t - 1]! : 0);
    }
  }
  return sums;
}

/** Parameters from the `windowDays` days up to and including day `origin` (fewer early on, never fewer than four weeks). */
export function estimateFlowParameters(
  history: FlowHistory,
  origin: number,
  windowDays = FLOW_WINDOW_DAYS,
  sums: FlowSums = flowSums(history),
): FlowEstimate {
  // Day 0 has no day before it to relate its discharges to the patients ready.
  const first = Math.max(1, origin - windowDays + 1);
  if (origin - first + 1 < Math.min(windowDays, FLOW_MIN_WINDOW_DAYS)) return { ok: false, reason: 'tooShort' };
  const inWindow = (running: Float64Array) => running[origin + 1]! - running[first]!;
  const occupied = inWindow(sums.occupied);
  const arrivals = inWindow(sums.arrivals);
  const discharges = inWindow(sums.discharges);
  if (arrivals === 0) return { ok: false, reason: 'noShortTermDischarges' };
  const dischargesPerReady: (number | null)[] = [];
  const meanDischarges: number[] = [];
  for (let weekday = 0; weekday < WEEK; weekday += 1) {
    const dischargesOnDay = inWindow(sums.weekdayDischarges[weekday]!);
    const readyBefore = inWindow(sums.weekdayReadyBefore[weekday]!);
    dischargesPerReady.push(readyBefore > 0 ? dischargesOnDay / readyBefore : null);
    meanDischarges.push(dischargesOnDay / countInWindow(first, origin, weekday));
  }
  return {
    ok: true,
    parameters: {
      lengthOfStay: Math.min(LONGEST_STAY, Math.max(1, occupied / arrivals)),
      shortTermShare: arrivals / Math.max(arrivals, discharges),
      dischargesPerReady,
      meanDischarges,
    },
  };
}

// Days t in [first, last] with t mod 7 = weekday.
function countInWindow(first: number, last: number, weekday: number): number {
  const below = (t: number) => Math.floor((t - weekday + WEEK) / WEEK);
  return below(last) - below(first - 1);
}

/** Occupied short-term places for the `horizon` days after day `origin`, using nothing after it. */
export function flowForecast(history: FlowHistory, origin: number, parameters: FlowParameters, horizon: number): number[] {
  const readyAhead = horizon > 1 ? seasonalNaive(history.readyForDischarge, horizon - 1, WEEK, origin) : [];
  const exitShare = 1 / parameters.lengthOfStay;
  let occupied = history.occupied[origin]!;
  const forecast: number[] = [];
  for (let h = 1; h <= horizon; h += 1) {
    const t = origin + h;
    const readyBefore = h === 1 ? history.readyForDischarge[origin]! : readyAhead[h - 2]!;
    const rate = parameters.dischargesPerReady[t % WEEK];
    const discharges = rate != null ? rate * readyBefore : parameters.meanDischarges[t % WEEK]!;
    occupied = occupied * (1 - exitShare) + parameters.shortTermShare * discharges;
    forecast.push(occupied);
  }
  return forecast;
}
