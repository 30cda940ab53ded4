import { WEEK } from './accuracy.js';

/**
 * Seasonal naive: each future day repeats the same weekday of the last observed week,
 * ŷ[T+h] = y[T+h−m(k+1)] with k = ⌊(h−1)/m⌋ (Hyndman & Athanasopoulos, Forecasting: Principles and
 * Practice, 3rd ed., §5.2). `origin` is the index of the last day the forecast may use.
 */
export function seasonalNaive(
  history: readonly number[],
  horizon: number,
  season: number = WEEK,
  origin = history.length - 1,
): number[] {
  if (origin + 1 < season) throw new RangeError(`seasonal naive needs ${season} days, has ${origin + 1}`);
  const forecast: number[] = [];
  for (let h = 1; h <= horizon; h += 1) {
    const k = Math.floor((h - 1) / season);
    forecast.push(history[origin + h - season * (k + 1)]!);
  }
  return forecast;
}
