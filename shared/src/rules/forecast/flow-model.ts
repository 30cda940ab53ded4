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
const LONGEST_STAY = 365;

export type FlowEstimate = { ok: true; parameters: FlowParameters } | { ok: false; reason: 'tooShort' | 'noShortTermDischarges' };

/** Parameters from the `windowDays` days up to and including day `origin`. */
export function estimateFlowParameters(history: FlowHistory, origin: number, windowDays = FLOW_WINDOW_DAYS): FlowEstimate {
  const first = origin - windowDays + 1;
  if (first < 1) return { ok: false, reason: 'tooShort' };
  let occupied = 0;
  let arrivals = 0;
  let discharges = 0;
  const byWeekday = Array.from({ length: WEEK }, () => ({ discharges: 0, readyBefore: 0, days: 0 }));
  for (let t = first; t <= origin; t += 1) {
    occupied += history.occupied[t]!;
    arrivals += history.dischargesShortTerm[t]!;
    discharges += history.discharges[t]!;
    const weekday = byWeekday[t % WEEK]!;
    weekday.discharges += history.discharges[t]!;
    weekday.readyBefore += history.readyForDischarge[t - 1]!;
    weekday.days += 1;
  }
  if (arrivals === 0) return { ok: false, reason: 'noShortTermDischarges' };
  return {
    ok: true,
    parameters: {
      lengthOfStay: Math.min(LONGEST_STAY, Math.max(1, occupied / arrivals)),
      shortTermShare: arrivals / Math.max(arrivals, discharges),
      dischargesPerReady: byWeekday.map((weekday) => (weekday.readyBefore > 0 ? weekday.discharges / weekday.readyBefore : null)),
      meanDischarges: byWeekday.map((weekday) => weekday.discharges / weekday.days),
    },
  };
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
